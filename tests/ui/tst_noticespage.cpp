// The "Wichtige Hinweise" page: the filter bar drives the list (search after the debounce),
// selecting a row shows the notice and marks it read, the out-of-date notice; and the desktop
// notification for new notices (through a recording DesktopNotifier).
#include "noticefixture.h"
#include "storefixture.h"
#include "ui/noticebanner.h"
#include "ui/noticelistmodel.h"
#include "ui/noticenotifier.h"
#include "ui/noticespage.h"
#include "ui/noticeview.h"
#include "ui/verificationbadge.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

using namespace nb;
using nb::ui::NoticeListModel;
using nb::ui::NoticesPage;

namespace {
class RecordingNotifier : public ui::DesktopNotifier
{
public:
    struct Shown
    {
        QString title;
        QString message;
    };
    void showNotification(const QString &title, const QString &message) override
    {
        shown.append({title, message});
    }
    void setUnreadCount(int count) override { unread = count; }

    QList<Shown> shown;
    int unread = -1;
};
} // namespace

class TestNoticesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filterBarAndSelection()
    {
        StoreFixture account;
        NoticeFixture fixture;
        QVERIFY(account.ok() && fixture.ok());
        QVERIFY(fixture.installKeyList().ok());
        QVERIFY(fixture.publish(NoticeFixture::demoNotices()).ok());
        ui::NoticeServices services;
        services.store = fixture.store();
        NoticesPage page(account.store(), services);
        page.show();
        auto *list = page.findChild<QTreeView *>(QStringLiteral("noticeList"));
        QCOMPARE(list->model()->rowCount(), 4);

        auto *category = page.findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        category->setCurrentIndex(category->findData(QStringLiteral("security")));
        QCOMPARE(list->model()->rowCount(), 2);
        category->setCurrentIndex(0);
        QCOMPARE(list->model()->rowCount(), 4);

        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("PayPal"));
        QCOMPARE(list->model()->rowCount(), 4); // debounced: not yet
        QTRY_COMPARE(list->model()->rowCount(), 1);
        search->clear();
        page.applyFilterNow();
        QCOMPARE(list->model()->rowCount(), 4);

        // Keyboard: select the first row, the notice is shown and becomes read.
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        const QString id = list->currentIndex().data(NoticeListModel::NoticeIdRole).toString();
        QCOMPARE(page.noticeView()->currentId(), id);
        QCOMPARE(page.noticeView()->badge()->state(), VerificationState::Verified);
        QVERIFY(list->model()->index(0, 0).data(NoticeListModel::ReadRole).toBool());
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(page.noticeView()->currentId(),
                 list->model()->index(1, 0).data(NoticeListModel::NoticeIdRole).toString());

        auto *unread = page.findChild<QCheckBox *>(QStringLiteral("unreadCheck"));
        unread->setChecked(true);
        QCOMPARE(list->model()->rowCount(), 2);
        unread->setChecked(false);
        auto *action = page.findChild<QCheckBox *>(QStringLiteral("actionRequiredCheck"));
        action->setChecked(true);
        QCOMPARE(list->model()->rowCount(), 2);
        action->setChecked(false);

        // A new notice keeps the selection.
        const QString selected = page.noticeView()->currentId();
        QVERIFY(fixture.publish({NoticeFixture::notice(5, QStringLiteral("Neu"))}).ok());
        QCOMPARE(list->model()->rowCount(), 5);
        QCOMPARE(list->currentIndex().data(NoticeListModel::NoticeIdRole).toString(), selected);
    }

    void outOfDateNotice()
    {
        StoreFixture account;
        NoticeFixture fixture;
        QVERIFY(account.ok() && fixture.ok());
        QVERIFY(fixture.installKeyList().ok());
        ui::NoticeServices services;
        services.store = fixture.store();
        NoticesPage page(account.store(), services);
        QVERIFY(!page.staleText().isEmpty()); // never fetched yet
        const QDateTime refreshed = QDateTime::currentDateTimeUtc();
        QVERIFY(fixture.store()->setLastRefresh(refreshed).ok());
        QVERIFY2(page.staleText().isEmpty(), qPrintable(page.staleText())); // cleared at once
        page.refreshStaleness(refreshed.addSecs(3600));
        QVERIFY(page.staleText().isEmpty());
        page.refreshStaleness(refreshed.addDays(3));
        QVERIFY2(page.staleText().startsWith(QStringLiteral("As of ")),
                 qPrintable(page.staleText()));
        QVERIFY(
            page.staleText().contains(QStringLiteral("no connection to the server for 3 day(s)")));
        // The key list (valid for a year) expired as well.
        page.refreshStaleness(refreshed.addDays(400));
        QVERIFY(page.staleText().contains(QStringLiteral("The key list expired on")));
    }

    void notificationOnNewNotices()
    {
        NoticeFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.installKeyList().ok());
        RecordingNotifier recorder;
        ui::NoticeNotifier notifier(fixture.store(), &recorder);
        QCOMPARE(recorder.unread, 0);

        QVERIFY(fixture.publish({NoticeFixture::demoNotices().first()}).ok());
        QCOMPARE(recorder.shown.size(), 1);
        QCOMPARE(recorder.shown.first().title, QStringLiteral("Important notice (Urgent)"));
        QCOMPARE(recorder.shown.first().message,
                 QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08."));
        QCOMPARE(recorder.unread, 1);

        QVERIFY(fixture.publish(NoticeFixture::demoNotices().mid(1)).ok());
        QCOMPARE(recorder.shown.size(), 2);
        QCOMPARE(recorder.shown.last().title, QStringLiteral("3 new important notice(s)"));
        QVERIFY(recorder.shown.last().message.contains(QStringLiteral("PayPal PLUS")));
        QCOMPARE(recorder.unread, 4);

        // Nothing new: no notification.
        QVERIFY(fixture.store()->markRead(QStringLiteral("2026-0002")).ok());
        QCOMPARE(recorder.shown.size(), 2);
        QCOMPARE(recorder.unread, 3);
    }
};

QTEST_MAIN(TestNoticesPage)
#include "tst_noticespage.moc"
