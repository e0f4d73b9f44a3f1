#include "server/delivery/deliveryworker.h"
