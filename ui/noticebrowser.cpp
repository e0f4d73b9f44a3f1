#include "ui/noticebrowser.h"

namespace nb::ui {

NoticeBrowser::NoticeBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("noticeBody"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setAccessibleName(tr("Notice text"));
    connect(this, &QTextBrowser::anchorClicked, this, &NoticeBrowser::linkRequested);
}

QVariant NoticeBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_refused;
    return {};
}

} // namespace nb::ui
