#pragma once

#include <QDialog>
#include <QUrl>
#include <memory>

namespace nb {
struct Error;
}
namespace Ui {
class LoginDialog;
}

namespace nb::ui {

// Sign-in: server address, e-mail, password. The server address is checked with
// parseServerUrl (https for every host but loopback) and the message shown beside the field;
// "Sign in" emits signInRequested, the caller answers with showSignInError or accept().
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setServer(const QString &server);
    void setEmail(const QString &email);
    QUrl serverUrl() const { return m_serverUrl; }
    QString email() const;

    void showSignInError(const Error &error);
    void showMessage(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void signInRequested(const QUrl &server, const QString &email, const QString &password);

private:
    void validate();
    void submit();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    QUrl m_serverUrl;
    bool m_busy = false;
};

} // namespace nb::ui
