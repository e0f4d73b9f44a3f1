// The staff's list of mailings: columns and German-first state labels, in-place refresh (the
// selection survives), reset when the mailings change, and the model contract
// (QAbstractItemModelTester).
#include "ui/mailinglistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace nb;
using nb::ui::MailingListModel;

namespace {
client::MailingSummary summary(qint64 id, const QString &state, const QString &subject)
{
    client::MailingSummary mailing;
    mailing.id = id;
    mailing.state = state;
    mailing.subject = subject;
    mailing.author = QStringLiteral("staff@notabene.example");
    mailing.lastEditor = mailing.author;
    if (state != QLatin1String("draft"))
        mailing.approvedBy = QStringLiteral("approver@notabene.example");
    mailing.updatedAt = QDateTime(QDate(2026, 7, 20), QTime(9, 0), Qt::UTC);
    mailing.version = 3;
    return mailing;
}

QList<client::MailingSummary> threeMailings()
{
    return {summary(3, QStringLiteral("draft"), QString()),
            summary(2, QStringLiteral("approved"),
                    QStringLiteral("Wichtige Änderungen an PayPal PLUS")),
            summary(1, QStringLiteral("sent"),
                    QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08.2026"))};
}
} // namespace

class TestMailingListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsAndLabels()
    {
        MailingListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMailings(threeMailings());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(MailingListModel::ColumnCount));
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, MailingListModel::SubjectColumn), QStringLiteral("(no subject)"));
        QCOMPARE(text(0, MailingListModel::StateColumn), QStringLiteral("Draft"));
        QCOMPARE(text(1, MailingListModel::StateColumn), QStringLiteral("Approved"));
        QCOMPARE(text(2, MailingListModel::StateColumn), QStringLiteral("Sent"));
        QCOMPARE(text(2, MailingListModel::SubjectColumn),
                 QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08.2026"));
        QCOMPARE(text(1, MailingListModel::AuthorColumn), QStringLiteral("staff@notabene.example"));
        QCOMPARE(text(0, MailingListModel::ApproverColumn), QString());
        QCOMPARE(text(1, MailingListModel::ApproverColumn),
                 QStringLiteral("approver@notabene.example"));
        QVERIFY(!text(1, MailingListModel::UpdatedColumn).isEmpty());
        QCOMPARE(model.index(1, MailingListModel::UpdatedColumn)
                     .data(MailingListModel::SortRole)
                     .toDateTime(),
                 QDateTime(QDate(2026, 7, 20), QTime(9, 0), Qt::UTC));
        QCOMPARE(model.index(2, 0).data(MailingListModel::IdRole).toLongLong(), 1);
        QCOMPARE(model.index(1, 0).data(MailingListModel::StateRole).toString(),
                 QStringLiteral("approved"));
        QCOMPARE(model.headerData(MailingListModel::StateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("State"));
        QCOMPARE(model.headerData(MailingListModel::ApproverColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Approved by"));
        QCOMPARE(model.rowOfId(2), 1);
        QCOMPARE(model.rowOfId(42), -1);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    }

    void sameMailingsChangeInPlace()
    {
        MailingListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMailings(threeMailings());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QList<client::MailingSummary> next = threeMailings();
        next[0].state = QStringLiteral("approved");
        next[0].approvedBy = QStringLiteral("approver@notabene.example");
        model.setMailings(next);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.index(0, MailingListModel::StateColumn).data().toString(),
                 QStringLiteral("Approved"));

        next.prepend(summary(4, QStringLiteral("draft"), QStringLiteral("Neu")));
        model.setMailings(next);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        model.setMailings({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 2);
    }

    void unknownStateShownAsIs()
    {
        MailingListModel model;
        model.setMailings({summary(9, QStringLiteral("archived"), QStringLiteral("x"))});
        QCOMPARE(model.index(0, MailingListModel::StateColumn).data().toString(),
                 QStringLiteral("archived"));
        QVERIFY(!model.index(1, 0).isValid());
        QVERIFY(!model.index(0, MailingListModel::ColumnCount).isValid());
    }
};

QTEST_MAIN(TestMailingListModel)
#include "tst_mailinglistmodel.moc"
