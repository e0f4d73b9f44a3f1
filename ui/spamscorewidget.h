#pragma once

#include "core/spamreport.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace nb::client {
class SpamCheck;
}

namespace nb::ui {

// The spam score of the previewed mail (SpamAssassin, local tests only, on the staff member's
// machine): the score against SpamAssassin's threshold in words staff act on, and every rule
// that fired with its points — so a mailing is fixed before it lands in the spam folder.
class SpamScoreWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SpamScoreWidget(client::SpamCheck *check, QWidget *parent = nullptr);

    // Checks `eml` (the mail exactly as it will be sent); an earlier check still running is
    // dropped. An empty mail clears the widget.
    void checkMail(const QByteArray &eml);
    QString summaryText() const;
    int ruleCount() const;

Q_SIGNALS:
    void checked(); // a score or an error is shown

private:
    void show(const mail::SpamReport &report);
    void showError(const QString &message);

    client::SpamCheck *m_check;
    QLabel *m_summary;
    QTreeWidget *m_rules;
    quint64 m_request = 0;
};

} // namespace nb::ui
