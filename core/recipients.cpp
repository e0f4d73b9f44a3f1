#include "core/recipients.h"
