#include "noticevendor.h"

#include "core/crypto.h"

namespace nbtest {

using namespace nb;

NoticeVendor::NoticeVendor()
{
    crypto::initialize();
    m_root = signing::generateKeyPair();
    m_signing = signing::generateKeyPair();
    m_list.version = 1;
    m_list.expires = QDateTime::currentDateTimeUtc().addDays(365);
    m_list.rootKeys = {m_root.publicKey};
    m_list.rootThreshold = 1;
    m_list.signingKeys = {{m_signing.publicKey, QDateTime::currentDateTimeUtc().addDays(365)}};
    m_chain.append(signList(m_list));
}

void NoticeVendor::rotate()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (SigningKeyEntry &entry : m_list.signingKeys)
        entry.validUntil = std::min(entry.validUntil, now);
    m_signing = signing::generateKeyPair();
    m_list.signingKeys.append({m_signing.publicKey, now.addDays(365)});
    m_list.version += 1;
    m_chain.append(signList(m_list));
}

dsse::Envelope NoticeVendor::signList(const KeyList &list) const
{
    return dsse::signEnvelope(keyListPayloadType, list.toPayload(),
                              {{m_root.publicKey, m_root.secretKey}});
}

Notice NoticeVendor::notice(qint64 sequence, const QString &subject)
{
    Notice notice;
    notice.id = QStringLiteral("N-%1").arg(sequence);
    notice.sequence = sequence;
    notice.products = {QStringLiteral("fiskal")};
    notice.category = QStringLiteral("updates-and-technical-changes");
    notice.severity = NoticeSeverity::Important;
    notice.subject =
        subject.isEmpty() ? QStringLiteral("Hinweis Nummer %1").arg(sequence) : subject;
    notice.body = QStringLiteral("Bitte lesen Sie diesen Hinweis **%1**.").arg(sequence);
    notice.status = NoticeStatus::Announced;
    notice.issuedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    notice.issuedAt.setTime(QTime(notice.issuedAt.time().hour(), notice.issuedAt.time().minute(),
                                  notice.issuedAt.time().second()));
    return notice;
}

client::FeedItem NoticeVendor::sign(const Notice &notice) const
{
    const dsse::Envelope envelope = dsse::signEnvelope(
        noticePayloadType, notice.toPayload(), {{m_signing.publicKey, m_signing.secretKey}});
    return client::FeedItem{notice.sequence, envelope.toJson()};
}

QList<client::FeedItem> NoticeVendor::signAll(const QList<Notice> &notices) const
{
    QList<client::FeedItem> items;
    for (const Notice &notice : notices)
        items.append(sign(notice));
    return items;
}

} // namespace nbtest
