#include "server/storage/noticestore.h"

#include "core/crypto.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

namespace nb::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nb::server::NoticeStore", text);
}

// A notice is visible to a company when it names at least one product the company licenses.
const QLatin1String
    visibleTo(" EXISTS (SELECT 1 FROM notice_products np JOIN company_products cp"
              " ON cp.product_id = np.product_id WHERE np.notice_sequence = n.sequence"
              " AND cp.company_id = ?)");

Error patchError(const QString &message, qsizetype index)
{
    return Error{QStringLiteral("invalid-patch"), message,
                 QStringLiteral("patches[%1]").arg(index)};
}

} // namespace

Result<qint64> NoticeStore::nextValue(const QString &counter)
{
    // The row lock this UPDATE takes is held until commit: a second publisher waits here, so
    // sequences commit in the order they are handed out.
    auto q = m_db.run(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = ? "
                                     "RETURNING value"),
                      {counter});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{QStringLiteral("database-error"),
                     tr("The counter \"%1\" is missing.").arg(counter),
                     {}};
    return (*q)->value(0).toLongLong();
}

Status NoticeStore::checkReferences(const Notice &notice, QList<qint64> *productIds)
{
    for (qsizetype i = 0; i < notice.products.size(); ++i) {
        const QString &code = notice.products.at(i);
        auto q = m_db.run(QStringLiteral("SELECT id FROM products WHERE code = ?"), {code});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return Error{QStringLiteral("unknown-product"),
                         tr("There is no product \"%1\".").arg(code),
                         QStringLiteral("products[%1]").arg(i)};
        productIds->append((*q)->value(0).toLongLong());
    }
    auto existing = exists(notice.id);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{QStringLiteral("notice-exists"),
                     tr("A notice with the id \"%1\" has been published already.").arg(notice.id),
                     QStringLiteral("id")};
    if (!notice.followUpOf.isEmpty()) {
        auto followed = exists(notice.followUpOf);
        if (!followed)
            return followed.error();
        if (!*followed)
            return Error{QStringLiteral("invalid-follow-up"),
                         tr("There is no notice \"%1\" to follow up.").arg(notice.followUpOf),
                         QStringLiteral("followUpOf")};
    }
    return {};
}

Status NoticeStore::storePatches(const Notice &notice,
                                 const QHash<QString, QByteArray> &patchContents)
{
    QSet<QString> referenced;
    for (qsizetype i = 0; i < notice.patches.size(); ++i) {
        const PatchReference &patch = notice.patches.at(i);
        referenced.insert(patch.fileName);
        const auto content = patchContents.constFind(patch.fileName);
        if (content == patchContents.constEnd())
            return patchError(tr("The content of the patch \"%1\" is missing.").arg(patch.fileName),
                              i);
        if (content->size() != patch.size)
            return patchError(tr("The patch \"%1\" has %2 bytes, not %3.")
                                  .arg(patch.fileName)
                                  .arg(content->size())
                                  .arg(patch.size),
                              i);
        if (!crypto::equalConstantTime(crypto::sha256(*content), patch.sha256))
            return patchError(tr("The SHA-256 of the patch \"%1\" does not match its content.")
                                  .arg(patch.fileName),
                              i);
        auto q = m_db.run(QStringLiteral("INSERT INTO notice_patches (notice_sequence, file_name, "
                                         "size, sha256) VALUES (?, ?, ?, ?)"),
                          {notice.sequence, patch.fileName, patch.size,
                           QString::fromLatin1(patch.sha256.toHex())});
        if (!q)
            return q.error();
        for (qsizetype offset = 0, chunk = 0; offset < content->size();
             offset += chunkSize, ++chunk) {
            auto stored =
                m_db.run(QStringLiteral("INSERT INTO notice_patch_chunks "
                                        "(notice_sequence, file_name, chunk, data) "
                                        "VALUES (?, ?, ?, ?)"),
                         {notice.sequence, patch.fileName, chunk, content->mid(offset, chunkSize)});
            if (!stored)
                return stored.error();
        }
    }
    for (auto it = patchContents.constBegin(); it != patchContents.constEnd(); ++it) {
        if (!referenced.contains(it.key()))
            return Error{QStringLiteral("invalid-patch"),
                         tr("The file \"%1\" is not referenced by the notice.").arg(it.key()),
                         QStringLiteral("patches")};
    }
    return {};
}

Result<Notice> NoticeStore::publish(Notice notice, const QHash<QString, QByteArray> &patchContents,
                                    const dsse::Signer &signer)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    // First statement of the transaction: on SQLite a write lock taken after a read could fail
    // with a stale snapshot instead of waiting.
    auto sequence = nextValue(QStringLiteral("notice"));
    if (!sequence)
        return sequence.error();
    notice.sequence = *sequence;
    if (!notice.issuedAt.isValid())
        notice.issuedAt =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    if (Status valid = validateNotice(notice); !valid)
        return valid.error();
    QList<qint64> productIds;
    if (Status references = checkReferences(notice, &productIds); !references)
        return references.error();

    const dsse::Envelope envelope =
        dsse::signEnvelope(noticePayloadType, notice.toPayload(), {signer});
    auto inserted =
        m_db.run(QStringLiteral("INSERT INTO notices (sequence, id, category, severity, issued_at, "
                                "follow_up_of, subject, envelope) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {notice.sequence, notice.id, notice.category, severityKey(notice.severity),
                  notice.issuedAt.toMSecsSinceEpoch(), notice.followUpOf, notice.subject,
                  QString::fromUtf8(envelope.toJson())});
    if (!inserted)
        return inserted.error();
    for (const qint64 productId : productIds) {
        auto q = m_db.run(QStringLiteral("INSERT INTO notice_products (notice_sequence, "
                                         "product_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                          {notice.sequence, productId});
        if (!q)
            return q.error();
    }
    if (Status patches = storePatches(notice, patchContents); !patches)
        return patches.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return notice;
}

Result<bool> NoticeStore::exists(const QString &id)
{
    auto q = m_db.run(QStringLiteral("SELECT 1 FROM notices WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<std::pair<qint64, QStringList>> NoticeStore::feedState(qint64 companyId)
{
    auto q =
        m_db.run(QStringLiteral("SELECT p.code FROM products p JOIN company_products cp ON "
                                "cp.product_id = p.id WHERE cp.company_id = ? ORDER BY p.code"),
                 {companyId});
    if (!q)
        return q.error();
    QStringList codes;
    while ((*q)->next())
        codes.append((*q)->value(0).toString());
    auto latest = m_db.run(QStringLiteral("SELECT MAX(np.notice_sequence) FROM notice_products np "
                                          "JOIN company_products cp ON cp.product_id = "
                                          "np.product_id WHERE cp.company_id = ?"),
                           {companyId});
    if (!latest)
        return latest.error();
    const qint64 highest = (*latest)->next() ? (*latest)->value(0).toLongLong() : 0;
    return std::make_pair(highest, codes);
}

Result<NoticePage> NoticeStore::feed(qint64 companyId, qint64 after, int limit)
{
    auto state = feedState(companyId);
    if (!state)
        return state.error();
    NoticePage page;
    page.latest = state->first;
    auto q = m_db.run(QStringLiteral("SELECT n.sequence, n.id, n.envelope FROM notices n "
                                     "WHERE n.sequence > ? AND") +
                          visibleTo + QStringLiteral(" ORDER BY n.sequence LIMIT ?"),
                      {after, companyId, limit + 1});
    if (!q)
        return q.error();
    while ((*q)->next()) {
        if (page.notices.size() == limit) {
            page.more = true;
            break;
        }
        page.notices.append(StoredNotice{(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                                         (*q)->value(2).toString().toUtf8()});
    }
    return page;
}

Result<std::optional<StoredNotice>> NoticeStore::find(const QString &id)
{
    auto q = m_db.run(
        QStringLiteral("SELECT n.sequence, n.id, n.envelope FROM notices n WHERE n.id = ?"), {id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<StoredNotice>();
    return std::optional<StoredNotice>(StoredNotice{(*q)->value(0).toLongLong(),
                                                    (*q)->value(1).toString(),
                                                    (*q)->value(2).toString().toUtf8()});
}

Result<std::optional<StoredNotice>> NoticeStore::visible(qint64 companyId, const QString &id)
{
    auto q = m_db.run(
        QStringLiteral("SELECT n.sequence, n.id, n.envelope FROM notices n WHERE n.id = ? AND") +
            visibleTo,
        {id, companyId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<StoredNotice>();
    return std::optional<StoredNotice>(StoredNotice{(*q)->value(0).toLongLong(),
                                                    (*q)->value(1).toString(),
                                                    (*q)->value(2).toString().toUtf8()});
}

Result<QList<Acknowledgement>> NoticeStore::acknowledgements(qint64 companyId,
                                                             const StoredNotice &notice)
{
    auto q = m_db.run(QStringLiteral("SELECT u.email, a.acknowledged_at FROM acknowledgements a "
                                     "JOIN users u ON u.id = a.user_id WHERE a.notice_sequence = ? "
                                     "AND a.company_id = ? ORDER BY a.acknowledged_at, u.email"),
                      {notice.sequence, companyId});
    if (!q)
        return q.error();
    QList<Acknowledgement> list;
    while ((*q)->next())
        list.append(
            Acknowledgement{notice.id, (*q)->value(0).toString(), (*q)->value(1).toLongLong()});
    return list;
}

Result<QList<StoredNotice>> NoticeStore::latest(int limit)
{
    auto q = m_db.run(QStringLiteral("SELECT sequence, id, envelope FROM notices ORDER BY sequence "
                                     "DESC LIMIT ?"),
                      {limit});
    if (!q)
        return q.error();
    QList<StoredNotice> list;
    while ((*q)->next())
        list.append(StoredNotice{(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                                 (*q)->value(2).toString().toUtf8()});
    return list;
}

Result<QHash<qint64, std::pair<qint64, qint64>>>
NoticeStore::acknowledgementsByCompany(qint64 sequence)
{
    auto q = m_db.run(QStringLiteral("SELECT company_id, COUNT(*), MIN(acknowledged_at) FROM "
                                     "acknowledgements WHERE notice_sequence = ? GROUP BY "
                                     "company_id"),
                      {sequence});
    if (!q)
        return q.error();
    QHash<qint64, std::pair<qint64, qint64>> counts;
    while ((*q)->next())
        counts.insert((*q)->value(0).toLongLong(),
                      {(*q)->value(1).toLongLong(), (*q)->value(2).toLongLong()});
    return counts;
}

Result<std::pair<Acknowledgement, bool>>
NoticeStore::acknowledge(const StoredNotice &notice, qint64 userId, qint64 companyId, qint64 at)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    auto inserted = m_db.run(QStringLiteral("INSERT INTO acknowledgements (notice_sequence, "
                                            "user_id, company_id, acknowledged_at) VALUES "
                                            "(?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                             {notice.sequence, userId, companyId, at});
    if (!inserted)
        return inserted.error();
    const bool created = (*inserted)->numRowsAffected() == 1;
    auto q = m_db.run(QStringLiteral("SELECT u.email, a.acknowledged_at FROM acknowledgements a "
                                     "JOIN users u ON u.id = a.user_id WHERE a.notice_sequence = ? "
                                     "AND a.user_id = ?"),
                      {notice.sequence, userId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{
            QStringLiteral("database-error"), tr("The acknowledgement was not stored."), {}};
    const Acknowledgement record{notice.id, (*q)->value(0).toString(), (*q)->value(1).toLongLong()};
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return std::make_pair(record, created);
}

Result<QHash<qint64, qint64>> NoticeStore::readsByCompany(qint64 sequence)
{
    auto q = m_db.run(QStringLiteral("SELECT company_id, COUNT(*) FROM notice_reads WHERE "
                                     "notice_sequence = ? GROUP BY company_id"),
                      {sequence});
    if (!q)
        return q.error();
    QHash<qint64, qint64> counts;
    while ((*q)->next())
        counts.insert((*q)->value(0).toLongLong(), (*q)->value(1).toLongLong());
    return counts;
}

Result<std::pair<NoticeRead, bool>>
NoticeStore::recordRead(const StoredNotice &notice, qint64 userId, qint64 companyId, qint64 at)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    auto inserted = m_db.run(QStringLiteral("INSERT INTO notice_reads (notice_sequence, user_id, "
                                            "company_id, read_at) VALUES (?, ?, ?, ?) "
                                            "ON CONFLICT DO NOTHING"),
                             {notice.sequence, userId, companyId, at});
    if (!inserted)
        return inserted.error();
    const bool created = (*inserted)->numRowsAffected() == 1;
    auto q = m_db.run(QStringLiteral("SELECT u.email, r.read_at FROM notice_reads r "
                                     "JOIN users u ON u.id = r.user_id WHERE r.notice_sequence = ? "
                                     "AND r.user_id = ?"),
                      {notice.sequence, userId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error{QStringLiteral("database-error"), tr("The read was not stored."), {}};
    const NoticeRead record{notice.id, (*q)->value(0).toString(), (*q)->value(1).toLongLong()};
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return std::make_pair(record, created);
}

Result<std::optional<PatchInfo>> NoticeStore::patch(const StoredNotice &notice,
                                                    const QString &fileName)
{
    auto q = m_db.run(QStringLiteral("SELECT file_name, size, sha256 FROM notice_patches WHERE "
                                     "notice_sequence = ? AND file_name = ?"),
                      {notice.sequence, fileName});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<PatchInfo>();
    return std::optional<PatchInfo>(
        PatchInfo{(*q)->value(0).toString(), (*q)->value(1).toLongLong(),
                  QByteArray::fromHex((*q)->value(2).toString().toLatin1())});
}

Result<QByteArray> NoticeStore::patchData(qint64 sequence, const QString &fileName, qint64 offset)
{
    auto q = m_db.run(QStringLiteral("SELECT data FROM notice_patch_chunks WHERE "
                                     "notice_sequence = ? AND file_name = ? AND chunk = ?"),
                      {sequence, fileName, offset / chunkSize});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return QByteArray();
    return (*q)->value(0).toByteArray().mid(offset % chunkSize);
}

Result<Ticket> NoticeStore::createTicket(qint64 companyId, qint64 userId,
                                         const StoredNotice &notice, const QString &subject,
                                         const QString &message, qint64 at)
{
    // The caller runs this in its transaction (with the Idempotency-Key record).
    auto value = nextValue(QStringLiteral("ticket"));
    if (!value)
        return value.error();
    Ticket ticket;
    ticket.number = QStringLiteral("SR-%1-%2")
                        .arg(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date().year())
                        .arg(*value, 6, 10, QLatin1Char('0'));
    ticket.noticeId = notice.id;
    ticket.subject = subject;
    ticket.message = message;
    ticket.createdAt = at;
    auto q = m_db.run(QStringLiteral("INSERT INTO tickets (number, company_id, user_id, "
                                     "notice_sequence, subject, message, created_at) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?)"),
                      {ticket.number, companyId, userId, notice.sequence, subject, message, at});
    if (!q)
        return q.error();
    return ticket;
}

} // namespace nb::server
