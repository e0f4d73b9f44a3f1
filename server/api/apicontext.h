#pragma once

#include "core/dsse.h"
#include "core/keylist.h"
#include "server/api/responsecache.h"
#include "server/storage/accountstore.h"
#include "server/storage/auditlog.h"
#include "server/storage/contactstore.h"
#include "server/storage/database.h"
#include "server/storage/distributionstore.h"
#include "server/storage/idempotencystore.h"
#include "server/storage/loginthrottle.h"
#include "server/storage/mailingstore.h"
#include "server/storage/mailqueue.h"
#include "server/storage/noticestore.h"
#include "server/storage/productstore.h"
#include "server/storage/recipientstore.h"
#include "server/storage/securitystore.h"

#include <QUrl>
#include <functional>

namespace nb::server {

// The vendor's name and colours (serve --vendor-name/--vendor-color/--vendor-accent) and its mail
// identity (--vendor-mail-from, --vendor-domains), answered by GET /api/v1/branding. Colours are
// "#RRGGBB"; the address is normalised (nb::normalizeEmail), the domains lower-case punycode.
struct BrandingConfig
{
    QString vendorName = QStringLiteral("Notabene");
    QString primaryColor = QStringLiteral("#0B5CAD");
    QString accentColor = QStringLiteral("#E8A317");
    QString mailFrom = QStringLiteral("pflichtmailing@notabene.example");
    QStringList domains{QStringLiteral("notabene.example")};
};

struct ApiConfig
{
    qint64 sessionTtlMs = 12 * 60 * 60 * 1000;
    LoginThrottle::Policy throttle;
    BrandingConfig branding;
    // serve --keys: the DSSE envelope JSON of key list versions 1..N, answered by
    // GET /api/v1/keys (public data only; empty: no key folder configured).
    QList<QByteArray> keyLists;
    // serve --keys: the current key list (verified from version 1) and the folder's signing key,
    // which signs the mails of GET /api/v1/notices/{id}/mail (unset: no key folder, or its
    // signing key is no longer valid).
    std::optional<KeyList> currentKeyList;
    std::optional<dsse::Signer> mailSigner;
    // serve --smtp: wakes the delivery worker after mail was queued (unset: no delivery, the
    // routes that send answer 503 smtp-not-configured).
    std::function<void()> wakeDelivery;
    // serve --public-url: where the links in account mails point (/confirm/…, /revert/…,
    // /reconfirm/…); empty: http://<listen address>.
    QUrl publicUrl;
    // serve --reconfirm-days: how often admins confirm that their contacts are still right.
    int reconfirmDays = 180;
    // How long a re-authentication (POST /api/v1/session/reauthentication) allows sensitive
    // address changes.
    qint64 reauthenticationTtlMs = 10 * 60 * 1000;
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
        , products(database)
        , idempotency(database)
        , throttle(database, configuration.throttle)
        , notices(database)
        , mailings(database)
        , recipients(database)
        , mailQueue(database)
        , audit(database)
        , security(database)
    {}

    Database &db;
    ApiConfig config;
    AccountStore accounts;
    ContactStore contacts;
    DistributionStore distribution;
    ProductStore products;
    IdempotencyStore idempotency;
    LoginThrottle throttle;
    NoticeStore notices;
    MailingStore mailings;
    RecipientStore recipients;
    MailQueue mailQueue;
    AuditLog audit;
    SecurityStore security;
    ResponseCache cache;
};

} // namespace nb::server
