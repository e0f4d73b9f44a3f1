#include "server/storage/mailqueue.h"
