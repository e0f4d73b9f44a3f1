#include "server/delivery/smtpsender.h"
