#include "ui/lintpanel.h"

#include "ui/stafflabels.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace nb::ui {

namespace {
constexpr int kFindingRole = Qt::UserRole + 1; // index into m_findings
} // namespace

LintPanel::LintPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("lintPanel"));
    m_summary->setObjectName(QStringLiteral("lintSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("lintList"));
    m_list->setAccessibleName(tr("Rule check"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, &LintPanel::activated);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &LintPanel::activated);
    setFindings({});
}

void LintPanel::setFindings(const QList<lint::Finding> &findings)
{
    if (findings == m_findings && m_list->count() == findings.size() &&
        !m_summary->text().isEmpty())
        return;
    m_findings = findings;
    m_list->clear();
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const lint::Finding &finding = m_findings.at(i);
        auto *item = new QListWidgetItem(
            lintSeverityIcon(finding.severity),
            tr("%1: %2").arg(lintFieldLabel(finding.field), finding.message), m_list);
        item->setData(kFindingRole, static_cast<int>(i));
        item->setToolTip(finding.severity == lint::Severity::Error
                             ? tr("Error (%1): blocks approval").arg(finding.code)
                             : tr("Warning (%1)").arg(finding.code));
    }
    m_list->setVisible(!m_findings.isEmpty());
    m_summary->setText(summaryText());
}

bool LintPanel::hasErrors() const
{
    return lint::blocksApproval(m_findings);
}

int LintPanel::errorCount() const
{
    return static_cast<int>(std::count_if(m_findings.begin(), m_findings.end(), [](const auto &f) {
        return f.severity == lint::Severity::Error;
    }));
}

int LintPanel::warningCount() const
{
    return static_cast<int>(m_findings.size()) - errorCount();
}

QString LintPanel::summaryText() const
{
    const int errors = errorCount();
    const int warnings = warningCount();
    if (errors == 0 && warnings == 0)
        return tr("No problems found.");
    const QString errorText = tr("%n error(s)", nullptr, errors);
    const QString warningText = tr("%n warning(s)", nullptr, warnings);
    if (errors == 0)
        return tr("%1 — warnings do not block approval.").arg(warningText);
    return tr("%1, %2 — errors block approval.").arg(errorText, warningText);
}

void LintPanel::activated(QListWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(kFindingRole).toInt();
    if (index >= 0 && index < m_findings.size())
        Q_EMIT findingActivated(m_findings.at(index));
}

} // namespace nb::ui
