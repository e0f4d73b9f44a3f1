// The staff window (role "staff", no company): only "Pflichtmailings" and "E-Mail prüfen" in the
// navigation (no "Mein Konto" pages), the mailings list loaded at once, an .eml dropped on the
// window checked on the mail check page, "Sign out" emitted, and a 401 from the server asks for
// a new sign-in. The server is an in-process fake.
#include "client/staffservice.h"
#include "stafffake.h"
#include "ui/mailcheckpage.h"
#include "ui/mailinglistmodel.h"
#include "ui/mailingspage.h"
#include "ui/staffwindow.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace nb;
using nb::ui::StaffWindow;

namespace {
client::ApiResponse demoServer(const client::ApiRequest &request, bool expired)
{
    if (expired)
        return problemAnswer(401, QStringLiteral("session-expired"),
                             QStringLiteral("Your session has expired."));
    if (request.path == QLatin1String("/api/v1/staff/mailings")) {
        Notice draft;
        draft.subject = QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08.2026");
        return jsonAnswer(
            200, QJsonObject{{QStringLiteral("mailings"),
                              QJsonArray{mailingJson(1, draft, QStringLiteral("draft"), false)}}});
    }
    if (request.path == QLatin1String("/api/v1/staff/products"))
        return jsonAnswer(200, QJsonObject{{QStringLiteral("products"), QJsonArray()}});
    if (request.path == QLatin1String("/api/v1/staff/notices"))
        return jsonAnswer(200, QJsonObject{{QStringLiteral("notices"), QJsonArray()}});
    return problemAnswer(404, QStringLiteral("not-found"), QStringLiteral("no"));
}
} // namespace

class TestStaffWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheStaffPages()
    {
        StaffFakeTransport transport(
            [](const client::ApiRequest &request) { return demoServer(request, false); });
        client::StaffService service(&transport);
        StaffWindow window(&service, nullptr, nullptr);
        window.show();
        auto *navigation = window.findChild<QTreeWidget *>(QStringLiteral("navigationTree"));
        QStringList entries;
        for (int i = 0; i < navigation->topLevelItemCount(); ++i)
            entries.append(navigation->topLevelItem(i)->text(0));
        QCOMPARE(entries, (QStringList{QStringLiteral("Mandatory mailings"),
                                       QStringLiteral("Check an e-mail")}));
        QCOMPARE(window.currentPage(), StaffWindow::Page::Mailings);
        QVERIFY(window.mailingsPage()->isVisible());
        QTRY_COMPARE(window.mailingsPage()->model()->rowCount(), 1);
        QCOMPARE(window.mailingsPage()->model()->index(0, 0).data().toString(),
                 QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08.2026"));

        navigation->setCurrentItem(navigation->topLevelItem(1));
        QCOMPARE(window.currentPage(), StaffWindow::Page::MailCheck);
        QVERIFY(window.mailCheckPage()->isVisible());

        QSignalSpy signOut(&window, &StaffWindow::signOutRequested);
        window.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QCOMPARE(signOut.size(), 1);
        window.setAccountText(QStringLiteral("Sabine Redaktion — vendor staff"));
        QCOMPARE(window.accountText(), QStringLiteral("Sabine Redaktion — vendor staff"));
    }

    void droppedMailIsChecked()
    {
        StaffFakeTransport transport(
            [](const client::ApiRequest &request) { return demoServer(request, false); });
        client::StaffService service(&transport);
        StaffWindow window(&service, nullptr, nullptr);
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        const QString eml = dir.filePath(QStringLiteral("mail.eml"));
        for (const QString &path : {text, eml}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("From: someone@example.org\r\nSubject: Hallo\r\n\r\nText\r\n");
        }
        QVERIFY(!window.checkDroppedMail({QUrl::fromLocalFile(text)}));
        QCOMPARE(window.currentPage(), StaffWindow::Page::Mailings);
        QSignalSpy checked(window.mailCheckPage(), &ui::MailCheckPage::checked);
        QVERIFY(window.checkDroppedMail({QUrl::fromLocalFile(text), QUrl::fromLocalFile(eml)}));
        QCOMPARE(window.currentPage(), StaffWindow::Page::MailCheck);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(checked.first().at(0).toString(), eml);
    }

    void expiredSessionAsksForSignIn()
    {
        StaffFakeTransport transport(
            [](const client::ApiRequest &request) { return demoServer(request, true); });
        client::StaffService service(&transport);
        StaffWindow window(&service, nullptr, nullptr);
        QSignalSpy signIn(&window, &StaffWindow::signInRequired);
        QTRY_VERIFY(signIn.size() >= 1);
        QCOMPARE(window.mailingsPage()->listStatusText(),
                 QStringLiteral("Your session has expired."));
    }
};

QTEST_MAIN(TestStaffWindow)
#include "tst_staffwindow.moc"
