#pragma once

#include "core/result.h"
#include "core/spamreport.h"

#include <QObject>
#include <QString>
#include <functional>

class QProcess;

// The spam score of a mail as staff preview it: SpamAssassin (Debian package "spamassassin")
// run on the staff member's machine, local tests only (-L: no network lookups), on the exact
// bytes the server will send. Asynchronous: the window stays responsive while Perl starts.
namespace nb::client {

class SpamCheck : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<mail::SpamReport> &)>;

    // `program`: the spamassassin executable (a name looked up in PATH, or a path).
    explicit SpamCheck(QString program = QStringLiteral("spamassassin"), QObject *parent = nullptr);
    ~SpamCheck() override;

    // Starts a check; a check still running is cancelled (its callback never runs). Errors:
    // "spamassassin-missing" (not installed), "spamassassin-failed" (crashed, timed out after
    // `timeoutMs`, or answered with something that is no report).
    void check(const QByteArray &eml, Done done, int timeoutMs = 60'000);
    bool isRunning() const;

private:
    void finish(QProcess *process, const Done &done);

    QString m_program;
    QProcess *m_process = nullptr;
};

} // namespace nb::client
