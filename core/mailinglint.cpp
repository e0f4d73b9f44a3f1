#include "core/mailinglint.h"
