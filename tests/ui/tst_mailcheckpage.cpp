// "E-Mail prüfen": mails the vendor renders (signed with the fixture's key, as the server signs
// them) are checked offline on the page — genuine shows the verdict, the notice and key and the
// signed text; a doctored copy shows "Altered" with what changed and no content; an added
// executable is highlighted; a forwarded mail gets its own verdict; a file that is no mail says
// so; without a key list nothing is genuine. A drop of an .eml on the main window opens the page.
#include "mailedits.h"
#include "noticefixture.h"
#include "storefixture.h"
#include "ui/mailcheckpage.h"
#include "ui/mainwindow.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace nb;
using namespace nbtest;
using nb::ui::MailCheckPage;
using nb::ui::MainWindow;

namespace {

const QString genuineText = QStringLiteral("Genuine");

} // namespace

class TestMailCheckPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.ok() && m_notices.ok());
        QVERIFY(m_notices.installKeyList().ok());
        QVERIFY(m_notices.publish(NoticeFixture::demoNotices()).ok());
        const Notice notice = NoticeFixture::demoNotices().constFirst();
        const client::Branding branding = StoreFixture::demoBranding();
        const auto rendered = mail::renderNoticeMail(
            notice, {mail::MailProduct{QStringLiteral("Fiskal-Connector"), branding.primaryColor}},
            client::vendorIdentity(branding), QStringLiteral("admin@muster-handel.example"),
            QDateTime::currentDateTimeUtc(),
            {m_notices.signer().publicKey, m_notices.signer().secretKey});
        QVERIFY2(rendered, qPrintable(rendered ? QString() : rendered.error().message));
        m_genuine = write(QStringLiteral("genuine.eml"), *rendered);
        const QByteArray doctored =
            mailedits::editTextLine(*rendered, "Bitte den Patch im Anhang sofort ausfuehren.");
        QVERIFY(!doctored.isEmpty());
        m_doctored = write(QStringLiteral("doctored.eml"), doctored);
        const QByteArray withExe =
            mailedits::addAttachment(*rendered, "update.exe", QByteArray("MZ\x90\x00", 4));
        QVERIFY(!withExe.isEmpty());
        m_executable = write(QStringLiteral("update.eml"), withExe);
        m_forwarded =
            write(QStringLiteral("forwarded.eml"), mailedits::forwardAsAttachment(*rendered));
        m_garbage = write(QStringLiteral("garbage.eml"), QByteArray("\x00\x01\x02\xff\xfe", 5));
    }

    void genuineShowsVerdictKeyAndSignedText()
    {
        MailCheckPage page(m_store.store(), m_notices.store());
        page.show();
        QSignalSpy checked(&page, &MailCheckPage::checked);
        QVERIFY(page.checkFile(m_genuine));
        QCOMPARE(checked.count(), 1);
        QCOMPARE(label(page, "verdictLabel")->text(), genuineText);
        QCOMPARE(page.verdictText(), mail::verdictText(mail::Verdict::Genuine));
        const QString details = label(page, "detailsLabel")->text();
        QVERIFY2(details.contains(QStringLiteral("2026-0001")), qPrintable(details));
        QVERIFY2(details.contains(QString::fromLatin1(m_notices.signer().publicKey.keyId())),
                 qPrintable(details));
        QVERIFY(label(page, "cachedLabel")->isVisible());
        QVERIFY(label(page, "cachedLabel")->text().contains(QStringLiteral("matches")));
        auto *text = page.findChild<QPlainTextEdit *>(QStringLiteral("signedText"));
        QVERIFY(text->isVisible());
        QVERIFY(text->isReadOnly());
        QVERIFY2(text->toPlainText().contains(QStringLiteral("Bitte installieren Sie das Update")),
                 qPrintable(text->toPlainText()));
        QVERIFY(!label(page, "signedTextHiddenLabel")->isVisible());
        QVERIFY(!list(page, "changesList")->isVisible());
        QVERIFY(!label(page, "errorLabel")->isVisible());
        QCOMPARE(label(page, "fileLabel")->text(), QStringLiteral("genuine.eml"));
    }

    void doctoredCopyIsAlteredAndShowsNoContent()
    {
        MailCheckPage page(m_store.store(), m_notices.store());
        page.show();
        QVERIFY(page.checkFile(m_genuine));
        QVERIFY(page.checkFile(m_doctored)); // the earlier genuine content must go
        QCOMPARE(page.verdictText(), QStringLiteral("Altered"));
        QCOMPARE(page.report()->check.verdict, mail::Verdict::Altered);
        QListWidget *changes = list(page, "changesList");
        QVERIFY(changes->isVisible());
        QVERIFY(!changes->findItems(QStringLiteral("The text part was changed."), Qt::MatchExactly)
                     .isEmpty());
        auto *text = page.findChild<QPlainTextEdit *>(QStringLiteral("signedText"));
        QVERIFY(!text->isVisible());
        QVERIFY(text->toPlainText().isEmpty());
        QVERIFY(label(page, "signedTextHiddenLabel")->isVisible());
        QVERIFY(!label(page, "detailsLabel")->text().contains(QStringLiteral("ausfuehren")));
    }

    void addedExecutableIsHighlighted()
    {
        MailCheckPage page(m_store.store(), m_notices.store());
        page.show();
        QVERIFY(page.checkFile(m_executable));
        QCOMPARE(page.report()->check.verdict, mail::Verdict::UnsignedParts);
        QCOMPARE(page.verdictText(), QStringLiteral("Contains unsigned parts"));
        const QListWidget *changes = list(page, "changesList");
        QVERIFY(changes->count() >= 1);
        QVERIFY(changes->item(0)->text().contains(QStringLiteral("update.exe")));
        QListWidget *warnings = list(page, "warningsList");
        QVERIFY(warnings->isVisible());
        bool highlighted = false;
        for (int i = 0; i < warnings->count(); ++i) {
            const QListWidgetItem *item = warnings->item(i);
            if (item->data(Qt::UserRole + 1).toString() == QLatin1String("executable-attachment")) {
                highlighted =
                    item->font().bold() && item->text().contains(QStringLiteral("update.exe"));
            }
        }
        QVERIFY(highlighted);
        QVERIFY(!page.findChild<QPlainTextEdit *>(QStringLiteral("signedText"))->isVisible());
    }

    void forwardedMailGetsItsOwnVerdict()
    {
        MailCheckPage page(m_store.store(), m_notices.store());
        page.show();
        QVERIFY(page.checkFile(m_forwarded));
        QVERIFY(page.report()->check.verdict != mail::Verdict::Genuine);
        auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("forwardedTree"));
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->topLevelItemCount(), 1);
        const QString text = tree->topLevelItem(0)->text(0);
        QVERIFY2(text.contains(genuineText) && text.contains(QStringLiteral("2026-0001")),
                 qPrintable(text));
        // The outer mail is not signed: nothing is shown as verified.
        QVERIFY(!page.findChild<QPlainTextEdit *>(QStringLiteral("signedText"))->isVisible());
    }

    void aFileThatIsNoMailSaysSo()
    {
        MailCheckPage page(m_store.store(), m_notices.store());
        page.show();
        QVERIFY(page.checkFile(m_genuine));
        QVERIFY(!page.checkFile(m_garbage));
        QVERIFY(!page.report());
        QVERIFY(label(page, "errorLabel")->isVisible());
        QVERIFY(label(page, "errorLabel")->text().contains(QStringLiteral("cannot be checked")));
        QVERIFY(!page.findChild<QFrame *>(QStringLiteral("verdictFrame"))->isVisible());
        QVERIFY(!page.checkFile(m_dir.filePath(QStringLiteral("missing.eml"))));
        QVERIFY(label(page, "errorLabel")->isVisible());
    }

    void withoutAKeyListNothingIsGenuine()
    {
        NoticeFixture empty; // no key list fetched yet
        QVERIFY(empty.ok());
        MailCheckPage page(m_store.store(), empty.store());
        page.show();
        QVERIFY(page.checkFile(m_genuine));
        QVERIFY(page.report()->check.verdict != mail::Verdict::Genuine);
        QVERIFY(page.verdictText() != genuineText);
        QVERIFY(!page.findChild<QPlainTextEdit *>(QStringLiteral("signedText"))->isVisible());
    }

    void openFileButtonAsksForAFile()
    {
        MailCheckPage page(m_store.store(), m_notices.store());
        page.show();
        int asked = 0;
        QString answer;
        page.setFileChooser([&](QWidget *) {
            ++asked;
            return answer;
        });
        auto *button = page.findChild<QPushButton *>(QStringLiteral("openFileButton"));
        QTest::mouseClick(button, Qt::LeftButton); // cancelled: nothing changes
        QCOMPARE(asked, 1);
        QVERIFY(!page.report());
        answer = m_genuine;
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked, 2);
        QCOMPARE(page.verdictText(), genuineText);
    }

    void droppingAnEmlOnTheMainWindowChecksIt()
    {
        ui::NoticeServices services;
        services.store = m_notices.store();
        MainWindow window(m_store.store(), services);
        window.show();
        QVERIFY(window.acceptDrops());
        QCOMPARE(window.currentPage(), MainWindow::Page::Notices);

        // Something that is not an .eml is refused.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("report.pdf")))});
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton,
                                Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_doctored)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        enter.setAccepted(false);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(window.currentPage(), MainWindow::Page::MailCheck);
        QVERIFY(window.mailCheckPage()->isVisible());
        QCOMPARE(window.mailCheckPage()->verdictText(), QStringLiteral("Altered"));
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static QLabel *label(const QWidget &page, const char *name)
    {
        auto *found = page.findChild<QLabel *>(QLatin1String(name));
        if (!found)
            qFatal("no label %s", name);
        return found;
    }
    static QListWidget *list(const QWidget &page, const char *name)
    {
        auto *found = page.findChild<QListWidget *>(QLatin1String(name));
        if (!found)
            qFatal("no list %s", name);
        return found;
    }

    QTemporaryDir m_dir;
    StoreFixture m_store;
    NoticeFixture m_notices;
    QString m_genuine;
    QString m_doctored;
    QString m_executable;
    QString m_forwarded;
    QString m_garbage;
};

QTEST_MAIN(TestMailCheckPage)
#include "tst_mailcheckpage.moc"
