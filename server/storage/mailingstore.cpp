#include "server/storage/mailingstore.h"
