#pragma once

#include "client/transport.h"

#include <QList>
#include <QRegularExpression>

namespace nbtest {

// A Transport decorator for the sync tests: forwards to the real transport, but injects, at a
// given request number or on requests matching a pattern, what a real server cannot do on
// demand. Every answer is delivered asynchronously, exactly once. Keeps a log of what went out.
class FaultTransport : public nb::client::Transport
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        Drop,               // no answer: status 0, "network" (not forwarded)
        Hang,               // no answer until the timeout: status 0, "timeout" (not forwarded)
        ServerError,        // 500 problem+json (not forwarded)
        Malformed,          // forwarded; the answer replaced by a 200 that is not JSON
        PreconditionFailed, // 412 problem+json "stale" (not forwarded)
        LostAnswer,         // forwarded and processed by the server; the answer never arrives
    };

    struct Exchange
    {
        QByteArray method;
        QString path;
        nb::client::HeaderList headers;
        int status = 0; // what the caller got
        Fault fault = Fault::None;
    };

    explicit FaultTransport(nb::client::Transport *inner, QObject *parent = nullptr);

    void send(const nb::client::ApiRequest &request, Callback done) override;

    // The `number`-th request from now (1: the next one) gets `fault`.
    void failRequest(int number, Fault fault);
    // The next `times` requests whose "METHOD path" matches `pattern` get `fault`.
    void failMatching(const QString &pattern, Fault fault, int times = 1);
    void clearFaults();
    void setHangMs(int ms) { m_hangMs = ms; }

    const QList<Exchange> &log() const { return m_log; }
    void clearLog() { m_log.clear(); }

private:
    struct Rule
    {
        int number = 0; // counted down per request; 0: pattern rule
        QRegularExpression pattern;
        int times = 0;
        Fault fault = Fault::None;
    };

    Fault faultFor(const nb::client::ApiRequest &request);
    void answerLater(int delayMs, nb::client::ApiResponse response, qsizetype logIndex,
                     Callback done);

    nb::client::Transport *m_inner;
    QList<Rule> m_rules;
    QList<Exchange> m_log;
    int m_hangMs = 300;
};

const char *faultName(FaultTransport::Fault fault);

} // namespace nbtest
