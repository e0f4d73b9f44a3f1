// "Open support ticket" for a notice: prefilled with the notice reference; when the server
// cannot be reached the translated message is shown and everything typed is kept.
#include "client/networktransport.h"
#include "client/tickets.h"
#include "ui/ticketdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace nb;
using nb::ui::TicketDialog;

class TestTicketDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefilledAndKeepsTextOnNetworkError()
    {
        // A port where nothing listens: the server is down.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QNetworkAccessManager network;
        client::NetworkTransport transport(&network,
                                           QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        client::TicketService service(&transport);

        TicketDialog dialog(&service, QStringLiteral("2026-0001"),
                            QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08."));
        dialog.show();
        auto *subject = dialog.findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
        auto *message = dialog.findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"));
        auto *send = dialog.findChild<QPushButton *>(QStringLiteral("sendButton"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QCOMPARE(subject->text(),
                 QStringLiteral("Question about notice 2026-0001: DRINGEND: Update des "
                                "Fiskal-Connectors bis 01.08."));
        QVERIFY(!send->isEnabled()); // no message yet
        QTest::keyClicks(message, QStringLiteral("Gilt das auch fuer Version 2.3?"));
        QVERIFY(send->isEnabled());

        QSignalSpy created(&dialog, &TicketDialog::ticketCreated);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().startsWith(QStringLiteral("The ticket was not created")), 10000);
        QCOMPARE(message->toPlainText(), QStringLiteral("Gilt das auch fuer Version 2.3?"));
        QVERIFY(subject->text().startsWith(QStringLiteral("Question about notice 2026-0001")));
        QVERIFY(!message->isReadOnly());
        QVERIFY(send->isEnabled()); // try again
        QCOMPARE(created.count(), 0);
        QVERIFY(dialog.ticketNumber().isEmpty());
        QVERIFY(dialog.isVisible());
    }

    void longSubjectsAreCut()
    {
        const QString subject = TicketDialog::defaultSubject(QStringLiteral("2026-0001"),
                                                             QString(300, QLatin1Char('x')));
        QCOMPARE(subject.size(), 200);
    }
};

QTEST_MAIN(TestTicketDialog)
#include "tst_ticketdialog.moc"
