#pragma once

// Shared by offlinestore.cpp (views, edits) and offlinestoresync.cpp (what the SyncEngine
// reports back): the store's connection and the helpers both halves use.

#include "client/offlinestore.h"
#include "client/storedatabase.h"

#include <QJsonObject>

namespace nb::client {

struct OfflineStore::Private
{
    std::unique_ptr<StoreDatabase> db;
};

namespace store {

// Objects are named "company", "contact:<id>" or "distribution:<category>".
QString companyKey();
QString contactKey(qint64 id);
QString distributionKey(const QString &category);

QString toText(const QJsonObject &json);
QJsonObject fromText(const QString &text);
qint64 nowMs();

Error notFound(const QString &field);
Error notLoaded();

// A local view row: the user's pending value of one object (`deleted`: removed locally).
struct LocalEdit
{
    QJsonObject json;
    bool deleted = false;
};
Result<std::optional<LocalEdit>> localEdit(StoreDatabase &db, const QString &objectKey);
Status putLocalEdit(StoreDatabase &db, const QString &objectKey, const QString &kind,
                    const QJsonObject &json, bool deleted);
Result<bool> conflictOpen(StoreDatabase &db, const QString &objectKey);
Result<QByteArray> serverEtag(StoreDatabase &db, const QString &kind, const QString &key);
// The vendor's branding as a pull brought it (offlinestorebranding.cpp); inside the caller's
// transaction.
Status putBranding(StoreDatabase &db, const Branding &branding);
// The vendor's products replace the stored ones; inside the caller's transaction.
Status putProducts(StoreDatabase &db, const QList<ProductInfo> &products);

// Queues `entry` for `objectKey` and records the user's new value, or, while a conflict on the
// object is open, makes the new value the conflict's local side (nothing is pushed before the
// user has chosen). The caller runs this inside its transaction.
Status recordEdit(StoreDatabase &db, const QString &objectKey, const OutboxEntry &entry,
                  const QJsonObject &localJson, bool deleted);

} // namespace store
} // namespace nb::client
