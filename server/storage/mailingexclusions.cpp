// MailingStore's exclusions (the rest of the store is in mailingstore.cpp): which companies and
// which single addresses of a company a mailing leaves out. One row per exclusion in
// mailing_exclusions; an empty address stands for the whole company.
#include "server/storage/mailingstore.h"

#include <QSqlQuery>

namespace nb::server {

Result<MailingExclusions> MailingStore::exclusions(qint64 id)
{
    auto q = m_db.run(QStringLiteral("SELECT company_id, address FROM mailing_exclusions "
                                     "WHERE mailing_id = ? ORDER BY company_id, address"),
                      {id});
    if (!q)
        return q.error();
    MailingExclusions result;
    while ((*q)->next()) {
        const qint64 company = (*q)->value(0).toLongLong();
        const QString address = (*q)->value(1).toString();
        if (address.isEmpty())
            result.companies.insert(company);
        else
            result.addresses[company].insert(address);
    }
    return result;
}

Result<MailingStore::Outcome> MailingStore::setExclusions(qint64 id,
                                                          const MailingExclusions &exclusions)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    // Locks the mailing's row first (a write that changes nothing: the version stays), so that a
    // send cannot slip in between the check and the change, on either engine.
    auto locked =
        m_db.run(QStringLiteral("UPDATE mailings SET version = version WHERE id = ?"), {id});
    if (!locked)
        return locked.error();
    auto state = m_db.run(QStringLiteral("SELECT state FROM mailings WHERE id = ?"), {id});
    if (!state)
        return state.error();
    if (!(*state)->next())
        return Outcome::NotFound;
    if ((*state)->value(0).toString() == QLatin1String("sent"))
        return Outcome::Sent;

    auto removed =
        m_db.run(QStringLiteral("DELETE FROM mailing_exclusions WHERE mailing_id = ?"), {id});
    if (!removed)
        return removed.error();
    const QString insert = QStringLiteral(
        "INSERT INTO mailing_exclusions (mailing_id, company_id, address) VALUES (?, ?, ?)");
    for (const qint64 company : exclusions.companies) {
        if (auto q = m_db.run(insert, {id, company, QString()}); !q)
            return q.error();
    }
    for (auto it = exclusions.addresses.constBegin(); it != exclusions.addresses.constEnd(); ++it) {
        for (const QString &address : *it) {
            if (address.isEmpty())
                continue;
            if (auto q = m_db.run(insert, {id, it.key(), address}); !q)
                return q.error();
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return Outcome::Done;
}

} // namespace nb::server
