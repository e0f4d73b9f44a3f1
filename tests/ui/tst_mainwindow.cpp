// The main window: navigation mirrors "Mein Konto", the advice's button leads to the
// Ansprechpartner, the status bar counts pending changes, the actions are emitted.
#include "noticefixture.h"
#include "storefixture.h"
#include "ui/firmenprofilpage.h"
#include "ui/mailcheckpage.h"
#include "ui/mainwindow.h"
#include "ui/noticespage.h"
#include "ui/noticeview.h"
#include "ui/syncstatuswidget.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace nb;
using nb::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void navigation()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        MainWindow window(fixture.store());
        window.show();
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigationTree"));
        QCOMPARE(tree->topLevelItemCount(), 5);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Important notices"));
        QVERIFY(tree->topLevelItem(0)->isDisabled()); // no NoticeStore given
        // The mail check works without notices and without network.
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Check an e-mail"));
        QVERIFY(!tree->topLevelItem(1)->isDisabled());
        QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("My company"));
        QCOMPARE(tree->topLevelItem(2)->child(0)->text(0), QStringLiteral("Company profile"));
        QCOMPARE(tree->topLevelItem(3)->child(0)->text(0), QStringLiteral("Contacts"));
        QCOMPARE(window.currentPage(), MainWindow::Page::Firmenprofil);

        tree->setCurrentItem(tree->topLevelItem(4));
        QCOMPARE(window.currentPage(), MainWindow::Page::Verteiler);
        tree->setCurrentItem(tree->topLevelItem(1));
        QCOMPARE(window.currentPage(), MainWindow::Page::MailCheck);
        QVERIFY(window.mailCheckPage()->isVisible());

        // The advice on info@ leads to the Ansprechpartner.
        window.showPage(MainWindow::Page::Firmenprofil);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("toContactsButton")),
                          Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Ansprechpartner);
    }

    void noticesFirst()
    {
        StoreFixture fixture;
        NoticeFixture notices;
        QVERIFY(fixture.ok() && notices.ok());
        QVERIFY(notices.installKeyList().ok());
        QVERIFY(notices.publish(NoticeFixture::demoNotices()).ok());
        ui::NoticeServices services;
        services.store = notices.store();
        MainWindow window(fixture.store(), services);
        window.show();
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigationTree"));
        QCOMPARE(tree->topLevelItemCount(), 5);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Important notices (4)"));
        QVERIFY(!tree->topLevelItem(0)->isDisabled());
        QCOMPARE(window.currentPage(), MainWindow::Page::Notices);
        QVERIFY(window.noticesPage()->isVisible());

        QVERIFY(window.noticesPage()->selectNotice(QStringLiteral("2026-0002")));
        QCOMPARE(window.noticesPage()->noticeView()->currentId(), QStringLiteral("2026-0002"));
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Important notices (3)"));

        tree->setCurrentItem(tree->topLevelItem(2)->child(0));
        QCOMPARE(window.currentPage(), MainWindow::Page::Firmenprofil);
        tree->setCurrentItem(tree->topLevelItem(0));
        QCOMPARE(window.currentPage(), MainWindow::Page::Notices);

        // A replayed feed or key list: the warning banner until dismissed.
        QVERIFY(window.securityProblemText().isEmpty());
        window.showSecurityProblem(Error{
            QStringLiteral("feed-rollback"), QStringLiteral("The server sent older notices."), {}});
        QVERIFY(window.securityProblemText().contains(QStringLiteral("older notices")));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dismissSecurityButton")),
                          Qt::LeftButton);
        QVERIFY(window.securityProblemText().isEmpty());
    }

    void statusAndActions()
    {
        StoreFixture fixture;
        QVERIFY(fixture.ok());
        MainWindow window(fixture.store());
        auto *pending = window.findChild<QLabel *>(QStringLiteral("pendingLabel"));
        QCOMPARE(pending->text(), QStringLiteral("0 change(s) pending"));
        QVERIFY(fixture.store()->saveDistribution(QStringLiteral("security"), {}).ok());
        QCOMPARE(pending->text(), QStringLiteral("1 change(s) pending"));

        window.syncStatus()->setState(client::SyncEngine::State::Offline);
        QCOMPARE(window.syncStatus()->stateText(), QStringLiteral("Offline"));

        QSignalSpy sync(&window, &MainWindow::syncNowRequested);
        QSignalSpy signOut(&window, &MainWindow::signOutRequested);
        window.findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
        window.findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QCOMPARE(sync.count(), 1);
        QCOMPARE(signOut.count(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
