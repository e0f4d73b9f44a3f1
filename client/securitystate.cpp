#include "client/securitystate.h"

// Issue 7: being written.
