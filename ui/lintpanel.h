#pragma once

#include "core/mailinglint.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace nb::ui {

// The live lint of a mailing: a summary line ("No problems found" / "2 errors, 1 warning —
// errors block approval") and one line per finding with the style's error or warning icon, the
// field it is about and its (translated) explanation. Activating a line (double click, Enter)
// emits findingActivated so the editor can focus that field.
class LintPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LintPanel(QWidget *parent = nullptr);

    // Shows `findings` (rebuilt only when they changed: typing does not reset the selection).
    void setFindings(const QList<lint::Finding> &findings);
    const QList<lint::Finding> &findings() const { return m_findings; }
    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    QString summaryText() const;
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void findingActivated(const nb::lint::Finding &finding);

private:
    void activated(QListWidgetItem *item);

    QList<lint::Finding> m_findings;
    QLabel *m_summary;
    QListWidget *m_list;
};

} // namespace nb::ui
