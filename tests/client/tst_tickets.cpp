// "Support-Ticket öffnen" against the real notabene-server: a ticket number for a visible
// notice, 404 for one this account cannot see, the field of a refused value, a network error
// when offline, and a retried request that creates the ticket once.
#include "apiclient.h"
#include "client/tickets.h"
#include "noticeserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace nb;
using namespace nb::client;
using namespace nbtest;
using Fault = FaultTransport::Fault;

namespace {

Result<Ticket> openTicket(TicketService &service, const QString &noticeId, const QString &subject,
                          const QString &message)
{
    std::optional<Result<Ticket>> result;
    service.open(noticeId, subject, message, [&](const Result<Ticket> &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result.value_or(Error{QStringLiteral("no-answer"), {}, {}});
}

qint64 serial(const QString &number)
{
    return number.section(QLatin1Char('-'), -1).toLongLong();
}

} // namespace

class TestTickets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ticketForAVisibleNoticeHasANumber();
    void noticeOfAnotherCompanyIsNotFound();
    void refusedValueNamesItsField();
    void offlineIsANetworkError();
    void retriedRequestCreatesOneTicket();

private:
    NoticeServer m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<NoticeClient> m_client;
    QString m_noticeId;
};

void TestTickets::initTestCase()
{
    if (const QString reason = skipReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_api = std::make_unique<ApiClient>(m_server.process());
    NB_SIGN_IN(*m_api, demo::musterAdmin);
    m_folder = std::make_unique<QTemporaryDir>();
    m_client = std::make_unique<NoticeClient>(m_server.process().url(), m_api->token(),
                                              m_server.roots(), m_folder->path());
    QVERIFY(m_client->sync());
    const auto rows = m_client->notices->rows({}, 0, 1).value();
    QVERIFY(!rows.isEmpty());
    m_noticeId = rows.first().id;
}

void TestTickets::ticketForAVisibleNoticeHasANumber()
{
    TicketService service(&m_client->faults);
    const auto ticket =
        openTicket(service, m_noticeId, QStringLiteral("Rückfrage zu ") + m_noticeId,
                   QStringLiteral("Gilt das Update auch für Filiale 2?"));
    QVERIFY2(ticket, qPrintable(ticket ? QString() : ticket.error().message));
    static const QRegularExpression number(QStringLiteral("^SR-\\d{4}-\\d{6}$"));
    QVERIFY2(number.match(ticket->number).hasMatch(), qPrintable(ticket->number));
    QCOMPARE(ticket->noticeId, m_noticeId);
    QCOMPARE(ticket->subject, QStringLiteral("Rückfrage zu ") + m_noticeId);
    QVERIFY(ticket->createdAt.isValid());
}

void TestTickets::noticeOfAnotherCompanyIsNotFound()
{
    // The other demo company's notices: those of products this company does not license.
    ApiClient other(m_server.process());
    NB_SIGN_IN(other, demo::beispielAdmin);
    QString foreign;
    const Reply feed = other.get(QStringLiteral("/api/v1/notices?after=0"));
    for (const QJsonValue &value : feed.json().value(QLatin1String("notices")).toArray()) {
        const QByteArray envelope =
            QJsonDocument(value.toObject().value(QLatin1String("envelope")).toObject())
                .toJson(QJsonDocument::Compact);
        const auto notice = parseNotice(dsse::envelopeFromJson(envelope)->payload);
        if (notice && !m_client->notices->notice(notice->id).value())
            foreign = notice->id;
    }
    TicketService service(&m_client->faults);
    for (const QString &id : {foreign, QStringLiteral("9999-0000")}) {
        if (id.isEmpty())
            continue;
        const auto ticket = openTicket(service, id, QStringLiteral("Frage"), QStringLiteral("?"));
        QVERIFY(!ticket);
        QCOMPARE(ticket.error().code, QStringLiteral("not-found"));
        QVERIFY(!ticket.error().message.isEmpty());
    }
}

void TestTickets::refusedValueNamesItsField()
{
    TicketService service(&m_client->faults);
    auto ticket = openTicket(service, m_noticeId, QString(), QStringLiteral("Text"));
    QVERIFY(!ticket);
    QCOMPARE(ticket.error().code, QStringLiteral("invalid-ticket"));
    QCOMPARE(ticket.error().field, QStringLiteral("subject"));
    ticket = openTicket(service, m_noticeId, QStringLiteral("Betreff"), QString(10001, u'x'));
    QVERIFY(!ticket);
    QCOMPARE(ticket.error().field, QStringLiteral("message"));
}

void TestTickets::offlineIsANetworkError()
{
    // A port nobody listens on.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QNetworkAccessManager manager;
    NetworkTransport transport(&manager, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    transport.setToken(m_api->token());
    TicketService service(&transport);
    const auto ticket = openTicket(service, m_noticeId, QStringLiteral("Frage"),
                                   QStringLiteral("Text bleibt beim Benutzer"));
    QVERIFY(!ticket);
    QCOMPARE(ticket.error().code, QStringLiteral("network"));
    QVERIFY(!ticket.error().message.isEmpty());
}

void TestTickets::retriedRequestCreatesOneTicket()
{
    TicketService service(&m_client->faults);
    // The server creates the ticket, but its answer is lost on the way.
    m_client->faults.failMatching(QStringLiteral("^POST /api/v1/tickets$"), Fault::LostAnswer);
    const auto lost =
        openTicket(service, m_noticeId, QStringLiteral("Einmal"), QStringLiteral("x"));
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, QStringLiteral("network"));
    std::optional<Result<Ticket>> retried;
    service.retry([&](const Result<Ticket> &r) { retried = r; });
    QTRY_VERIFY_WITH_TIMEOUT(retried.has_value(), 20000);
    QVERIFY(*retried);
    // The next new ticket follows directly: the retry did not create a second one.
    const auto next =
        openTicket(service, m_noticeId, QStringLiteral("Zweites"), QStringLiteral("y"));
    QVERIFY(next);
    QCOMPARE(serial(next->number), serial((*retried)->number) + 1);
}

QTEST_GUILESS_MAIN(TestTickets)
#include "tst_tickets.moc"
