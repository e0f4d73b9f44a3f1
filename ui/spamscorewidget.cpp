#include "ui/spamscorewidget.h"

#include "client/spamcheck.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nb::ui {

SpamScoreWidget::SpamScoreWidget(client::SpamCheck *check, QWidget *parent)
    : QWidget(parent)
    , m_check(check)
    , m_summary(new QLabel(this))
    , m_rules(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("spamScore"));
    m_summary->setObjectName(QStringLiteral("spamSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_rules->setObjectName(QStringLiteral("spamRulesTree"));
    m_rules->setAccessibleName(tr("Spam rules that fired"));
    m_rules->setRootIsDecorated(false);
    m_rules->setHeaderLabels({tr("Points"), tr("Rule"), tr("Description")});
    m_rules->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_rules->setMaximumHeight(140);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_rules);
    m_rules->hide();
}

void SpamScoreWidget::checkMail(const QByteArray &eml)
{
    const quint64 request = ++m_request;
    m_rules->clear();
    m_rules->hide();
    if (eml.isEmpty()) {
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("Spam score: checking with SpamAssassin…"));
    QPointer<SpamScoreWidget> self(this);
    m_check->check(eml, [self, request](const Result<mail::SpamReport> &report) {
        if (!self || request != self->m_request)
            return;
        if (report)
            self->show(*report);
        else
            self->showError(report.error().message);
        Q_EMIT self->checked();
    });
}

void SpamScoreWidget::show(const mail::SpamReport &report)
{
    const QLocale locale;
    const QString score = locale.toString(report.score, 'f', 1);
    const QString required = locale.toString(report.required, 'f', 1);
    if (report.spam) {
        m_summary->setText(tr("Spam score %1 of %2: SpamAssassin would file this mailing as "
                              "spam. Change the text until the rules below no longer fire.")
                               .arg(score, required));
    } else if (report.score >= report.required / 2) {
        m_summary->setText(tr("Spam score %1 of %2: close to the spam threshold; some mail "
                              "servers may file it as spam. Check the rules below.")
                               .arg(score, required));
    } else {
        m_summary->setText(
            tr("Spam score %1 of %2: unlikely to be filed as spam.").arg(score, required));
    }
    for (const mail::SpamRule &rule : report.rules) {
        auto *item = new QTreeWidgetItem(m_rules);
        item->setText(0, locale.toString(rule.points, 'f', 1));
        item->setText(1, rule.name);
        item->setText(2, rule.description);
    }
    m_rules->setVisible(!report.rules.isEmpty());
}

void SpamScoreWidget::showError(const QString &message)
{
    m_summary->setText(tr("No spam score: %1").arg(message));
}

QString SpamScoreWidget::summaryText() const
{
    return m_summary->text();
}

int SpamScoreWidget::ruleCount() const
{
    return m_rules->topLevelItemCount();
}

} // namespace nb::ui
