#include "ui/linkopener.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>

namespace nb::ui {

UrlOpener systemUrlOpener()
{
    return [](const QUrl &url) {
        QDesktopServices::openUrl(url);
    };
}

bool confirmAndOpenLink(QWidget *parent, const QUrl &url, const UrlOpener &opener)
{
    const QString target = url.toDisplayString(QUrl::FullyEncoded);
    QMessageBox box(QMessageBox::Question,
                    QCoreApplication::translate("nb::ui::LinkOpener", "Open link?"),
                    QCoreApplication::translate("nb::ui::LinkOpener",
                                                "This link leads to:\n\n%1\n\nOpen it in your "
                                                "browser? Download patches only through Notabene "
                                                "or the Kundencenter, never from other sites.")
                        .arg(target),
                    QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmLinkBox"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setTextFormat(Qt::PlainText);
    if (box.exec() != QMessageBox::Open)
        return false;
    if (opener)
        opener(url);
    return true;
}

} // namespace nb::ui
