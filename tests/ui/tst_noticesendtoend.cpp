// The notices as a newcomer sees them, against the real notabene-server on loopback (keys init,
// demo-data --keys, serve --keys; the client trusts the server's exported roots): the demo
// notices arrive verified under banners in their product's colour, stay verified offline, one
// is acknowledged (pending until the next sync), a ticket is opened for another (its number is
// shown), the demo patch is downloaded with its size and hash checked (never executable), and a
// row edited in the SQLite file shows as altered.
#include "apiclient.h"
#include "client/patchdownload.h"
#include "client/tickets.h"
#include "noticefixture.h"
#include "noticeserver.h"
#include "ui/noticebanner.h"
#include "ui/noticebrowser.h"
#include "ui/noticelistmodel.h"
#include "ui/noticespage.h"
#include "ui/noticeview.h"
#include "ui/ticketdialog.h"
#include "ui/verificationbadge.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace nb;
using namespace nbtest;
using nb::ui::NoticeListModel;

class TestNoticesEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = skipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_api = std::make_unique<ApiClient>(m_server.process());
        NB_SIGN_IN(*m_api, demo::musterAdmin);
        QVERIFY(m_folder.isValid() && m_downloads.isValid());
        m_client = std::make_unique<NoticeClient>(m_server.process().url(), m_api->token(),
                                                  m_server.roots(), m_folder.path());
        QVERIFY(m_client->engine);
        const bool synced = m_client->sync();
        if (!synced) { // what went out and what came back
            for (const FaultTransport::Exchange &exchange : m_client->faults.log())
                qWarning("%s %s -> %d", exchange.method.constData(), qPrintable(exchange.path),
                         exchange.status);
        }
        QVERIFY(synced);
        m_tickets = std::make_unique<client::TicketService>(&m_client->faults);
        m_patches = std::make_unique<client::PatchDownloader>(&m_client->faults);
        ui::NoticeServices services;
        services.store = m_client->notices.get();
        services.tickets = m_tickets.get();
        services.patches = m_patches.get();
        services.openUrl = [this](const QUrl &url) {
            m_opened.append(url);
        };
        services.chooseDownloadFolder = [this](QWidget *) {
            return m_downloads.path();
        };
        m_page = std::make_unique<ui::NoticesPage>(m_client->store.get(), services);
        m_page->resize(1000, 800);
        m_page->show();
    }

    void demoNoticesVerifiedUnderColouredBanners()
    {
        NoticeListModel *model = m_page->model();
        QVERIFY(model->totalCount() >= 5);
        const auto products = m_client->store->products();
        QVERIFY(products && !products->isEmpty());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, NoticeListModel::VerificationColumn);
            QCOMPARE(index.data(NoticeListModel::VerificationStateRole).toInt(),
                     int(VerificationState::Verified));
        }
        QVERIFY(m_page->selectNotice(model->noticeRow(0).id));
        ui::NoticeView *view = m_page->noticeView();
        QCOMPARE(view->badge()->state(), VerificationState::Verified);
        const QString product = model->noticeRow(0).products.first();
        for (const client::ProductInfo &info : *products) {
            if (info.code == product)
                QCOMPARE(view->banner()->backgroundColor(), QColor(info.color));
        }
        QVERIFY(view->banner()->contrastRatio() >= 4.5);
        QVERIFY(!view->body()->toPlainText().isEmpty());
    }

    void acknowledgePendingUntilSynced()
    {
        const QString id = m_page->model()->noticeRow(1).id;
        QVERIFY(m_page->selectNotice(id));
        ui::NoticeView *view = m_page->noticeView();
        auto *button = view->findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
        auto *label = view->findChild<QLabel *>(QStringLiteral("acknowledgedLabel"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(label->text().contains(QStringLiteral("pending")));
        QVERIFY(m_client->sync());
        QCOMPARE(view->currentId(), id);
        QVERIFY2(label->text().startsWith(QStringLiteral("Acknowledged on")),
                 qPrintable(label->text()));
        QVERIFY(!label->text().contains(QStringLiteral("pending")));
        // The server has it.
        const Reply reply = m_api->get(QStringLiteral("/api/v1/notices/") + id);
        QCOMPARE(reply.json().value(QLatin1String("acknowledgements")).toArray().size(), 1);
    }

    void ticketShowsItsNumber()
    {
        const QString id = m_page->model()->noticeRow(2).id;
        QVERIFY(m_page->selectNotice(id));
        ui::NoticeView *view = m_page->noticeView();
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("ticketButton")),
                          Qt::LeftButton);
        ui::TicketDialog *dialog = view->ticketDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit")),
                         QStringLiteral("Betrifft uns das?"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendButton")),
                          Qt::LeftButton);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !dialog->ticketNumber().isEmpty() ||
                status->text().startsWith(QStringLiteral("The ticket was not")),
            15000);
        QVERIFY2(dialog->ticketNumber().startsWith(QStringLiteral("SR-")),
                 qPrintable(status->text()));
        QVERIFY(status->text().contains(dialog->ticketNumber()));
        dialog->close();
    }

    void patchDownloadedAndChecked()
    {
        // The demo's security notice carries the patch.
        QString id;
        NoticeListModel *model = m_page->model();
        for (int row = 0; row < model->rowCount() && id.isEmpty(); ++row) {
            const auto stored = m_client->notices->notice(model->noticeRow(row).id);
            QVERIFY(stored && *stored);
            const NoticeVerification verified = m_client->notices->verify((*stored)->envelope);
            if (verified.notice && !verified.notice->patches.isEmpty())
                id = verified.notice->id;
        }
        QVERIFY(!id.isEmpty());
        QVERIFY(m_page->selectNotice(id));
        ui::NoticeView *view = m_page->noticeView();
        auto *patches = view->findChild<QTreeWidget *>(QStringLiteral("patchList"));
        QCOMPARE(patches->topLevelItemCount(), 1);
        const QString fileName = patches->topLevelItem(0)->text(0);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("downloadButton")),
                          Qt::LeftButton);
        auto *status = view->findChild<QLabel *>(QStringLiteral("patchStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved as")), 15000);
        const QFileInfo saved(QDir(m_downloads.path()).filePath(fileName));
        QVERIFY(saved.exists());
        QVERIFY(!saved.isExecutable());
        auto *showInFolder = view->findChild<QPushButton *>(QStringLiteral("showInFolderButton"));
        QVERIFY(showInFolder->isVisible());
        QTest::mouseClick(showInFolder, Qt::LeftButton);
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(QDir(m_opened.first().toLocalFile()).canonicalPath(),
                 QDir(m_downloads.path()).canonicalPath()); // the folder, never the file
    }

    void verifiedOfflineAndAlteredRowShown()
    {
        m_server.stop();
        QVERIFY(!m_client->sync()); // offline
        const QString id = m_page->model()->noticeRow(0).id;
        QVERIFY(m_page->selectNotice(id));
        QCOMPARE(m_page->noticeView()->badge()->state(), VerificationState::Verified);

        const QString other = m_page->model()->noticeRow(3).id;
        QVERIFY(tamperStoredEnvelope(m_folder.filePath(QStringLiteral("notices.sqlite")), other,
                                     QStringLiteral("Bitte Anhang öffnen")));
        QVERIFY(m_page->selectNotice(other));
        QCOMPARE(m_page->noticeView()->badge()->state(), VerificationState::Invalid);
        QCOMPARE(m_page->noticeView()->badge()->text(),
                 QStringLiteral("Invalid signature – the content was altered"));
        QVERIFY(m_page->noticeView()->body()->toPlainText().isEmpty());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_patches.reset();
        m_tickets.reset();
        m_client.reset();
    }

private:
    NoticeServer m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_folder;
    QTemporaryDir m_downloads;
    std::unique_ptr<NoticeClient> m_client;
    std::unique_ptr<client::TicketService> m_tickets;
    std::unique_ptr<client::PatchDownloader> m_patches;
    std::unique_ptr<ui::NoticesPage> m_page;
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestNoticesEndToEnd)
#include "tst_noticesendtoend.moc"
