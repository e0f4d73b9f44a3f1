#include "core/mailingdraft.h"
