// The mailing editor's conversation with the server (in-process fake): a new mailing is created
// with POST; a save that meets someone else's newer version (412) keeps the typed text and offers
// "Reload, keep my text" (the next save replaces theirs) or "Show their version"; a sent mailing
// is read-only; "Send…" names the recipients and companies and does nothing when cancelled.
#include "client/staffservice.h"
#include "stafffake.h"
#include "ui/mailingeditor.h"

#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace nb;
using nb::ui::MailingEditor;

namespace {
Notice serverDraft()
{
    Notice draft;
    draft.products = {QStringLiteral("paypal")};
    draft.category = QStringLiteral("updates-and-technical-changes");
    draft.subject = QStringLiteral("Wichtige Änderungen an PayPal PLUS");
    draft.body = QStringLiteral("PayPal stellt PayPal PLUS ein. Fragen? Support-Ticket.");
    return draft;
}

QByteArray tag(qint64 version)
{
    return "\"mailing-1-" + QByteArray::number(version) + '"';
}
} // namespace

class TestMailingEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_draft = serverDraft();
        m_version = 1;
        m_state = QStringLiteral("draft");
        m_exists = false;
        m_transport = std::make_unique<StaffFakeTransport>(
            [this](const client::ApiRequest &request) { return answer(request); });
        m_service = std::make_unique<client::StaffService>(m_transport.get());
        m_editor = std::make_unique<MailingEditor>(m_service.get());
        m_editor->setLintContext(lint::Context{QDate(2026, 7, 20), {}});
        m_editor->setProducts({{QStringLiteral("paypal"), QStringLiteral("PayPal-Anbindung"),
                                QStringLiteral("#1E8449")}});
        m_editor->show();
    }

    void cleanup()
    {
        m_editor.reset();
        m_service.reset();
        m_transport.reset();
    }

    void newMailingIsCreated()
    {
        QCOMPARE(m_editor->stateText(), QStringLiteral("New mailing — not saved yet."));
        QVERIFY(!button("saveButton")->isEnabled()); // nothing typed
        QVERIFY(!button("testSendButton")->isEnabled());
        QVERIFY(!button("addPatchButton")->isEnabled());
        subject()->setText(QStringLiteral("Wartungsfenster 4. Mai"));
        QVERIFY(button("saveButton")->isEnabled());
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QTRY_VERIFY(m_editor->mailingId() == 1 && !m_editor->isBusy());
        QCOMPARE(m_transport->requests.last().method, QByteArray("POST"));
        QCOMPARE(m_draft.subject, QStringLiteral("Wartungsfenster 4. Mai"));
        QCOMPARE(m_editor->messageText(), QStringLiteral("Saved."));
        QVERIFY(m_editor->stateText().startsWith(QStringLiteral("Draft — last changed by")));
        QVERIFY(button("addPatchButton")->isEnabled());
        QVERIFY(button("testSendButton")->isEnabled());
        QVERIFY(!button("saveButton")->isEnabled());
    }

    void staleSaveKeepsTheText()
    {
        openExisting();
        body()->setPlainText(QStringLiteral("Mein neuer Text. Fragen? Support-Ticket."));
        // Meanwhile someone else saves their version.
        m_draft.body = QStringLiteral("Ihr Text.");
        ++m_version;
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        auto *conflict = m_editor->findChild<QFrame *>(QStringLiteral("conflictNotice"));
        QTRY_VERIFY(conflict->isVisible());
        QVERIFY(m_editor->findChild<QLabel *>(QStringLiteral("conflictLabel"))
                    ->text()
                    .contains(QStringLiteral("Someone else changed this mailing")));
        QCOMPARE(body()->toPlainText(), QStringLiteral("Mein neuer Text. Fragen? Support-Ticket."));
        QCOMPARE(m_draft.body, QStringLiteral("Ihr Text.")); // nothing overwritten

        QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("keepMineButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!conflict->isVisible() && !m_editor->isBusy());
        QCOMPARE(body()->toPlainText(), QStringLiteral("Mein neuer Text. Fragen? Support-Ticket."));
        QCOMPARE(m_editor->mailing()->etag, tag(2));
        QVERIFY(m_editor->isModified());
        QVERIFY(m_editor->messageText().contains(QStringLiteral("Save replaces their version")));
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_editor->isBusy() && !m_editor->isModified());
        QCOMPARE(m_draft.body, QStringLiteral("Mein neuer Text. Fragen? Support-Ticket."));
        QCOMPARE(m_version, 3);
    }

    void staleSaveCanShowTheirVersion()
    {
        openExisting();
        body()->setPlainText(QStringLiteral("Mein Text."));
        m_draft.body = QStringLiteral("Ihr Text.");
        ++m_version;
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        auto *conflict = m_editor->findChild<QFrame *>(QStringLiteral("conflictNotice"));
        QTRY_VERIFY(conflict->isVisible());
        QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("discardButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!conflict->isVisible() && !m_editor->isBusy());
        QCOMPARE(body()->toPlainText(), QStringLiteral("Ihr Text."));
        QVERIFY(!m_editor->isModified());
    }

    void sendNamesTheRecipientsAndCanBeCancelled()
    {
        m_state = QStringLiteral("approved");
        openExisting();
        QVERIFY(button("sendButton")->isEnabled());
        QVERIFY(!button("approveButton")->isEnabled());
        QString question;
        m_editor->setConfirm([&question](QWidget *, const QString &text) {
            question = text;
            return false;
        });
        QTest::mouseClick(button("sendButton"), Qt::LeftButton);
        QTRY_VERIFY(!question.isEmpty());
        QVERIFY2(question.contains(QStringLiteral("5 address(es) at 2 company(ies)")),
                 qPrintable(question));
        QVERIFY(question.contains(m_draft.subject));
        for (const client::ApiRequest &request : m_transport->requests)
            QVERIFY(!request.path.endsWith(QLatin1String("/send")));
        QCOMPARE(m_state, QStringLiteral("approved"));
    }

    void sentMailingIsReadOnly()
    {
        m_state = QStringLiteral("sent");
        openExisting();
        QVERIFY(subject()->isReadOnly());
        QVERIFY(body()->isReadOnly());
        QVERIFY(!m_editor->findChild<QListWidget *>(QStringLiteral("productList"))->isEnabled());
        QVERIFY(!m_editor->findChild<QComboBox *>(QStringLiteral("categoryCombo"))->isEnabled());
        QVERIFY(!button("saveButton")->isEnabled());
        QVERIFY(!button("sendButton")->isVisible());
        QVERIFY(!button("approveButton")->isVisible());
        QVERIFY(!button("deleteButton")->isVisible());
        QVERIFY(m_editor->stateText().startsWith(QStringLiteral("Sent on")));
    }

private:
    void openExisting()
    {
        m_exists = true;
        m_editor->openMailing(1);
        QTRY_VERIFY(m_editor->mailing().has_value() && !m_editor->isBusy());
        QVERIFY(!m_editor->isModified());
    }

    client::ApiResponse mailing(int status)
    {
        QJsonObject json = mailingJson(1, m_draft, m_state, false, m_version);
        if (m_state == QLatin1String("sent")) {
            json.insert(QStringLiteral("noticeId"), QStringLiteral("PM-2026-0001"));
            json.insert(QStringLiteral("sentAt"), QStringLiteral("2026-07-20T10:00:00Z"));
        }
        return jsonAnswer(status, json, tag(m_version));
    }

    client::ApiResponse answer(const client::ApiRequest &request)
    {
        const QString one = QStringLiteral("/api/v1/staff/mailings/1");
        if (request.method == "POST" && request.path == QLatin1String("/api/v1/staff/mailings")) {
            m_draft = *draftFromJson(QJsonDocument::fromJson(request.body).object());
            m_exists = true;
            return mailing(201);
        }
        if (request.method == "GET" && request.path == one && m_exists)
            return mailing(200);
        if (request.method == "PUT" && request.path == one) {
            if (request.headers.value(0).second != tag(m_version))
                return problemAnswer(412, QStringLiteral("precondition-failed"),
                                     QStringLiteral("changed"));
            m_draft = *draftFromJson(QJsonDocument::fromJson(request.body).object());
            ++m_version;
            return mailing(200);
        }
        if (request.method == "GET" && request.path.startsWith(one + QStringLiteral("/recipients")))
            return jsonAnswer(200,
                              QJsonObject{{QStringLiteral("totals"),
                                           QJsonObject{{QStringLiteral("addresses"), 5},
                                                       {QStringLiteral("companiesIncluded"), 2}}},
                                          {QStringLiteral("companies"), QJsonArray()}});
        return problemAnswer(404, QStringLiteral("not-found"), QStringLiteral("not here"));
    }

    QPushButton *button(const char *name) const
    {
        return m_editor->findChild<QPushButton *>(QLatin1String(name));
    }
    QLineEdit *subject() const
    {
        return m_editor->findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
    }
    QPlainTextEdit *body() const
    {
        return m_editor->findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"));
    }

    Notice m_draft;
    qint64 m_version = 1;
    QString m_state;
    bool m_exists = false;
    std::unique_ptr<StaffFakeTransport> m_transport;
    std::unique_ptr<client::StaffService> m_service;
    std::unique_ptr<MailingEditor> m_editor;
};

QTEST_MAIN(TestMailingEditor)
#include "tst_mailingeditor.moc"
