#include "server/storage/securitystore.h"
