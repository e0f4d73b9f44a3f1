// The staff area as a newcomer uses it, against the real notabene-server on loopback (keys init,
// the demo world with its signed notices, serve --keys --smtp to a real SMTP server on loopback):
// staff@notabene.example composes a DRINGEND mailing in the editor and sees the live lint, saves
// it, cannot approve it themselves (button disabled, the server's 403 explained), sees the
// preview as sent (inbox line, HTML with the "Wichtiger Hinweis" banner at desktop and phone
// width, text part, the notice in the app, "Vorschau als" a company), the recipients of the demo
// companies with their sources, search, exclusions and CSV export, and sends a test that arrives
// in the SMTP sink; approver@notabene.example approves it in their own window; staff sends it
// (after a confirmation naming the recipients and companies); every recipient's mail arrives in
// the sink, the notice in the demo customer's inbox, and the results show the deliveries, the
// customer's acknowledgement, and the read of the customer who opened the notice in their
// desktop client (store, sync engine and notice view over the same server).
#include "apiclient.h"
#include "client/networktransport.h"
#include "client/staffservice.h"
#include "client/trustedroots.h"
#include "noticeserver.h"
#include "serverprocess.h"
#include "smtpsink.h"
#include "ui/lintpanel.h"
#include "ui/mailingeditor.h"
#include "ui/mailinglistmodel.h"
#include "ui/mailingpreview.h"
#include "ui/mailingresultsview.h"
#include "ui/mailingspage.h"
#include "ui/noticebanner.h"
#include "ui/noticebrowser.h"
#include "ui/noticeview.h"
#include "ui/recipientsmodel.h"
#include "ui/recipientsview.h"
#include "ui/spamscorewidget.h"
#include "ui/verificationbadge.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace nb;
using namespace nbtest;
using nb::ui::MailingsPage;
using nb::ui::RecipientsModel;

#define NB_TRY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 30000)

namespace {

const QString approver = QStringLiteral("approver@notabene.example");

// notabene-server with signing keys, the demo world and its signed notices, delivering through
// a real SMTP server on loopback (tests/support/smtpsink.py).
class StaffServer
{
public:
    bool start()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder"));
        if (!m_sink.start())
            return fail(QStringLiteral("SMTP sink: ") + m_sink.errorString());
        const QString keys = m_dir.filePath(QStringLiteral("keys"));
        if (!initKeyFolder(keys, &m_error))
            return false;
        // What a customer's client built for this server trusts.
        const CommandResult exported =
            runServerCommand({QStringLiteral("keys"), QStringLiteral("export-roots"),
                              QStringLiteral("--dir"), keys});
        auto roots = client::parseTrustedRoots(exported.out);
        if (exported.exitCode != 0 || !roots)
            return fail(QStringLiteral("keys export-roots: ") +
                        QString::fromUtf8(exported.err + exported.out));
        m_roots = *roots;
        m_process = std::make_unique<ServerProcess>(
            QStringList{QStringLiteral("--keys"), keys, QStringLiteral("--smtp"), m_sink.url()});
        if (!m_process->start())
            return fail(m_process->errorString());
        const CommandResult demo =
            runServerCommand({QStringLiteral("demo-data"), QStringLiteral("--db"),
                              m_process->database().url(), QStringLiteral("--keys"), keys});
        if (demo.exitCode != 0)
            return fail(QStringLiteral("demo-data --keys: ") + QString::fromUtf8(demo.err));
        return true;
    }

    ServerProcess &process() { return *m_process; }
    const SmtpSink &sink() const { return m_sink; }
    QList<signing::PublicKey> roots() const { return m_roots; }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    QTemporaryDir m_dir;
    SmtpSink m_sink;
    std::unique_ptr<ServerProcess> m_process;
    QList<signing::PublicKey> m_roots;
    QString m_error;
};

// One staff member's desktop: transport with their session, StaffService, the Pflichtmailings
// page (dialogs replaced by the test).
struct StaffDesk
{
    StaffDesk(const QUrl &url, const QByteArray &token, const QString &email,
              const QStringList &domains)
        : transport(&manager, url)
        , service(signedIn(&transport, token))
        , page(&service) // loads the list at once: the token must be set before
    {
        page.setCurrentUser(email);
        page.setVendorDomains(domains);
        page.resize(1400, 900);
        page.show();
    }

    static client::Transport *signedIn(client::Transport *transport, const QByteArray &token)
    {
        transport->setToken(token);
        return transport;
    }

    ui::MailingEditor *editor() const { return page.editor(); }
    QPushButton *button(const char *name) const
    {
        return editor()->findChild<QPushButton *>(QLatin1String(name));
    }

    QNetworkAccessManager manager;
    client::NetworkTransport transport;
    client::StaffService service;
    MailingsPage page;
};

QStringList findingCodes(const ui::LintPanel *panel)
{
    QStringList codes;
    for (const lint::Finding &finding : panel->findings())
        codes.append(finding.code);
    return codes;
}

} // namespace

class TestStaffEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = skipReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_api = std::make_unique<ApiClient>(m_server.process());
        NB_SIGN_IN(*m_api, demo::staff);
        const Reply branding = m_api->get(QStringLiteral("/api/v1/branding"));
        NB_VERIFY_STATUS(branding, 200);
        for (const QJsonValue &domain : branding.json().value(QStringLiteral("domains")).toArray())
            m_domains.append(domain.toString());
        QVERIFY(!m_domains.isEmpty());
        m_staff = std::make_unique<StaffDesk>(m_server.process().url(), m_api->token(), demo::staff,
                                              m_domains);
        m_staff->editor()->setConfirm([this](QWidget *, const QString &text) {
            m_confirmations.append(text);
            return true;
        });
        m_staff->editor()->setAddressPrompt([](QWidget *) {
            return std::optional<QString>(QStringLiteral("test@notabene.example"));
        });
        m_today = QDate::currentDate();
        m_actBy = m_today.addDays(7);
    }

    void composeUrgentMailingWithLiveLint()
    {
        MailingsPage &page = m_staff->page;
        ui::MailingEditor *editor = m_staff->editor();
        auto *products = editor->findChild<QListWidget *>(QStringLiteral("productList"));
        NB_TRY(products->count() >= 5); // the demo products
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("newButton")),
                          Qt::LeftButton);
        QVERIFY(!page.isShowingList());
        QCOMPARE(editor->stateText(), QStringLiteral("New mailing — not saved yet."));
        QVERIFY(!m_staff->button("saveButton")->isEnabled());

        QList<QListWidgetItem *> tse =
            products->findItems(QStringLiteral("Cloud-TSE"), Qt::MatchExactly);
        QCOMPARE(tse.size(), 1);
        tse.first()->setCheckState(Qt::Checked);
        auto *category = editor->findChild<QComboBox *>(QStringLiteral("categoryCombo"));
        category->setCurrentIndex(category->findData(QStringLiteral("maintenance-and-outages")));
        auto *severity = editor->findChild<QComboBox *>(QStringLiteral("severityCombo"));
        severity->setCurrentIndex(severity->findData(QStringLiteral("urgent")));
        editor->findChild<QCheckBox *>(QStringLiteral("noDeadlineCheck"))->setChecked(false);
        editor->findChild<QDateEdit *>(QStringLiteral("actByEdit"))->setDate(m_actBy);
        const QString date = m_actBy.toString(QStringLiteral("dd.MM.yyyy"));
        auto *subject = editor->findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
        QTest::keyClicks(subject, QStringLiteral("Wartungsfenster der Cloud-TSE am %1").arg(date));
        auto *body = editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
        body->insertPlainText(
            QStringLiteral("Am %1 ist die Cloud-TSE von 22 bis 23 Uhr wegen Wartungsarbeiten "
                           "nicht erreichbar. Bitte schließen Sie Ihre Kassen vorher ab. "
                           "Fragen beantwortet der Support über ein Support-Ticket.")
                .arg(date));
        editor->findChild<QLineEdit *>(QStringLiteral("linkEdit"))
            ->setText(QStringLiteral("https://%1/status/cloud-tse").arg(m_domains.first()));

        // The act-by date is within 14 days: the subject must say DRINGEND.
        ui::LintPanel *lint = editor->lintPanel();
        QVERIFY2(findingCodes(lint).contains(QStringLiteral("subject-urgent-missing")),
                 qPrintable(findingCodes(lint).join(QLatin1Char(','))));
        QVERIFY(lint->hasErrors());
        subject->home(false);
        QTest::keyClicks(subject, QStringLiteral("DRINGEND: "));
        m_subject = QStringLiteral("DRINGEND: Wartungsfenster der Cloud-TSE am %1").arg(date);
        QCOMPARE(subject->text(), m_subject);
        QVERIFY2(!lint->hasErrors(), qPrintable(findingCodes(lint).join(QLatin1Char(','))));
        QVERIFY(!m_staff->button("approveButton")->isEnabled()); // not saved yet

        QTest::mouseClick(m_staff->button("saveButton"), Qt::LeftButton);
        NB_TRY(editor->mailingId() != 0 && !editor->isBusy());
        m_id = editor->mailingId();
        QVERIFY2(editor->stateText().startsWith(QStringLiteral("Draft — last changed by ") +
                                                demo::staff),
                 qPrintable(editor->stateText()));
        QVERIFY(!editor->isModified());
        QVERIFY(editor->mailing()->lint.isEmpty() ||
                !lint::blocksApproval(editor->mailing()->lint)); // the server agrees
        const Reply stored = m_api->get(QStringLiteral("/api/v1/staff/mailings/%1").arg(m_id));
        NB_VERIFY_STATUS(stored, 200);
        const QJsonObject draft = stored.json().value(QStringLiteral("draft")).toObject();
        QCOMPARE(draft.value(QStringLiteral("subject")).toString(), m_subject);
        QCOMPARE(draft.value(QStringLiteral("severity")).toString(), QStringLiteral("urgent"));
        QCOMPARE(draft.value(QStringLiteral("actBy")).toString(), m_actBy.toString(Qt::ISODate));
        QCOMPARE(draft.value(QStringLiteral("products")).toArray(),
                 QJsonArray{QStringLiteral("cloud-tse")});
        // The list shows it as a draft.
        NB_TRY(page.model()->rowOfId(m_id) >= 0);
        const int row = page.model()->rowOfId(m_id);
        QCOMPARE(page.model()->index(row, ui::MailingListModel::StateColumn).data().toString(),
                 QStringLiteral("Draft"));
    }

    void ownMailingCannotBeApproved()
    {
        ui::MailingEditor *editor = m_staff->editor();
        QVERIFY(m_id != 0);
        QVERIFY(!editor->mailing()->canApprove);
        QVERIFY(!m_staff->button("approveButton")->isEnabled());
        auto *hint = editor->findChild<QLabel *>(QStringLiteral("approveHintLabel"));
        QVERIFY2(hint->text().contains(QStringLiteral("four-eyes")), qPrintable(hint->text()));
        // Asked anyway, the server refuses with 403 and the editor explains it.
        editor->approve();
        NB_TRY(!editor->isBusy());
        QVERIFY2(editor->messageText().contains(QStringLiteral("four-eyes")),
                 qPrintable(editor->messageText()));
        const Reply stored = m_api->get(QStringLiteral("/api/v1/staff/mailings/%1").arg(m_id));
        QCOMPARE(stored.json().value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    }

    void previewShowsTheMailAsSent()
    {
        MailingsPage &page = m_staff->page;
        QVERIFY(page.isTabEnabled(MailingsPage::Tab::Preview));
        ui::MailingPreview *preview = page.preview();
        QSignalSpy loaded(preview, &ui::MailingPreview::loaded);
        QSignalSpy failed(preview, &ui::MailingPreview::failed);
        page.showTab(MailingsPage::Tab::Preview);
        NB_TRY(loaded.size() + failed.size() >= 1);
        QVERIFY2(preview->preview().has_value(), qPrintable(preview->statusText()));
        const client::MailPreview &mail = *preview->preview();
        QCOMPARE(mail.subject, m_subject);
        QCOMPARE(mail.inboxSubject, m_subject);
        QVERIFY(!mail.inboxSender.isEmpty());
        QVERIFY(mail.snippet.startsWith(QStringLiteral("Am ")));
        QCOMPARE(mail.to, demo::staff);
        QVERIFY(mail.html.contains(QStringLiteral("Wichtiger Hinweis")));
        QVERIFY(mail.html.contains(m_subject.toHtmlEscaped()) || mail.html.contains(m_subject));
        QVERIFY(mail.text.contains(QStringLiteral("Support-Ticket")));
        QCOMPARE(preview->findChild<QLabel *>(QStringLiteral("inboxSubjectLabel"))->text(),
                 m_subject);
        QVERIFY(preview->desktopBrowser()->toPlainText().contains(m_subject));
        QVERIFY(
            preview->desktopBrowser()->toPlainText().contains(QStringLiteral("Wichtiger Hinweis")));
        QVERIFY(preview->phoneBrowser()->toPlainText().contains(m_subject));
        QCOMPARE(preview->desktopBrowser()->width(), 800);
        QCOMPARE(preview->phoneBrowser()->width(), 375);
        QVERIFY(preview->textPart().contains(QStringLiteral("Support-Ticket")));
        // The notice as the app will show it, under its banner.
        QVERIFY(preview->notice().has_value());
        QCOMPARE(preview->notice()->subject, m_subject);
        QCOMPARE(preview->findChild<QLabel *>(QStringLiteral("bannerSubjectLabel"))->text(),
                 m_subject);
        QCOMPARE(preview->banner()->backgroundColor(), QColor(QStringLiteral("#7D3C98")));
        QVERIFY(preview->appBody()->toPlainText().contains(QStringLiteral("Wartungsarbeiten")));
        // The spam score of exactly this mail, from SpamAssassin on this machine.
        QTRY_VERIFY_WITH_TIMEOUT(
            preview->spamScore()->summaryText().startsWith(QStringLiteral("Spam score ")), 120'000);
        QVERIFY2(preview->spamScore()->summaryText().contains(QStringLiteral("unlikely")),
                 qPrintable(preview->spamScore()->summaryText()));
        QVERIFY(preview->spamScore()->ruleCount() > 0);

        // "Vorschau als" a demo company: its own recipients.
        NB_TRY(preview->companyCount() >= 2);
        auto *as = preview->findChild<QComboBox *>(QStringLiteral("previewAsCombo"));
        const int muster = as->findText(QStringLiteral("Muster Handel GmbH"), Qt::MatchStartsWith);
        QVERIFY(muster > 0);
        loaded.clear();
        QVERIFY(preview->previewAs(as->itemData(muster).toLongLong()));
        NB_TRY(loaded.size() >= 1);
        QVERIFY(preview->preview()->companyId.has_value());
        QVERIFY(preview->preview()->companyLicensed);
        QVERIFY(preview->preview()->companyRecipients.contains(demo::musterErstkontakt));
        QVERIFY(preview->findChild<QLabel *>(QStringLiteral("companyLabel"))
                    ->text()
                    .contains(demo::musterErstkontakt));
    }

    void recipientsOfTheDemoCompanies()
    {
        MailingsPage &page = m_staff->page;
        ui::RecipientsView *view = page.recipientsView();
        QSignalSpy loaded(view, &ui::RecipientsView::loaded);
        QSignalSpy failed(view, &ui::RecipientsView::failed);
        page.showTab(MailingsPage::Tab::Recipients);
        NB_TRY(loaded.size() + failed.size() >= 1);
        RecipientsModel *model = view->model();
        QVERIFY2(model->rowCount() >= 2, qPrintable(view->statusText()));
        QStringList companies;
        for (int row = 0; row < model->rowCount(); ++row)
            companies.append(model->index(row, 0).data().toString());
        QVERIFY2(companies.contains(QStringLiteral("Muster Handel GmbH")),
                 qPrintable(companies.join(QLatin1Char(','))));
        const QModelIndex musterRow = model->index(
            static_cast<int>(companies.indexOf(QStringLiteral("Muster Handel GmbH"))), 0);
        m_muster = musterRow.data(RecipientsModel::CompanyIdRole).toLongLong();
        const QModelIndex info = model->addressIndex(m_muster, demo::musterErstkontakt);
        QVERIFY(info.isValid());
        QVERIFY(info.data(RecipientsModel::SourcesRole)
                    .toStringList()
                    .contains(QStringLiteral("erstkontakt")));
        QVERIFY(model->index(info.row(), RecipientsModel::SourcesColumn, info.parent())
                    .data()
                    .toString()
                    .contains(QStringLiteral("Primary contact")));
        const qint64 total = model->totals().addresses;
        QVERIFY(total >= 2);
        QVERIFY(view->totalsText().startsWith(QStringLiteral("%1 address(es)").arg(total)));
        const Reply server =
            m_api->get(QStringLiteral("/api/v1/staff/mailings/%1/recipients").arg(m_id));
        NB_VERIFY_STATUS(server, 200);
        QCOMPARE(server.json()
                     .value(QStringLiteral("totals"))
                     .toObject()
                     .value(QStringLiteral("addresses"))
                     .toInteger(),
                 total);

        // Search.
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        loaded.clear();
        search->setText(QStringLiteral("muster"));
        view->applySearchNow();
        NB_TRY(loaded.size() >= 1);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Muster Handel GmbH"));
        loaded.clear();
        search->clear();
        view->applySearchNow();
        NB_TRY(loaded.size() >= 1);
        QCOMPARE(model->rowCount(), companies.size());

        // Exclude the Erstkontakt, then include it again: the server keeps the list.
        QSignalSpy saved(view, &ui::RecipientsView::exclusionsSaved);
        QVERIFY(model->setData(
            model->addressIndex(m_muster, demo::musterErstkontakt, RecipientsModel::ExcludedColumn),
            Qt::Checked, Qt::CheckStateRole));
        NB_TRY(saved.size() == 1 && !view->isLoading());
        Reply exclusions =
            m_api->get(QStringLiteral("/api/v1/staff/mailings/%1/exclusions").arg(m_id));
        NB_VERIFY_STATUS(exclusions, 200);
        const QJsonArray addresses = exclusions.json().value(QStringLiteral("addresses")).toArray();
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(addresses.first().toObject().value(QStringLiteral("address")).toString(),
                 demo::musterErstkontakt);
        QCOMPARE(model->totals().addresses, total - 1);
        QVERIFY(model->setData(
            model->addressIndex(m_muster, demo::musterErstkontakt, RecipientsModel::ExcludedColumn),
            Qt::Unchecked, Qt::CheckStateRole));
        NB_TRY(saved.size() == 2 && !view->isLoading());
        exclusions = m_api->get(QStringLiteral("/api/v1/staff/mailings/%1/exclusions").arg(m_id));
        QVERIFY(exclusions.json().value(QStringLiteral("addresses")).toArray().isEmpty());
        QCOMPARE(model->totals().addresses, total);

        // CSV export: the server's file, written where the user chose.
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("empfaenger.csv"));
        view->setFileChooser([path](QWidget *) { return path; });
        QSignalSpy exported(view, &ui::RecipientsView::exported);
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("exportButton")),
                          Qt::LeftButton);
        NB_TRY(exported.size() == 1 || view->statusText().contains(QStringLiteral("cannot")));
        QFile csv(path);
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(view->statusText()));
        const QByteArray content = csv.readAll();
        QVERIFY(content.contains(demo::musterErstkontakt.toUtf8()));
        QVERIFY(content.count('\n') >= total); // a header and a line per address
    }

    void testSendAsksForAnAddress()
    {
        MailingsPage &page = m_staff->page;
        page.showTab(MailingsPage::Tab::Compose);
        ui::MailingEditor *editor = m_staff->editor();
        QVERIFY(m_staff->button("testSendButton")->isEnabled());
        QTest::mouseClick(m_staff->button("testSendButton"), Qt::LeftButton);
        NB_TRY(!editor->isBusy());
        QVERIFY2(editor->messageText().startsWith(
                     QStringLiteral("Test mail to test@notabene.example queued")),
                 qPrintable(editor->messageText()));
        NB_TRY(m_server.sink().count() == 1);
        const ReceivedMail test = m_server.sink().received().first();
        QCOMPARE(test.rcptTos, QStringList{QStringLiteral("test@notabene.example")});
        QVERIFY(test.message.contains("Notabene-Signature:"));
    }

    void approverApprovesInTheirOwnWindow()
    {
        ApiClient approverApi(m_server.process());
        NB_SIGN_IN(approverApi, approver);
        StaffDesk desk(m_server.process().url(), approverApi.token(), approver, m_domains);
        NB_TRY(desk.page.model()->rowOfId(m_id) >= 0);
        desk.page.openMailing(m_id);
        NB_TRY(desk.editor()->mailingId() == m_id && !desk.editor()->isBusy());
        QVERIFY(desk.editor()->mailing()->canApprove);
        QPushButton *approve = desk.button("approveButton");
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        NB_TRY(!desk.editor()->isBusy() &&
               desk.editor()->mailing()->summary.state == QLatin1String("approved"));
        QVERIFY2(desk.editor()->stateText().startsWith(QStringLiteral("Approved by ") + approver),
                 qPrintable(desk.editor()->stateText()));
        QVERIFY(!approve->isEnabled());
        QVERIFY(desk.button("sendButton")->isEnabled());
    }

    void staffSendsAndSeesTheResults()
    {
        MailingsPage &page = m_staff->page;
        ui::MailingEditor *editor = m_staff->editor();
        page.refresh();
        NB_TRY(page.model()->rowOfId(m_id) >= 0 &&
               page.model()->mailing(page.model()->rowOfId(m_id)).state ==
                   QLatin1String("approved"));
        QCOMPARE(page.model()
                     ->index(page.model()->rowOfId(m_id), ui::MailingListModel::ApproverColumn)
                     .data()
                     .toString(),
                 approver);
        page.openMailing(m_id);
        NB_TRY(!editor->isBusy() && editor->mailing()->summary.state == QLatin1String("approved"));
        QVERIFY(editor->stateText().startsWith(QStringLiteral("Approved by ") + approver));
        QVERIFY(m_staff->button("sendButton")->isEnabled());
        const Reply recipients =
            m_api->get(QStringLiteral("/api/v1/staff/mailings/%1/recipients").arg(m_id));
        const QJsonObject totals = recipients.json().value(QStringLiteral("totals")).toObject();
        const qint64 addresses = totals.value(QStringLiteral("addresses")).toInteger();
        const int companies = totals.value(QStringLiteral("companiesIncluded")).toInt();
        QVERIFY(companies >= 2);

        QTest::mouseClick(m_staff->button("sendButton"), Qt::LeftButton);
        NB_TRY(!m_confirmations.isEmpty());
        const QString question = m_confirmations.last();
        QVERIFY2(question.contains(m_subject), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("%1 address(es)").arg(addresses)),
                 qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("%1 company(ies)").arg(companies)),
                 qPrintable(question));

        NB_TRY(!editor->isBusy() && editor->mailing()->summary.state == QLatin1String("sent"));
        QVERIFY2(editor->messageText().startsWith(QStringLiteral("Sent as notice ")),
                 qPrintable(editor->messageText()));
        const QString noticeId = editor->mailing()->summary.noticeId;
        QVERIFY(!noticeId.isEmpty());
        QVERIFY(editor->stateText().startsWith(QStringLiteral("Sent on ")));
        QVERIFY(!m_staff->button("saveButton")->isEnabled());
        QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->isReadOnly());

        // The notice is in the demo customer's inbox; they acknowledge it.
        ApiClient customer(m_server.process());
        NB_SIGN_IN(customer, demo::musterAdmin);
        NB_VERIFY_STATUS(customer.get(QStringLiteral("/api/v1/notices/") + noticeId), 200);
        NB_VERIFY_STATUS(
            customer.post(QStringLiteral("/api/v1/notices/%1/acknowledgement").arg(noticeId),
                          QByteArray()),
            201);
        // A colleague opens it in their desktop client; the next sync tells the server.
        ApiClient colleague(m_server.process());
        NB_SIGN_IN(colleague, demo::musterMember);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        NoticeClient desktop(m_server.process().url(), colleague.token(), m_server.roots(),
                             folder.path());
        QVERIFY(desktop.sync());
        QVERIFY(desktop.notices->notice(noticeId).value().has_value());
        QVERIFY(desktop.notices->pendingReads().value().isEmpty());
        {
            ui::NoticeServices services;
            services.store = desktop.notices.get();
            ui::NoticeView view(services);
            view.show();
            view.showNotice(noticeId);
            QCOMPARE(view.badge()->state(), VerificationState::Verified);
            QVERIFY(view.body()->toPlainText().contains(QStringLiteral("Wartungsarbeiten")));
        }
        QVERIFY(desktop.notices->notice(noticeId).value()->row.read);
        QCOMPARE(desktop.notices->pendingReads().value(), QStringList{noticeId});
        QVERIFY(desktop.sync());
        QVERIFY(desktop.notices->pendingReads().value().isEmpty());

        // One mail per recipient address arrives, each once.
        NB_TRY(m_server.sink().count() == 1 + addresses);
        QStringList delivered;
        for (const ReceivedMail &mail : m_server.sink().received().mid(1))
            delivered += mail.rcptTos;
        QVERIFY(delivered.contains(demo::musterErstkontakt));
        QCOMPARE(qint64(QSet<QString>(delivered.begin(), delivered.end()).size()), addresses);
        for (const int count : m_server.sink().countsByMessageId())
            QCOMPARE(count, 1);

        QVERIFY(page.isTabEnabled(MailingsPage::Tab::Results));
        ui::MailingResultsView *results = page.resultsView();
        QSignalSpy loaded(results, &ui::MailingResultsView::loaded);
        page.showTab(MailingsPage::Tab::Results);
        NB_TRY(loaded.size() >= 1);
        const client::MailingResults &figures = *results->results();
        QCOMPARE(figures.noticeId, noticeId);
        QCOMPARE(figures.mails, addresses);
        QCOMPARE(figures.companies, companies);
        QCOMPARE(figures.delivery.queued + figures.delivery.sent + figures.delivery.failed,
                 addresses);
        QCOMPARE(figures.acknowledgedCompanies, 1);
        QCOMPARE(figures.reads, 1); // the colleague; the acknowledgement by API is no read
        QCOMPARE(figures.readCompanies, 1);
        // The view refreshes itself while mails are queued: all of them end up delivered.
        NB_TRY(results->results()->delivery.sent == addresses);
        QCOMPARE(results->results()->delivery.failed, 0);
        const auto value = [results](const char *name) {
            return results->findChild<QLabel *>(QLatin1String(name))->text();
        };
        QCOMPARE(value("queuedValue"), QStringLiteral("0"));
        QCOMPARE(value("deliveredValue"), QLocale().toString(addresses));
        QCOMPARE(value("failedValue"), QStringLiteral("0"));
        QVERIFY2(value("acknowledgedValue")
                     .startsWith(QStringLiteral("1 of %1 companies").arg(companies)),
                 qPrintable(value("acknowledgedValue")));
        QVERIFY2(value("readValue")
                     .startsWith(QStringLiteral("1 of %1 companies (1 user").arg(companies)),
                 qPrintable(value("readValue")));
        // "Read in the app" per company: the colleague's company has the one read.
        auto *table = results->findChild<QTreeWidget *>(QStringLiteral("companyTable"));
        QCOMPARE(table->headerItem()->text(5), QStringLiteral("Read in the app"));
        const QList<QTreeWidgetItem *> muster =
            table->findItems(QStringLiteral("Muster Handel GmbH"), Qt::MatchExactly);
        QCOMPARE(muster.size(), 1);
        QCOMPARE(muster.first()->text(5), QStringLiteral("1"));
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            if (table->topLevelItem(row) != muster.first())
                QCOMPARE(table->topLevelItem(row)->text(5), QStringLiteral("0"));
        }
    }

    void cleanupTestCase() { m_staff.reset(); }

private:
    StaffServer m_server;
    std::unique_ptr<ApiClient> m_api;
    QStringList m_domains;
    std::unique_ptr<StaffDesk> m_staff;
    QStringList m_confirmations;
    QDate m_today;
    QDate m_actBy;
    QString m_subject;
    qint64 m_id = 0;
    qint64 m_muster = 0;
};

QTEST_MAIN(TestStaffEndToEnd)
#include "tst_staffendtoend.moc"
