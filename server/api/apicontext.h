#pragma once

#include "server/api/responsecache.h"
#include "server/storage/accountstore.h"
#include "server/storage/contactstore.h"
#include "server/storage/database.h"
#include "server/storage/distributionstore.h"
#include "server/storage/idempotencystore.h"
#include "server/storage/loginthrottle.h"

namespace nb::server {

struct ApiConfig
{
    qint64 sessionTtlMs = 12 * 60 * 60 * 1000;
    LoginThrottle::Policy throttle;
};

// Everything a route handler needs, injected once when the routes are built.
struct ApiContext
{
    ApiContext(Database &database, const ApiConfig &configuration)
        : db(database)
        , config(configuration)
        , accounts(database)
        , contacts(database)
        , distribution(database)
        , idempotency(database)
        , throttle(database, configuration.throttle)
    {}

    Database &db;
    ApiConfig config;
    AccountStore accounts;
    ContactStore contacts;
    DistributionStore distribution;
    IdempotencyStore idempotency;
    LoginThrottle throttle;
    ResponseCache cache;
};

} // namespace nb::server
