#include "ui/logindialog.h"

#include "client/serverendpoint.h"
#include "core/emailaddress.h"
#include "ui/fielderror.h"
#include "ui_logindialog.h"

namespace nb::ui {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("loginDialog"));
    for (QLabel *label :
         {m_ui->serverError, m_ui->emailError, m_ui->passwordError, m_ui->messageLabel})
        styleErrorLabel(label);
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->emailEdit, m_ui->passwordEdit})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::validate);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    validate();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServer(const QString &server)
{
    m_ui->serverEdit->setText(server);
}

void LoginDialog::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
    if (!email.isEmpty())
        m_ui->passwordEdit->setFocus();
}

QString LoginDialog::email() const
{
    return m_ui->emailEdit->text().trimmed();
}

void LoginDialog::validate()
{
    const QString server = m_ui->serverEdit->text().trimmed();
    const Result<QUrl> url = client::parseServerUrl(server);
    m_serverUrl = url ? *url : QUrl();
    showFieldError(m_ui->serverEdit, m_ui->serverError,
                   server.isEmpty() || url ? QString() : url.error().message);
    const QString mail = email();
    const auto normalised = normalizeEmail(mail);
    showFieldError(m_ui->emailEdit, m_ui->emailError,
                   mail.isEmpty() || normalised ? QString() : normalised.error().message);
    m_ui->signInButton->setEnabled(!m_busy && url && !mail.isEmpty() && normalised &&
                                   !m_ui->passwordEdit->text().isEmpty());
}

void LoginDialog::submit()
{
    if (!m_ui->signInButton->isEnabled())
        return;
    showMessage(QString());
    Q_EMIT signInRequested(m_serverUrl, email(), m_ui->passwordEdit->text());
}

void LoginDialog::showSignInError(const Error &error)
{
    setBusy(false);
    if (error.field == QLatin1String("email"))
        showFieldError(m_ui->emailEdit, m_ui->emailError, error.message);
    else if (error.field == QLatin1String("password"))
        showFieldError(m_ui->passwordEdit, m_ui->passwordError, error.message);
    else
        showMessage(error.message);
    m_ui->passwordEdit->selectAll();
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::showMessage(const QString &message)
{
    showFieldError(nullptr, m_ui->messageLabel, message);
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->emailEdit, m_ui->passwordEdit})
        edit->setEnabled(!busy);
    validate();
}

} // namespace nb::ui
