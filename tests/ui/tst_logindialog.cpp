// The login dialog: http on a non-loopback host gets parseServerUrl's message beside the field
// and no sign-in; a valid form emits signInRequested; sign-in failures are shown.
#include "core/error.h"
#include "ui/logindialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using nb::ui::LoginDialog;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsHttpOnARemoteHost()
    {
        LoginDialog dialog;
        dialog.show();
        QSignalSpy requested(&dialog, &LoginDialog::signInRequested);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit")),
                         QStringLiteral("http://kundencenter.example"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                         QStringLiteral("admin@muster-handel.example"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("secret"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("serverError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("https")));
        auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(!signIn->isEnabled());
        QTest::mouseClick(signIn, Qt::LeftButton);
        QCOMPARE(requested.count(), 0);
    }

    void signsInOnLoopbackAndShowsFailures()
    {
        LoginDialog dialog;
        dialog.show();
        QSignalSpy requested(&dialog, &LoginDialog::signInRequested);
        dialog.setServer(QStringLiteral("http://127.0.0.1:8080"));
        dialog.setEmail(QStringLiteral("admin@muster-handel.example"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("secret"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("admin@muster-handel.example"));
        QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("secret"));

        dialog.showSignInError(nb::Error{QStringLiteral("invalid-credentials"),
                                         QStringLiteral("E-mail or password is wrong."),
                                         {}});
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("E-mail or password is wrong."));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
