#pragma once

#include "client/syncengine.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace nb::ui {

// The status bar's sync feedback: online / offline / syncing (with progress on long work), the
// time of the last sync and the number of pending changes. Fed by signals; owns no engine.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setState(nb::client::SyncEngine::State state);
    void setProgress(int done, int total);
    void setLastSync(const QDateTime &when);
    void setPendingChanges(int count);

    QString stateText() const;

private:
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_lastSync;
    QLabel *m_pending;
};

} // namespace nb::ui
