#include "core/coverage.h"

// Issue 7: being written.
