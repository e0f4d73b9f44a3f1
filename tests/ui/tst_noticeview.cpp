// The notice view over a real NoticeStore with notices signed in the test: the banner in the
// product's colour with readable text, the four badge states (each from its real cause), no
// body unless the payload verified, no remote resource loaded, links opened only after the user
// confirmed, the timeline, and "Acknowledge" while offline.
#include "core/contrast.h"
#include "noticefixture.h"
#include "ui/noticebanner.h"
#include "ui/noticebrowser.h"
#include "ui/noticeview.h"
#include "ui/verificationbadge.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace nb;
using nb::ui::NoticeView;

namespace {
// Clicks `button` on the modal message box once it is shown and keeps its text in `seen`.
void answerWhenShown(QString *seen, QMessageBox::StandardButton button)
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box) {
        QTimer::singleShot(10, qApp, [seen, button] { answerWhenShown(seen, button); });
        return;
    }
    *seen = box->text();
    box->button(button)->click();
}

// Answers the next modal message box with `button` once it is shown; returns its text.
QString *answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *seen = new QString;
    QTimer::singleShot(0, qApp, [seen, button] { answerWhenShown(seen, button); });
    return seen;
}

struct Opened
{
    QList<QUrl> urls;
};

ui::NoticeServices services(NoticeFixture &fixture, Opened *opened)
{
    ui::NoticeServices s;
    s.store = fixture.store();
    s.openUrl = [opened](const QUrl &url) {
        opened->urls.append(url);
    };
    return s;
}

ui::ProductStyles demoProducts()
{
    return {{QStringLiteral("fiskal"), {QStringLiteral("Fiskal-Connector"), QColor(0x0B5CAD)}},
            {QStringLiteral("shop"), {QStringLiteral("Shop"), QColor(0xFFFF00)}}};
}
} // namespace

class TestNoticeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerContrast_data()
    {
        QTest::addColumn<QString>("color");
        for (const char *color :
             {"#0B5CAD", "#C0392B", "#7D3C98", "#1E8449", "#D68910", "#FFFF00", "#FFFFFF"})
            QTest::newRow(color) << QString::fromLatin1(color);
    }

    void bannerContrast()
    {
        QFETCH(QString, color);
        ui::NoticeBanner banner;
        banner.setColor(QColor(color));
        QCOMPARE(banner.backgroundColor(), QColor(color));
        QVERIFY2(banner.contrastRatio() >= 4.5,
                 qPrintable(QString::number(banner.contrastRatio())));
        // What is painted: the labels use the banner's palette.
        auto *subject = banner.findChild<QLabel *>(QStringLiteral("bannerSubjectLabel"));
        QCOMPARE(subject->palette().color(QPalette::WindowText), banner.textColor());
        QCOMPARE(banner.palette().color(QPalette::Window), QColor(color));
        const QColor text = banner.textColor();
        QVERIFY(text == QColor(Qt::black) || text == QColor(Qt::white));
        auto *title = banner.findChild<QLabel *>(QStringLiteral("bannerTitleLabel"));
        QCOMPARE(title->text(), QStringLiteral("Important notice"));
    }

    void verifiedNotice()
    {
        NoticeFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.installKeyList().ok());
        QVERIFY(fixture.publish(NoticeFixture::demoNotices()).ok());
        Opened opened;
        NoticeView view(services(fixture, &opened));
        view.setProducts(demoProducts());
        view.setToday(QDate(2026, 7, 27));
        view.show();
        view.showNotice(QStringLiteral("2026-0001"));

        QCOMPARE(view.badge()->state(), VerificationState::Verified);
        QCOMPARE(view.badge()->text(),
                 QStringLiteral("Verified (key %1)")
                     .arg(QString::fromLatin1(fixture.signer().publicKey.keyId())));
        QVERIFY(!view.badge()->toolTip().isEmpty()); // the reason
        // The badge is outside the notice's content.
        QWidget *content = view.findChild<QWidget *>(QStringLiteral("content"));
        QVERIFY(!content->isAncestorOf(view.badge()));

        QCOMPARE(view.banner()->backgroundColor(), QColor(0x0B5CAD));
        QCOMPARE(view.banner()->findChild<QLabel *>(QStringLiteral("bannerSubjectLabel"))->text(),
                 QStringLiteral("DRINGEND: Update des Fiskal-Connectors bis 01.08."));
        QCOMPARE(view.banner()->findChild<QLabel *>(QStringLiteral("bannerProductsLabel"))->text(),
                 QStringLiteral("Fiskal-Connector"));
        QVERIFY(view.banner()
                    ->findChild<QLabel *>(QStringLiteral("bannerActByLabel"))
                    ->text()
                    .contains(QStringLiteral("5 day(s) left")));
        QCOMPARE(view.banner()->findChild<QLabel *>(QStringLiteral("bannerStatusLabel"))->text(),
                 QStringLiteral("Status: In progress"));

        QVERIFY(view.body()->isVisible());
        QVERIFY(view.body()->toPlainText().contains(QStringLiteral("Bitte installieren Sie")));
        // The image is not loaded, and not even asked for: markdown renders it as a link.
        QVERIFY(!view.body()->toHtml().contains(QStringLiteral("<img")));

        // Shown = read.
        const auto stored = fixture.store()->notice(QStringLiteral("2026-0001"));
        QVERIFY(stored && *stored && (*stored)->row.read);

        // The timeline: the notice and its follow-up; clicking the follow-up shows it.
        auto *timeline = view.findChild<QListWidget *>(QStringLiteral("timelineList"));
        QVERIFY(timeline->isVisible());
        QCOMPARE(timeline->count(), 2);
        QVERIFY(timeline->item(1)->text().contains(QStringLiteral("Fiskal-Connector 2.4.1")));
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {},
                          timeline->visualItemRect(timeline->item(1)).center());
        QCOMPARE(view.currentId(), QStringLiteral("2026-0004"));
        view.showNotice(QStringLiteral("2026-0001"));

        // The signed patch with its size; the forum/status link.
        auto *patches = view.findChild<QTreeWidget *>(QStringLiteral("patchList"));
        QVERIFY(view.findChild<QGroupBox *>(QStringLiteral("patchGroup"))->isVisible());
        QCOMPARE(patches->topLevelItem(0)->text(0), QStringLiteral("fiskal-connector-2.4.1.zip"));
        auto *link = view.findChild<QPushButton *>(QStringLiteral("linkButton"));
        QCOMPARE(link->text(), QStringLiteral("https://status.example/fiskal"));
        QVERIFY(opened.urls.isEmpty());
    }

    void linksNeedConfirmation()
    {
        NoticeFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.installKeyList().ok());
        QVERIFY(fixture.publish(NoticeFixture::demoNotices()).ok());
        Opened opened;
        NoticeView view(services(fixture, &opened));
        view.show();
        view.showNotice(QStringLiteral("2026-0001"));
        const QUrl target(QStringLiteral("https://kundencenter.example/patches"));

        // Cancel: nothing is opened; the box showed the real target.
        std::unique_ptr<QString> shown(answerNextMessageBox(QMessageBox::Cancel));
        Q_EMIT view.body()->anchorClicked(target);
        QVERIFY(shown->contains(target.toString()));
        QVERIFY(opened.urls.isEmpty());

        // Open: the injected opener gets exactly that URL.
        shown.reset(answerNextMessageBox(QMessageBox::Open));
        Q_EMIT view.body()->anchorClicked(target);
        QCOMPARE(opened.urls, QList<QUrl>{target});

        // The forum/status link too.
        shown.reset(answerNextMessageBox(QMessageBox::Open));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("linkButton")),
                          Qt::LeftButton);
        QVERIFY(shown->contains(QStringLiteral("https://status.example/fiskal")));
        QCOMPARE(opened.urls.size(), 2);
        QCOMPARE(opened.urls.last(), QUrl(QStringLiteral("https://status.example/fiskal")));
    }

    void remoteResourcesNeverLoaded()
    {
        ui::NoticeBrowser browser;
        QVERIFY(browser
                    .loadResource(QTextDocument::ImageResource,
                                  QUrl(QStringLiteral("https://tracker.example/pixel.png")))
                    .isNull());
        QVERIFY(browser
                    .loadResource(QTextDocument::StyleSheetResource,
                                  QUrl(QStringLiteral("http://evil.example/a.css")))
                    .isNull());
        QVERIFY(browser
                    .loadResource(QTextDocument::ImageResource,
                                  QUrl(QStringLiteral("file:///etc/passwd")))
                    .isNull());
        // Even HTML that asks for an image (it never comes from a notice) gets nothing.
        browser.setHtml(QStringLiteral("<p>x<img src=\"https://tracker.example/p.png\"></p>"));
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(browser.refusedResources() >= 1);
        QVERIFY(!browser.openLinks());
    }

    void unverifiedWithoutKeyList()
    {
        NoticeFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.publish(NoticeFixture::demoNotices()).ok()); // no key list yet
        Opened opened;
        NoticeView view(services(fixture, &opened));
        view.show();
        view.showNotice(QStringLiteral("2026-0001"));
        QCOMPARE(view.badge()->state(), VerificationState::Unverified);
        QCOMPARE(view.badge()->text(), QStringLiteral("Not verified"));
        QVERIFY(!view.body()->isVisible());
        QVERIFY(view.body()->toPlainText().isEmpty());
        QVERIFY(!view.findChild<QGroupBox *>(QStringLiteral("patchGroup"))->isVisible());
    }

    void invalidWhenTheCacheWasEdited()
    {
        NoticeFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.installKeyList().ok());
        QVERIFY(fixture.publish(NoticeFixture::demoNotices()).ok());
        QVERIFY(fixture.tamperEnvelope(QStringLiteral("2026-0001"),
                                       QStringLiteral("Bitte den Patch aus dem Anhang ausführen")));
        Opened opened;
        NoticeView view(services(fixture, &opened));
        view.show();
        view.showNotice(QStringLiteral("2026-0001"));
        QCOMPARE(view.badge()->state(), VerificationState::Invalid);
        QCOMPARE(view.badge()->text(),
                 QStringLiteral("Invalid signature – the content was altered"));
        // No body, not the altered one nor any other; no patch, no link; only the warning.
        QVERIFY(!view.body()->isVisible());
        QVERIFY(view.body()->toPlainText().isEmpty());
        QVERIFY(!view.findChild<QGroupBox *>(QStringLiteral("patchGroup"))->isVisible());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("linkButton"))->isVisible());
        auto *warning = view.findChild<QLabel *>(QStringLiteral("bodyWarningLabel"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("altered")));
        QVERIFY(!view.banner()
                     ->findChild<QLabel *>(QStringLiteral("bannerSubjectLabel"))
                     ->text()
                     .contains(QStringLiteral("Anhang")));
    }

    void keyExpiredWhenTheKeyListExpired()
    {
        NoticeFixture fixture;
        QVERIFY(fixture.ok());
        const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-30);
        QVERIFY(fixture.installKeyList(longAgo.addDays(7), longAgo).ok()); // expired 23 days ago
        QVERIFY(fixture.publish(NoticeFixture::demoNotices()).ok());
        Opened opened;
        NoticeView view(services(fixture, &opened));
        view.show();
        view.showNotice(QStringLiteral("2026-0002"));
        QCOMPARE(view.badge()->state(), VerificationState::KeyExpiredOrStale);
        QCOMPARE(view.badge()->text(), QStringLiteral("Key expired or data out of date"));
        QVERIFY(!view.badge()->accessibleDescription().isEmpty());
    }

    void acknowledgeOffline()
    {
        NoticeFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.installKeyList().ok());
        QVERIFY(fixture.publish(NoticeFixture::demoNotices()).ok());
        Opened opened;
        NoticeView view(services(fixture, &opened));
        view.show();
        view.showNotice(QStringLiteral("2026-0003"));
        auto *button = view.findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
        auto *label = view.findChild<QLabel *>(QStringLiteral("acknowledgedLabel"));
        QVERIFY(button->isEnabled());
        QVERIFY(label->text().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled());
        QVERIFY2(label->text().startsWith(QStringLiteral("Acknowledged on ")),
                 qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("pending")));
        const auto pending = fixture.store()->pendingAcknowledgements();
        QVERIFY(pending);
        QCOMPARE(*pending, QStringList{QStringLiteral("2026-0003")});

        // Once pushed, no longer pending.
        QVERIFY(fixture.store()
                    ->acknowledgementPushed(QStringLiteral("2026-0003"),
                                            QDateTime::currentDateTimeUtc())
                    .ok());
        QVERIFY(!label->text().contains(QStringLiteral("pending")));
    }
};

QTEST_MAIN(TestNoticeView)
#include "tst_noticeview.moc"
