#include "core/auditchain.h"

// Issue 7: being written.
