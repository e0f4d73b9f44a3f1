// The live lint in the mailing editor: a 79-character subject shows the error at once (with the
// counter 79/78) and Approve is disabled even for a saved, approvable mailing; shortening it
// removes the error and Approve comes back; warnings do not block; activating a finding focuses
// its field; links outside the vendor's domains are errors. The server is an in-process fake
// (StaffFakeTransport) that echoes saved drafts back as approvable.
#include "client/staffservice.h"
#include "stafffake.h"
#include "ui/lintpanel.h"
#include "ui/mailingeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace nb;
using nb::ui::LintPanel;
using nb::ui::MailingEditor;

namespace {
const QDate today(2026, 7, 20);

Notice cleanDraft()
{
    Notice draft;
    draft.products = {QStringLiteral("paypal")};
    draft.category = QStringLiteral("updates-and-technical-changes");
    draft.severity = NoticeSeverity::Important;
    draft.subject = QStringLiteral("Wichtige Änderungen an PayPal PLUS");
    draft.body = QStringLiteral(
        "PayPal stellt PayPal PLUS ein. Bitte stellen Sie bis Ende des Jahres auf die neue "
        "Zahlungsart um. Fragen? Öffnen Sie ein Support-Ticket.");
    draft.link = QStringLiteral("https://notabene.example/forum/paypal-plus");
    return draft;
}

QStringList codes(const QList<lint::Finding> &findings)
{
    QStringList result;
    for (const lint::Finding &finding : findings)
        result.append(finding.code);
    return result;
}
} // namespace

class TestLintPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_version = 1;
        m_draft = cleanDraft();
        m_transport = std::make_unique<StaffFakeTransport>(
            [this](const client::ApiRequest &r) { return answer(r); });
        m_service = std::make_unique<client::StaffService>(m_transport.get());
        m_editor = std::make_unique<MailingEditor>(m_service.get());
        m_editor->setLintContext(lint::Context{today, {QStringLiteral("notabene.example")}});
        m_editor->setProducts({{QStringLiteral("paypal"), QStringLiteral("PayPal-Anbindung"),
                                QStringLiteral("#1E8449")},
                               {QStringLiteral("fiskal"), QStringLiteral("Fiskal-Connector"),
                                QStringLiteral("#C0392B")}});
        m_editor->resize(1000, 700);
        m_editor->show();
        m_editor->openMailing(1);
        QTRY_VERIFY(m_editor->mailing().has_value());
        QVERIFY(!m_editor->isBusy());
    }

    void cleanup()
    {
        m_editor.reset();
        m_service.reset();
        m_transport.reset();
    }

    void cleanDraftCanBeApproved()
    {
        QCOMPARE(panel()->findings(), QList<lint::Finding>());
        QCOMPARE(panel()->summaryText(), QStringLiteral("No problems found."));
        QVERIFY(!m_editor->isModified());
        QVERIFY(button("approveButton")->isEnabled());
        QVERIFY(!button("saveButton")->isEnabled());
    }

    void tooLongSubjectBlocksApproval()
    {
        QLineEdit *subject = m_editor->findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
        subject->clear();
        const QString long79 = QStringLiteral("Wichtige Änderungen an PayPal PLUS für alle Shops "
                                              "mit allen Zahlungsarten heute");
        QCOMPARE(long79.size(), 79);
        subject->insert(long79.left(78));
        auto *count = m_editor->findChild<QLabel *>(QStringLiteral("subjectCountLabel"));
        QCOMPARE(count->text(), QStringLiteral("78/78"));
        QVERIFY(!panel()->hasErrors());
        QTest::keyClicks(subject, long79.right(1)); // one more key
        QCOMPARE(subject->text(), long79);
        QCOMPARE(count->text(), QStringLiteral("79/78"));
        QVERIFY(codes(panel()->findings()).contains(QStringLiteral("subject-too-long")));
        QVERIFY(panel()->hasErrors());
        QCOMPARE(panel()->list()->count(), panel()->findings().size());
        const QListWidgetItem *item = panel()->list()->item(0);
        QVERIFY(item->text().startsWith(QStringLiteral("Subject: ")));
        QVERIFY2(item->text().contains(QStringLiteral("79")), qPrintable(item->text()));
        QVERIFY(!item->icon().isNull());
        QVERIFY(panel()->summaryText().contains(QStringLiteral("errors block approval")));
        QVERIFY(!button("approveButton")->isEnabled());

        // Saved as it is (the fake server still says "may approve"): the lint keeps it blocked.
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_editor->isBusy() && !m_editor->isModified());
        QCOMPARE(m_editor->mailing()->draft.subject, long79);
        QVERIFY(m_editor->mailing()->canApprove);
        QVERIFY(!button("approveButton")->isEnabled());
        auto *hint = m_editor->findChild<QLabel *>(QStringLiteral("approveHintLabel"));
        QVERIFY2(hint->text().contains(QStringLiteral("Fix the errors")), qPrintable(hint->text()));
        const qsizetype requests = m_transport->requests.size();
        m_editor->approve(); // the action itself refuses, without asking the server
        QCOMPARE(m_transport->requests.size(), requests);
        QVERIFY(m_editor->messageText().contains(QStringLiteral("fix the errors")));

        // One character less: the error goes, Approve comes back once saved.
        QTest::keyClick(subject, Qt::Key_End);
        QTest::keyClick(subject, Qt::Key_Backspace);
        QCOMPARE(count->text(), QStringLiteral("78/78"));
        QVERIFY(!codes(panel()->findings()).contains(QStringLiteral("subject-too-long")));
        QVERIFY(!panel()->hasErrors());
        QVERIFY(!button("approveButton")->isEnabled()); // unsaved
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_editor->isBusy() && !m_editor->isModified());
        QVERIFY(button("approveButton")->isEnabled());
    }

    void warningsDoNotBlock()
    {
        QLineEdit *subject = m_editor->findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
        subject->setText(QStringLiteral("DRINGEND: Wichtige Änderungen an PayPal PLUS"));
        const QList<lint::Finding> findings = panel()->findings();
        QCOMPARE(codes(findings), QStringList{QStringLiteral("subject-urgent-without-deadline")});
        QCOMPARE(findings.first().severity, lint::Severity::Warning);
        QVERIFY(!panel()->hasErrors());
        QVERIFY(panel()->summaryText().contains(QStringLiteral("do not block")));
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_editor->isBusy() && !m_editor->isModified());
        QVERIFY(button("approveButton")->isEnabled());
    }

    void urgentDeadlineNeedsDringend()
    {
        auto *noDeadline = m_editor->findChild<QCheckBox *>(QStringLiteral("noDeadlineCheck"));
        auto *actBy = m_editor->findChild<QDateEdit *>(QStringLiteral("actByEdit"));
        noDeadline->setChecked(false);
        QVERIFY(actBy->isEnabled());
        actBy->setDate(today.addDays(5));
        QVERIFY(codes(panel()->findings()).contains(QStringLiteral("subject-urgent-missing")));
        QVERIFY(!button("approveButton")->isEnabled());
        m_editor->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))
            ->setText(QStringLiteral("DRINGEND: Umstellung von PayPal PLUS bis %1")
                          .arg(today.addDays(5).toString(QStringLiteral("dd.MM.yyyy"))));
        QVERIFY2(!panel()->hasErrors(), qPrintable(panel()->summaryText()));
        QCOMPARE(m_editor->draft().actBy, std::optional<QDate>(today.addDays(5)));
        noDeadline->setChecked(true);
        QVERIFY(!actBy->isEnabled());
        QCOMPARE(m_editor->draft().actBy, std::nullopt);
    }

    void activatingAFindingFocusesItsField()
    {
        QApplication::setActiveWindow(m_editor.get());
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        auto *body = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
        auto *link = m_editor->findChild<QLineEdit *>(QStringLiteral("linkEdit"));
        link->setText(QStringLiteral("https://evil.example/login"));
        QCOMPARE(codes(panel()->findings()), QStringList{QStringLiteral("foreign-link")});
        QVERIFY(panel()->findings().first().message.contains(QStringLiteral("evil.example")));
        body->setFocus();
        QListWidgetItem *item = panel()->list()->item(0);
        Q_EMIT panel()->list()->itemActivated(item);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(link));

        body->clear();
        QVERIFY(codes(panel()->findings()).contains(QStringLiteral("body-empty")));
        link->setFocus();
        for (int row = 0; row < panel()->list()->count(); ++row) {
            if (panel()->findings().at(row).field == QLatin1String("body"))
                Q_EMIT panel()->list()->itemActivated(panel()->list()->item(row));
        }
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(body));
    }

private:
    client::ApiResponse answer(const client::ApiRequest &request)
    {
        const QByteArray etag = "\"mailing-1-" + QByteArray::number(m_version) + '"';
        if (request.method == "GET" && request.path == QLatin1String("/api/v1/staff/mailings/1"))
            return jsonAnswer(
                200, mailingJson(1, m_draft, QStringLiteral("draft"), true, m_version), etag);
        if (request.method == "PUT" && request.path == QLatin1String("/api/v1/staff/mailings/1")) {
            if (request.headers.value(0).second != etag)
                return problemAnswer(412, QStringLiteral("stale"), QStringLiteral("stale"));
            m_draft = *draftFromJson(QJsonDocument::fromJson(request.body).object());
            ++m_version;
            return jsonAnswer(200,
                              mailingJson(1, m_draft, QStringLiteral("draft"), true, m_version),
                              "\"mailing-1-" + QByteArray::number(m_version) + '"');
        }
        return problemAnswer(404, QStringLiteral("not-found"), QStringLiteral("not here"));
    }

    LintPanel *panel() const { return m_editor->lintPanel(); }
    QPushButton *button(const char *name) const
    {
        return m_editor->findChild<QPushButton *>(QLatin1String(name));
    }

    Notice m_draft = cleanDraft();
    qint64 m_version = 1;
    std::unique_ptr<StaffFakeTransport> m_transport;
    std::unique_ptr<client::StaffService> m_service;
    std::unique_ptr<MailingEditor> m_editor;
};

QTEST_MAIN(TestLintPanel)
#include "tst_lintpanel.moc"
