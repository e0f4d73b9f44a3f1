#include "ui/syncstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace nb::ui {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_lastSync(new QLabel(this))
    , m_pending(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pending);
    setState(client::SyncEngine::State::Idle);
    setLastSync({});
    setPendingChanges(0);
}

void SyncStatusWidget::setState(client::SyncEngine::State state)
{
    switch (state) {
    case client::SyncEngine::State::Offline:
        m_state->setText(tr("Offline"));
        break;
    case client::SyncEngine::State::Idle:
        m_state->setText(tr("Online"));
        break;
    case client::SyncEngine::State::Syncing:
        m_state->setText(tr("Syncing…"));
        break;
    case client::SyncEngine::State::SignedOut:
        m_state->setText(tr("Signed out"));
        break;
    }
    if (state != client::SyncEngine::State::Syncing)
        m_progress->hide();
    m_state->setAccessibleName(m_state->text());
}

void SyncStatusWidget::setProgress(int done, int total)
{
    m_progress->setVisible(total > 1 && done < total); // only long work shows a bar
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void SyncStatusWidget::setLastSync(const QDateTime &when)
{
    m_lastSync->setText(
        when.isValid()
            ? tr("Last sync: %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
            : tr("Not synced yet"));
}

void SyncStatusWidget::setPendingChanges(int count)
{
    m_pending->setText(tr("%n change(s) pending", nullptr, count));
}

QString SyncStatusWidget::stateText() const
{
    return m_state->text();
}

} // namespace nb::ui
