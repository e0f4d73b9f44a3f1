#include "server/storage/recipientstore.h"
