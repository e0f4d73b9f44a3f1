#include "core/accountmail.h"

// Issue 7: being written.
