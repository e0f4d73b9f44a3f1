#pragma once

#include <QObject>

class QSocketNotifier;

namespace nb::server {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so the server can stop cleanly.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace nb::server
