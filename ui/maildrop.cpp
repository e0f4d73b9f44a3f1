#include "ui/maildrop.h"

#include <QDropEvent>
#include <QEvent>
#include <QMimeData>
#include <QWidget>
#include <utility>

namespace nb::ui {

namespace {

// Whether `mime` (nullptr: no) carries a local .eml file.
bool hasDroppedMail(const QMimeData *mime)
{
    return mime && mime->hasUrls() && !droppedMailFile(mime->urls()).isEmpty();
}

} // namespace

QString droppedMailFile(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".eml"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

MailDrop::MailDrop(QWidget *window, Check check)
    : QObject(window)
    , m_check(std::move(check))
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool MailDrop::take(const QList<QUrl> &urls)
{
    const QString file = droppedMailFile(urls);
    if (file.isEmpty())
        return false;
    if (m_check)
        m_check(file);
    return true;
}

bool MailDrop::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (!hasDroppedMail(drag->mimeData()))
            break; // the window's own handling (which refuses it)
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!hasDroppedMail(drop->mimeData()) || !take(drop->mimeData()->urls()))
            break;
        drop->acceptProposedAction();
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nb::ui
