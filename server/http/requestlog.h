#pragma once

#include <QByteArray>
#include <QObject>
#include <cstdio>

namespace nb::server {

// The request log: one line per request. Lines are collected and written once per pass of the
// event loop (a burst of pipelined requests costs one write, not one each), and always before the
// loop goes idle, so an operator watching the log sees each request at once.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    explicit RequestLog(std::FILE *out, QObject *parent = nullptr);
    ~RequestLog() override;

    void append(const QByteArray &line);
    void flush();

private:
    std::FILE *m_out;
    QByteArray m_pending;
    bool m_flushScheduled = false;
};

} // namespace nb::server
