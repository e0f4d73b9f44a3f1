#include "noticefixture.h"

#include "core/crypto.h"
#include "core/dsse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace nb;

NoticeFixture::NoticeFixture()
{
    crypto::initialize();
    m_root = signing::generateKeyPair();
    m_signer = signing::generateKeyPair();
    auto opened = client::NoticeStore::open(path(), QUuid::createUuid().toString());
    if (!opened) {
        qWarning("Cannot open the notice store: %s", qPrintable(opened.error().message));
        return;
    }
    m_store = std::move(*opened);
}

NoticeFixture::~NoticeFixture() = default;

QString NoticeFixture::path() const
{
    return m_dir.filePath(QStringLiteral("notices.sqlite"));
}

Status NoticeFixture::installKeyList(const QDateTime &expires, const QDateTime &fetchedAt)
{
    KeyList list;
    list.version = 1;
    list.expires = expires;
    list.rootKeys = {m_root.publicKey};
    list.rootThreshold = 1;
    list.signingKeys = {
        SigningKeyEntry{m_signer.publicKey, expires.addYears(5)},
    };
    const dsse::Envelope envelope = dsse::signEnvelope(keyListPayloadType, list.toPayload(),
                                                       {{m_root.publicKey, m_root.secretKey}});
    return m_store->updateKeyLists({envelope}, {m_root.publicKey}, fetchedAt);
}

Status NoticeFixture::installKeyList()
{
    return installKeyList(QDateTime::currentDateTimeUtc().addDays(365));
}

QByteArray NoticeFixture::sign(const Notice &notice) const
{
    return dsse::signEnvelope(noticePayloadType, notice.toPayload(),
                              {{m_signer.publicKey, m_signer.secretKey}})
        .toJson();
}

Result<QList<client::NoticeRow>> NoticeFixture::publish(const QList<Notice> &notices)
{
    QList<client::FeedItem> items;
    for (const Notice &notice : notices)
        items.append(client::FeedItem{notice.sequence, sign(notice)});
    return m_store->storeFeedPage(items);
}

bool NoticeFixture::tamperEnvelope(const QString &id, const QString &newSubject)
{
    return tamperStoredEnvelope(path(), id, newSubject);
}

bool tamperStoredEnvelope(const QString &storePath, const QString &id, const QString &newSubject)
{
    bool done = false;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        if (db.open()) {
            QSqlQuery read(db);
            read.prepare(QStringLiteral("SELECT envelope FROM notices WHERE id = ?"));
            read.addBindValue(id);
            if (read.exec() && read.next()) {
                QJsonObject envelope =
                    QJsonDocument::fromJson(read.value(0).toByteArray()).object();
                QJsonObject payload =
                    QJsonDocument::fromJson(
                        QByteArray::fromBase64(
                            envelope.value(QStringLiteral("payload")).toString().toLatin1()))
                        .object();
                payload.insert(QStringLiteral("subject"), newSubject);
                envelope.insert(
                    QStringLiteral("payload"),
                    QString::fromLatin1(
                        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64()));
                QSqlQuery write(db);
                write.prepare(QStringLiteral("UPDATE notices SET envelope = ? WHERE id = ?"));
                write.addBindValue(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
                write.addBindValue(id);
                done = write.exec() && write.numRowsAffected() == 1;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

Notice NoticeFixture::notice(qint64 sequence, const QString &subject)
{
    Notice n;
    n.id = QStringLiteral("2026-%1").arg(sequence, 4, 10, QLatin1Char('0'));
    n.sequence = sequence;
    n.products = {QStringLiteral("fiskal")};
    n.category = QStringLiteral("updates-and-technical-changes");
    n.severity = NoticeSeverity::Important;
    n.subject = subject;
    n.body = QStringLiteral("Bitte lesen Sie diesen Hinweis.");
    n.status = NoticeStatus::Announced;
    n.issuedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC).addSecs(sequence * 60);
    return n;
}

QList<Notice> NoticeFixture::demoNotices()
{
    Notice fiskal = notice(1, QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08."));
    fiskal.id = QStringLiteral("2026-0001");
    fiskal.severity = NoticeSeverity::Urgent;
    fiskal.category = QStringLiteral("security");
    fiskal.actBy = QDate(2026, 8, 1);
    fiskal.body = QStringLiteral(
        "Bitte installieren Sie das Update **bis 01.08.**\n\n"
        "Laden Sie den Patch nur im [Kundencenter](https://kundencenter.example/patches) "
        "herunter.\n\n![Logo](https://tracker.example/pixel.png)\n");
    fiskal.link = QStringLiteral("https://status.example/fiskal");
    fiskal.patches = {
        PatchReference{QStringLiteral("fiskal-connector-2.4.1.zip"), 1234, QByteArray(32, '\x11')}};

    Notice paypal = notice(2, QStringLiteral("Wichtige Änderungen an PayPal PLUS"));
    paypal.id = QStringLiteral("2026-0002");
    paypal.products = {QStringLiteral("shop")};
    paypal.category = QStringLiteral("billing-and-contracts");

    Notice maintenance = notice(3, QStringLiteral("Wartungsfenster 4. Mai // Ausfälle Cloud-TSE"));
    maintenance.id = QStringLiteral("2026-0003");
    maintenance.products = {QStringLiteral("tse")};
    maintenance.category = QStringLiteral("maintenance-and-outages");
    maintenance.severity = NoticeSeverity::Info;

    Notice followUp = notice(4, QStringLiteral("Update: Fiskal-Connector 2.4.1 verfügbar"));
    followUp.id = QStringLiteral("2026-0004");
    followUp.followUpOf = fiskal.id;
    followUp.category = QStringLiteral("security");
    followUp.severity = NoticeSeverity::Urgent;
    followUp.status = NoticeStatus::InProgress;
    return {fiskal, paypal, maintenance, followUp};
}
