#pragma once

#include "client/branding.h"
#include "client/productinfo.h"
#include "core/company.h"
#include "core/contact.h"
#include "core/distribution.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace nb::client {

struct AccountSnapshot;

// One queued change, pushed to the server in order by the SyncEngine.
struct OutboxEntry
{
    qint64 id = 0;             // order of the queue
    QByteArray method;         // POST, PUT, DELETE
    QString path;              // e.g. /api/v1/contacts/12; for a contact created offline the
                               // path of later edits names its local id until the POST is done
    QByteArray body;           // JSON
    QByteArray ifMatch;        // the ETag the edit was based on (PUT, DELETE)
    QByteArray idempotencyKey; // POST only: the same key on every retry
    QString kind;              // "company", "contact", "distribution"
    qint64 localId = 0;        // contact: the (negative) local id of a contact created offline
    QDateTime createdAt;
};

// A change the server refused with 412: someone changed the same thing meanwhile. Shown to the
// user side by side; nothing is overwritten until the user has chosen.
struct Conflict
{
    qint64 id = 0;
    QString kind;       // "company", "contact", "distribution"
    QString key;        // contact id or Verteiler category; empty for the company
    QJsonObject local;  // what the user wanted
    QJsonObject server; // the server's current state
    QByteArray serverEtag;
};

// The client's local state of one account, in SQLite (WAL) under the per-user data folder: the
// last known server state plus the user's edits not yet pushed. Every edit changes the local
// view AND queues its outbox entry in one transaction, so nothing typed is lost on a crash.
// Reads return the local view: server state with pending edits applied.
class OfflineStore : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<OfflineStore>> open(const QString &path,
                                                      const QString &connectionName);
    ~OfflineStore() override;

    // --- local view (what the pages show)
    Result<std::optional<Company>> company() const;
    Result<QList<Contact>> contacts() const; // contacts created offline have negative ids
    Result<QList<DistributionList>> distribution() const; // all six categories, in order
    Result<int> pendingChanges() const;
    Result<QList<Conflict>> conflicts() const;
    // The vendor's name and colours; nullopt before the first sync (show Branding{} then).
    Result<std::optional<Branding>> branding() const;
    // The vendor's products in the server's order (empty before the first sync).
    Result<QList<ProductInfo>> products() const;

    // --- user edits: local view + outbox, one transaction each
    Status saveCompany(const Company &company);
    Result<Contact> addContact(const Contact &contact); // returns it with its local (negative) id
    Status updateContact(const Contact &contact);
    Status removeContact(qint64 id);
    Status saveDistribution(const QString &category, const QStringList &addresses);

    // --- for the SyncEngine
    Result<std::optional<OutboxEntry>> nextOutboxEntry() const;
    // The entry reached the server: drop it, record the server's answer (new ETag / the server
    // id of a contact created offline, rewriting later entries that name its local id).
    Status completeOutboxEntry(const OutboxEntry &entry, const QJsonObject &serverState,
                               const QByteArray &etag);
    // The server refused the entry for good (422, 403, 404): drop it, keep the reason for the
    // user, restore the server state for that object.
    Status rejectOutboxEntry(const OutboxEntry &entry, const Error &reason);
    // 412: move the entry into a Conflict with the server's current state.
    Status conflictOutboxEntry(const OutboxEntry &entry, const QJsonObject &serverState,
                               const QByteArray &serverEtag);
    // The user resolved a conflict: `chosen` becomes a new edit based on the server's ETag.
    Status resolveConflict(qint64 conflictId, const QJsonObject &chosen);

    // Server state fetched by a pull of GET /api/v1/account, all of it in one transaction (a
    // crash never leaves half of it): the Firmenprofil, the contacts, the Verteiler, the
    // branding and the products, each item with its own ETag (the If-Match of later edits; an item
    // without one keeps the ETag stored before), and the snapshot's `etag` for If-None-Match next
    // time. Pending local edits stay on top of it.
    Status storeServerAccount(const AccountSnapshot &snapshot, const QByteArray &etag);
    // The ETag of the last stored snapshot; empty before the first pull.
    Result<QByteArray> accountEtag() const;

    Result<QDateTime> lastSync() const;
    Status setLastSync(const QDateTime &when);

    // For tests of failure paths: makes the n-th database access from now fail (0: never).
    void failAccessAfter(int n);

Q_SIGNALS:
    void changed(); // the local view changed (an edit, a pull, a completed push)

private:
    OfflineStore();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nb::client
