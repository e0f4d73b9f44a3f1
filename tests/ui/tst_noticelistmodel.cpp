// The "Wichtige Hinweise" inbox model over a real NoticeStore with notices signed in the test:
// QAbstractItemModelTester, lazy paging, every filter and the search, unread in bold, the
// product's colour, act-by with days left, and the verification state per row.
#include "noticefixture.h"
#include "ui/noticelistmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QTest>

using namespace nb;
using nb::ui::NoticeListModel;

namespace {
QList<Notice> manyNotices(int count)
{
    QList<Notice> notices;
    for (int i = 1; i <= count; ++i) {
        Notice notice = NoticeFixture::notice(i, QStringLiteral("Hinweis Nummer %1").arg(i));
        if (i % 2 == 0)
            notice.products = {QStringLiteral("shop")};
        if (i % 5 == 0)
            notice.category = QStringLiteral("security");
        if (i == 777)
            notice.body = QStringLiteral("Der Zahlungsanbieter Quetzalcoatl ändert seine API.");
        notices.append(notice);
    }
    return notices;
}
} // namespace

class TestNoticeListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lazyWithModelTester()
    {
        NoticeFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.installKeyList().ok());
        QVERIFY(fixture.publish(manyNotices(1000)).ok());

        NoticeListModel model(fixture.store());
        QCOMPARE(model.totalCount(), 1000);
        QVERIFY(model.rowCount() < 1000); // never loads everything at once
        QCOMPARE(model.rowCount(), NoticeListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        // Newest first.
        QCOMPARE(model.index(0, NoticeListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Hinweis Nummer 1000"));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * NoticeListModel::kPageSize);
        {
            // The tester pages on by itself (canFetchMore/fetchMore), then watches the changes.
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            while (model.canFetchMore({}))
                model.fetchMore({});
            QCOMPARE(model.rowCount(), 1000);
            QCOMPARE(model.index(999, NoticeListModel::SubjectColumn).data().toString(),
                     QStringLiteral("Hinweis Nummer 1"));

            // Changes in the store keep the loaded rows, in place.
            QVERIFY(fixture.store()->markRead(QStringLiteral("2026-0001")).ok());
            QCOMPARE(model.rowCount(), 1000);
            QVERIFY(model.index(999, 0).data(NoticeListModel::ReadRole).toBool());
        }
        // A new notice resets to the top (a reset of a lazy model: checked by a fresh tester).
        QVERIFY(fixture.publish({NoticeFixture::notice(1001, QStringLiteral("Neu"))}).ok());
        QCOMPARE(model.totalCount(), 1001);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Neu"));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1001);
    }

    void filtersAndSearch()
    {
        NoticeFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.installKeyList().ok());
        QVERIFY(fixture.publish(manyNotices(1000)).ok());
        NoticeListModel model(fixture.store());
        // A fresh tester after each reset: the 6.4 tester runs its checks (which call fetchMore)
        // before it has noted the end of a reset, so it cannot watch a lazy model's resets.
        auto check = [&model] {
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        };

        client::NoticeFilter filter;
        filter.product = QStringLiteral("shop");
        model.setFilter(filter);
        check();
        QCOMPARE(model.totalCount(), 500);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Hinweis Nummer 1000"));

        filter = {};
        filter.category = QStringLiteral("security");
        model.setFilter(filter);
        check();
        QCOMPARE(model.totalCount(), 200);
        filter.product = QStringLiteral("fiskal"); // odd multiples of five
        model.setFilter(filter);
        check();
        QCOMPARE(model.totalCount(), 100);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Hinweis Nummer 995"));

        filter = {};
        filter.text = QStringLiteral("Quetzal"); // prefix of a word in the body
        model.setFilter(filter);
        check();
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(NoticeListModel::NoticeIdRole).toString(),
                 QStringLiteral("2026-0777"));
        filter.text = QStringLiteral("gibtesnicht");
        model.setFilter(filter);
        check();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        filter = {};
        QVERIFY(fixture.store()->markRead(QStringLiteral("2026-1000")).ok());
        QVERIFY(fixture.store()->markRead(QStringLiteral("2026-0999")).ok());
        filter.unreadOnly = true;
        model.setFilter(filter);
        check();
        QCOMPARE(model.totalCount(), 998);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Hinweis Nummer 998"));

        filter = {};
        filter.actionRequired = true; // none is urgent or has an act-by date
        model.setFilter(filter);
        check();
        QCOMPARE(model.totalCount(), 0);
    }

    void rowsShowWhatMatters()
    {
        NoticeFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.installKeyList().ok());
        QVERIFY(fixture.publish(NoticeFixture::demoNotices()).ok());
        QVERIFY(fixture.tamperEnvelope(QStringLiteral("2026-0002"),
                                       QStringLiteral("Bitte Patch aus dem Anhang ausführen")));
        NoticeListModel model(fixture.store());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProducts(
            {{QStringLiteral("fiskal"), {QStringLiteral("Fiskal-Connector"), QColor(0x0B5CAD)}},
             {QStringLiteral("shop"), {QStringLiteral("Shop"), QColor(0xC0392B)}}});
        model.setToday(QDate(2026, 7, 27));

        client::NoticeFilter filter;
        filter.actionRequired = true; // urgent or with an act-by date, not resolved
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 2);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 4);

        const int fiskal = model.rowOfId(QStringLiteral("2026-0001"));
        QVERIFY(fiskal >= 0);
        QVERIFY(model.index(fiskal, 0).data(Qt::FontRole).value<QFont>().bold()); // unread
        QCOMPARE(model.index(fiskal, NoticeListModel::ProductColumn).data().toString(),
                 QStringLiteral("Fiskal-Connector"));
        QCOMPARE(model.index(fiskal, NoticeListModel::ProductColumn)
                     .data(Qt::DecorationRole)
                     .value<QColor>(),
                 QColor(0x0B5CAD));
        QCOMPARE(model.index(fiskal, NoticeListModel::SeverityColumn).data().toString(),
                 QStringLiteral("Urgent"));
        QVERIFY(model.index(fiskal, NoticeListModel::ActByColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("(5 day(s) left)")));
        QCOMPARE(
            model.index(fiskal, NoticeListModel::ActByColumn).data(NoticeListModel::DaysLeftRole),
            QVariant(qint64(5)));
        // The thread's status: the follow-up says "in progress".
        QCOMPARE(model.index(fiskal, NoticeListModel::StatusColumn).data().toString(),
                 QStringLiteral("In progress"));
        QCOMPARE(model.index(fiskal, NoticeListModel::VerificationColumn)
                     .data(NoticeListModel::VerificationStateRole)
                     .toInt(),
                 int(VerificationState::Verified));
        QVERIFY(model.index(fiskal, NoticeListModel::VerificationColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Verified (key ")));
        QVERIFY(!model.index(fiskal, NoticeListModel::VerificationColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());

        const int paypal = model.rowOfId(QStringLiteral("2026-0002"));
        QCOMPARE(model.index(paypal, NoticeListModel::VerificationColumn)
                     .data(NoticeListModel::VerificationStateRole)
                     .toInt(),
                 int(VerificationState::Invalid));
        QCOMPARE(model.index(paypal, NoticeListModel::VerificationColumn).data(Qt::ToolTipRole),
                 QVariant(QStringLiteral("Invalid signature – the content was altered")));

        model.setToday(QDate(2026, 8, 3));
        QVERIFY(model.index(fiskal, NoticeListModel::ActByColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("(2 day(s) overdue)")));
        QVERIFY(
            model.index(fiskal, NoticeListModel::ActByColumn).data(Qt::ForegroundRole).isValid());

        QVERIFY(fixture.store()->markRead(QStringLiteral("2026-0001")).ok());
        QVERIFY(!model.index(fiskal, 0).data(Qt::FontRole).value<QFont>().bold());
    }
};

QTEST_MAIN(TestNoticeListModel)
#include "tst_noticelistmodel.moc"
