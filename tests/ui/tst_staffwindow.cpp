// The staff window (role "staff", no company): only "Pflichtmailings" and "E-Mail prüfen" in the
// navigation (no "Mein Konto" pages), the mailings list loaded at once, an .eml dropped on the
// window (or handed over) checked on the mail check page, "Refresh" and "Sign out" emitted, the
// security banner, and a 401 from the server asks for a new sign-in; the server is an in-process
// fake there. Against the real notabene-server (keys, demo notices): the staff account's own
// stores, filled by the KeyListFetcher from the public routes, make the mail check say "Echt"
// (Genuine) for a mail the server rendered and "Verändert" (Altered) for a changed copy, also
// later with no network at all.
#include "apiclient.h"
#include "client/accountpaths.h"
#include "client/keylistfetcher.h"
#include "client/networktransport.h"
#include "client/noticestore.h"
#include "client/offlinestore.h"
#include "client/staffservice.h"
#include "mailedits.h"
#include "noticeserver.h"
#include "stafffake.h"
#include "ui/mailcheckpage.h"
#include "ui/mailinglistmodel.h"
#include "ui/mailingspage.h"
#include "ui/staffwindow.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
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

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList warningCodes(const ui::MailCheckPage *page)
{
    QStringList codes;
    if (page->report()) {
        for (const mail::Warning &warning : page->report()->check.warnings)
            codes.append(warning.code);
    }
    return codes;
}

// The staff account's local stores, where ClientController::openStaff puts them.
struct StaffStores
{
    StaffStores(const QString &folder, const QString &server)
    {
        auto opened = client::OfflineStore::open(
            client::accountStorePath(folder, server, nbtest::demo::staff),
            QStringLiteral("staff-account"));
        auto openedNotices =
            client::NoticeStore::open(client::noticeStorePath(folder, server, nbtest::demo::staff),
                                      QStringLiteral("staff-notices"));
        if (opened && openedNotices) {
            account = std::move(*opened);
            notices = std::move(*openedNotices);
        }
    }
    bool ok() const { return account && notices; }

    std::unique_ptr<client::OfflineStore> account;
    std::unique_ptr<client::NoticeStore> notices;
};
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

    void refreshAndSecurityBanner()
    {
        StaffFakeTransport transport(
            [](const client::ApiRequest &request) { return demoServer(request, false); });
        client::StaffService service(&transport);
        StaffWindow window(&service, nullptr, nullptr);
        window.show();
        QTRY_COMPARE(window.mailingsPage()->model()->rowCount(), 1);
        QSignalSpy refresh(&window, &StaffWindow::refreshRequested);
        const qsizetype before = transport.requests.size();
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QCOMPARE(refresh.size(), 1); // the controller fetches the key list and the branding
        QTRY_VERIFY(transport.requests.size() > before); // and the mailings load again

        QVERIFY(window.securityProblemText().isEmpty());
        window.showSecurityProblem(Error{QStringLiteral("key-list-rollback"),
                                         QStringLiteral("An old key list is being replayed."),
                                         QStringLiteral("version")});
        const QString text = window.securityProblemText();
        QVERIFY2(text.contains(QStringLiteral("An old key list is being replayed.")) &&
                     text.contains(QStringLiteral("keys received before")),
                 qPrintable(text));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("securityNoticeLabel"))->isVisible());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dismissSecurityButton")),
                          Qt::LeftButton);
        QVERIFY(window.securityProblemText().isEmpty());
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

        // Dragged onto the window: only a drag that carries an .eml is taken.
        window.showPage(StaffWindow::Page::Mailings);
        QVERIFY(window.acceptDrops());
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(text)});
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton,
                                Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
        QDropEvent refusedDrop(QPointF(50, 50), Qt::CopyAction, &other, Qt::LeftButton,
                               Qt::NoModifier);
        refusedDrop.setAccepted(false);
        QCoreApplication::sendEvent(&window, &refusedDrop);
        QVERIFY(!refusedDrop.isAccepted());
        QCOMPARE(checked.size(), 1);
        QCOMPARE(window.currentPage(), StaffWindow::Page::Mailings);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(eml)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        enter.setAccepted(false);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(QPoint(60, 60), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        move.setAccepted(false);
        QCoreApplication::sendEvent(&window, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(60, 60), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(checked.size(), 2);
        QCOMPARE(window.currentPage(), StaffWindow::Page::MailCheck);
    }

    // The staff account's mail check against the real server: nothing is genuine before the
    // fetch; after it a mail the server rendered is "Echt" with the vendor's links recognised, a
    // changed copy "Verändert"; and the stores alone (no network) still say so.
    void staffMailCheckSaysGenuineAfterTheFetch()
    {
        if (const QString reason = nbtest::skipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        nbtest::NoticeServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        nbtest::ApiClient api(server.process());
        NB_SIGN_IN(api, nbtest::demo::staff);
        const nbtest::Reply mail =
            api.get(QStringLiteral("/api/v1/notices/demo-0001/mail?to=it%40muster-handel.example"));
        NB_VERIFY_STATUS(mail, 200);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString genuine = writeFile(dir.filePath(QStringLiteral("echt.eml")), mail.body);
        const QByteArray changedBytes =
            nbtest::mailedits::editTextLine(mail.body, "Bitte den Patch im Anhang ausfuehren.");
        QVERIFY(!changedBytes.isEmpty());
        const QString changed =
            writeFile(dir.filePath(QStringLiteral("veraendert.eml")), changedBytes);
        const QString folder = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(folder));
        const QString serverText = server.process().url().toString();

        {
            StaffStores stores(folder, serverText);
            QVERIFY(stores.ok());
            QNetworkAccessManager network;
            client::NetworkTransport transport(&network, server.process().url());
            transport.setToken(api.token());
            client::StaffService service(&transport);
            client::KeyListFetcher fetcher(&transport, stores.notices.get(), server.roots());
            fetcher.setBrandingStore(stores.account.get());
            StaffWindow window(&service, stores.account.get(), stores.notices.get());
            window.show();

            // Before the fetch: no key list, no vendor identity.
            QVERIFY(window.checkDroppedMail({QUrl::fromLocalFile(genuine)}));
            QCOMPARE(window.mailCheckPage()->report()->check.verdict, mail::Verdict::UnknownKey);
            QVERIFY(window.mailCheckPage()->verdictText() != QStringLiteral("Genuine"));
            QVERIFY2(warningCodes(window.mailCheckPage()).contains(QStringLiteral("foreign-link")),
                     qPrintable(warningCodes(window.mailCheckPage()).join(QLatin1Char(','))));

            QSignalSpy finished(&fetcher, &client::KeyListFetcher::finished);
            fetcher.fetch();
            QVERIFY(finished.wait(20000));
            QVERIFY2(finished.first().first().value<Status>().ok(),
                     qPrintable(finished.first().first().value<Status>().error().message));

            QVERIFY(window.checkDroppedMail({QUrl::fromLocalFile(genuine)}));
            QCOMPARE(window.currentPage(), StaffWindow::Page::MailCheck);
            ui::MailCheckPage *page = window.mailCheckPage();
            QCOMPARE(page->verdictText(), QStringLiteral("Genuine"));
            QCOMPARE(page->report()->check.verdict, mail::Verdict::Genuine);
            QCOMPARE(page->report()->check.noticeId, QStringLiteral("demo-0001"));
            QVERIFY2(!warningCodes(page).contains(QStringLiteral("foreign-link")),
                     qPrintable(warningCodes(page).join(QLatin1Char(','))));
            auto *signedText = page->findChild<QPlainTextEdit *>(QStringLiteral("signedText"));
            QVERIFY(signedText->isVisible());
            QVERIFY(!signedText->toPlainText().isEmpty());

            QVERIFY(window.checkDroppedMail({QUrl::fromLocalFile(changed)}));
            QCOMPARE(page->verdictText(), QStringLiteral("Altered"));
            QCOMPARE(page->report()->check.verdict, mail::Verdict::Altered);
            QVERIFY(page->report()->check.changes.contains(
                QStringLiteral("The text part was changed.")));
            QVERIFY(!signedText->isVisible());
        }

        // Later, with no server at all: the stored key list and branding are enough.
        server.stop();
        StaffStores stores(folder, serverText);
        QVERIFY(stores.ok());
        StaffFakeTransport offline([](const client::ApiRequest &) {
            client::ApiResponse none;
            none.error = Error{QStringLiteral("network"), QStringLiteral("offline"), {}};
            return none;
        });
        client::StaffService service(&offline);
        StaffWindow window(&service, stores.account.get(), stores.notices.get());
        QVERIFY(window.checkDroppedMail({QUrl::fromLocalFile(genuine)}));
        QCOMPARE(window.mailCheckPage()->verdictText(), QStringLiteral("Genuine"));
        QVERIFY(!warningCodes(window.mailCheckPage()).contains(QStringLiteral("foreign-link")));
        QVERIFY(window.checkDroppedMail({QUrl::fromLocalFile(changed)}));
        QCOMPARE(window.mailCheckPage()->verdictText(), QStringLiteral("Altered"));
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
