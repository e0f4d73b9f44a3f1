// The NoticeStore's key lists: the chain the server publishes, followed from the shipped roots
// one version at a time (the TUF rule), stored as the envelopes it came in.
#include "client/noticestore.h"
#include "client/noticestore_p.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace nb::client {

using namespace noticestore;

namespace {

// A list of the chain with the version its (not yet verified) payload names.
struct Candidate
{
    qint64 version = 0;
    QDateTime expires;
    dsse::Envelope envelope;
};

Result<std::map<qint64, Candidate>> candidates(const QList<dsse::Envelope> &chain)
{
    std::map<qint64, Candidate> byVersion;
    for (const dsse::Envelope &envelope : chain) {
        auto list = parseKeyList(envelope.payload);
        if (!list)
            return list.error();
        byVersion[list->version] = Candidate{list->version, list->expires, envelope};
    }
    return byVersion;
}

// As in TUF only the newest list must be unexpired: the ones before it are checked at a moment
// they were valid.
QDateTime checkTime(const Candidate &candidate, bool newest, const QDateTime &now)
{
    if (newest)
        return now;
    return std::min(now, candidate.expires.addMSecs(-1));
}

// Verifies `chain` (ascending versions) from `trusted` (nullopt: from the shipped roots).
Result<QList<KeyList>> follow(std::optional<KeyList> trusted, const QList<Candidate> &chain,
                              const QList<signing::PublicKey> &roots, const QDateTime &now)
{
    QList<KeyList> verified;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const Candidate &candidate = chain.at(i);
        const QDateTime at = checkTime(candidate, i + 1 == chain.size(), now);
        auto list = trusted ? verifyKeyListUpdate(*trusted, candidate.envelope, at)
                            : verifyInitialKeyList(candidate.envelope, roots, at);
        if (!list)
            return list.error();
        trusted = *list;
        verified.append(*list);
    }
    return verified;
}

Error rollback(qint64 offered, qint64 stored)
{
    return Error{QStringLiteral("key-list-rollback"),
                 QCoreApplication::translate(
                     "nb::client::NoticeStore",
                     "The server offered key list version %1, but version %2 was received "
                     "before: an old key list is being replayed. The known keys stay in use.")
                     .arg(offered)
                     .arg(stored),
                 QStringLiteral("version")};
}

Error noList()
{
    return Error{
        QStringLiteral("malformed-key-list"),
        QCoreApplication::translate("nb::client::NoticeStore", "The server sent no key list."),
        {}};
}

} // namespace

void NoticeStore::setTrustedRoots(const QList<signing::PublicKey> &roots)
{
    d->roots = roots;
    d->keyLists.reset();
}

Result<QList<KeyList>> NoticeStore::keyLists() const
{
    if (d->keyLists)
        return *d->keyLists;
    auto rows =
        d->db->run(QStringLiteral("SELECT version, envelope FROM key_lists ORDER BY version"));
    if (!rows)
        return rows.error();
    QList<KeyList> lists;
    QList<Candidate> chain;
    for (const Row &row : *rows) {
        auto envelope = dsse::envelopeFromJson(row.at(1).toByteArray());
        auto list = envelope ? parseKeyList(envelope->payload) : Result<KeyList>(envelope.error());
        if (!list)
            return list.error();
        lists.append(*list);
        chain.append(Candidate{list->version, list->expires, *envelope});
    }
    if (d->roots && !chain.isEmpty()) {
        // Checked again from the roots: a list edited in the file is not trusted. The newest
        // list's expiry is the notices' business (verifyNotice: "Daten veraltet").
        const QDateTime at = chain.constLast().expires.addMSecs(-1);
        auto verified = follow(std::nullopt, chain, *d->roots, at);
        if (!verified)
            return verified.error();
        lists = *verified;
    }
    d->keyLists = lists;
    return lists;
}

Status NoticeStore::updateKeyLists(const QList<dsse::Envelope> &chain,
                                   const QList<signing::PublicKey> &shippedRoots,
                                   const QDateTime &now)
{
    if (chain.isEmpty())
        return noList();
    auto offered = candidates(chain);
    if (!offered)
        return offered.error();
    d->keyLists.reset(); // read from the file, as it is now
    auto stored = keyLists();
    if (!stored)
        return stored.error();
    const qint64 newest = offered->rbegin()->first;
    std::optional<KeyList> trusted;
    QList<Candidate> next;
    if (stored->isEmpty()) {
        for (const auto &[version, candidate] : *offered)
            next.append(candidate);
    } else {
        trusted = stored->constLast();
        if (newest < trusted->version)
            return rollback(newest, trusted->version);
        for (auto it = offered->upper_bound(trusted->version); it != offered->end(); ++it)
            next.append(it->second);
    }
    if (next.isEmpty())
        return {};
    auto verified = follow(trusted, next, shippedRoots, now);
    if (!verified)
        return verified.error();
    StoreDatabase &db = *d->db;
    StoreTransaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    for (const Candidate &candidate : next) {
        auto put = db.run(QStringLiteral("INSERT INTO key_lists (version, envelope) VALUES (?, ?)"),
                          {candidate.version, candidate.envelope.toJson()});
        if (!put)
            return put.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    d->keyLists.reset();
    Q_EMIT changed();
    return {};
}

} // namespace nb::client
