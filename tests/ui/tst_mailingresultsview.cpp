// The results of a sent mailing: delivered / failed / queued, read in the app and
// acknowledgements in total and per company, as the server reports them (in-process fake server);
// "not sent yet" is a hint, not an error; other errors are shown.
#include "client/staffservice.h"
#include "stafffake.h"
#include "ui/mailingresultsview.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace nb;
using nb::ui::MailingResultsView;

namespace {
QJsonObject resultsJson()
{
    const auto company = [](qint64 id, const char *name, const char *number, int sent, int failed,
                            int queued, int acks, int reads) {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("customerNumber"), QString::fromLatin1(number)},
            {QStringLiteral("sent"), sent},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("queued"), queued},
            {QStringLiteral("acknowledgements"), acks},
            {QStringLiteral("reads"), reads},
            {QStringLiteral("firstAcknowledgedAt"),
             acks > 0 ? QJsonValue(QStringLiteral("2026-07-20T10:00:00Z")) : QJsonValue()}};
    };
    return QJsonObject{
        {QStringLiteral("noticeId"), QStringLiteral("PM-2026-0001")},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("sent"), 4},
                                               {QStringLiteral("failed"), 1},
                                               {QStringLiteral("queued"), 0},
                                               {QStringLiteral("mails"), 5},
                                               {QStringLiteral("companies"), 2},
                                               {QStringLiteral("acknowledgedCompanies"), 1},
                                               {QStringLiteral("acknowledgements"), 2},
                                               {QStringLiteral("readCompanies"), 2},
                                               {QStringLiteral("reads"), 21}}},
        {QStringLiteral("companies"),
         QJsonArray{company(1, "Muster Handel GmbH", "K-10001", 3, 0, 0, 2, 12),
                    company(2, "Beispiel-Shop", "K-10002", 1, 1, 0, 0, 9)}}};
}
} // namespace

class TestMailingResultsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsInTotalAndPerCompany()
    {
        StaffFakeTransport transport([](const client::ApiRequest &request) {
            if (request.path == QLatin1String("/api/v1/staff/mailings/7/results"))
                return jsonAnswer(200, resultsJson());
            return problemAnswer(404, QStringLiteral("not-found"), QStringLiteral("no"));
        });
        client::StaffService service(&transport);
        MailingResultsView view(&service);
        view.show();
        view.setMailing(7);
        view.refresh();
        QTRY_VERIFY(view.results().has_value());
        const auto value = [&view](const char *name) {
            return view.findChild<QLabel *>(QLatin1String(name))->text();
        };
        QCOMPARE(value("deliveredValue"), QStringLiteral("4"));
        QCOMPARE(value("failedValue"), QStringLiteral("1"));
        QCOMPARE(value("queuedValue"), QStringLiteral("0"));
        QVERIFY2(value("acknowledgedValue").startsWith(QStringLiteral("1 of 2 companies")),
                 qPrintable(value("acknowledgedValue")));
        QVERIFY2(value("readValue").startsWith(QStringLiteral("2 of 2 companies (21 user")),
                 qPrintable(value("readValue")));
        QCOMPARE(view.results()->reads, 21);
        QCOMPARE(view.results()->readCompanies, 2);
        QVERIFY(value("noticeLabel").contains(QStringLiteral("PM-2026-0001")));
        auto *table = view.findChild<QTreeWidget *>(QStringLiteral("companyTable"));
        QCOMPARE(table->topLevelItemCount(), 2);
        QCOMPARE(table->headerItem()->text(5), QStringLiteral("Read in the app"));
        QCOMPARE(table->headerItem()->text(6), QStringLiteral("Acknowledgements"));
        const QTreeWidgetItem *muster =
            table->findItems(QStringLiteral("Muster Handel GmbH"), Qt::MatchExactly).value(0);
        QVERIFY(muster);
        QCOMPARE(muster->text(1), QStringLiteral("K-10001"));
        QCOMPARE(muster->text(2), QStringLiteral("3"));
        QCOMPARE(muster->text(5), QStringLiteral("12"));
        QCOMPARE(muster->text(6), QStringLiteral("2"));
        QVERIFY(!muster->text(7).isEmpty());
        const QTreeWidgetItem *beispiel =
            table->findItems(QStringLiteral("Beispiel-Shop"), Qt::MatchExactly).value(0);
        QCOMPARE(beispiel->text(3), QStringLiteral("1"));
        QCOMPARE(beispiel->text(5), QStringLiteral("9"));
        QVERIFY(beispiel->text(7).isEmpty());
        // Sorted by reads as numbers (as text, "9" would come before "12").
        table->sortByColumn(5, Qt::DescendingOrder);
        QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("Muster Handel GmbH"));
        table->sortByColumn(5, Qt::AscendingOrder);
        QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("Beispiel-Shop"));
        QVERIFY(view.statusText().isEmpty());
    }

    void notSentIsAHint()
    {
        StaffFakeTransport transport([](const client::ApiRequest &) {
            return problemAnswer(409, QStringLiteral("not-sent"),
                                 QStringLiteral("This mailing was not sent yet."));
        });
        client::StaffService service(&transport);
        MailingResultsView view(&service);
        view.setMailing(7);
        view.refresh();
        QTRY_VERIFY(!transport.requests.isEmpty());
        QTRY_COMPARE(view.statusText(),
                     QStringLiteral("The results appear once the mailing is sent."));
        QVERIFY(!view.results().has_value());
    }

    void otherErrorsAreShown()
    {
        StaffFakeTransport transport([](const client::ApiRequest &) {
            return problemAnswer(500, QStringLiteral("internal"),
                                 QStringLiteral("The server failed."));
        });
        client::StaffService service(&transport);
        MailingResultsView view(&service);
        view.showResults(*client::StaffService::resultsFromJson(resultsJson()));
        view.setMailing(7);
        QVERIFY(!view.results().has_value()); // a new mailing clears the old figures
        view.refresh();
        QTRY_COMPARE(view.statusText(), QStringLiteral("The server failed."));
    }
};

QTEST_MAIN(TestMailingResultsView)
#include "tst_mailingresultsview.moc"
