#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>

class QWidget;

namespace nb::ui {

// The first local .eml file among `urls` (dropped or pasted); empty when there is none.
QString droppedMailFile(const QList<QUrl> &urls);

// Lets a window take .eml files dropped on it, for its "E-Mail prüfen" page: installed as an event
// filter on `window` (which it sets to accept drops and which owns it), it accepts drags that carry
// a local .eml, leaves every other drag to the window, and hands the first dropped .eml to `check`.
class MailDrop : public QObject
{
    Q_OBJECT

public:
    using Check = std::function<void(const QString &path)>;

    MailDrop(QWidget *window, Check check);

    // Hands the first .eml among `urls` to the check; false (nothing happens) when there is none.
    bool take(const QList<QUrl> &urls);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Check m_check;
};

} // namespace nb::ui
