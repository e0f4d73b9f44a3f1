#include "noticeserver.h"

#include "client/trustedroots.h"

#include <QFile>
#include <QSignalSpy>
#include <QTimer>

namespace nbtest {

using namespace nb::client;

bool NoticeServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const CommandResult init = runServerCommand(
        {QStringLiteral("keys"), QStringLiteral("init"), QStringLiteral("--dir"), keysDir()});
    if (init.exitCode != 0) {
        m_error = QStringLiteral("keys init: ") + QString::fromUtf8(init.err);
        return false;
    }
    const CommandResult exported =
        runServerCommand({QStringLiteral("keys"), QStringLiteral("export-roots"),
                          QStringLiteral("--dir"), keysDir()});
    auto roots = parseTrustedRoots(exported.out);
    if (exported.exitCode != 0 || !roots) {
        m_error =
            QStringLiteral("keys export-roots: ") + QString::fromUtf8(exported.err + exported.out);
        return false;
    }
    m_roots = *roots;
    m_rootsFile = m_dir.filePath(QStringLiteral("roots.json"));
    QFile file(m_rootsFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.out) != exported.out.size()) {
        m_error = QStringLiteral("cannot write roots.json");
        return false;
    }
    file.close();
    m_process = std::make_unique<ServerProcess>(QStringList{QStringLiteral("--keys"), keysDir()});
    if (!m_process->start()) {
        m_error = m_process->errorString();
        return false;
    }
    // demo-data is idempotent: this run adds the signed notices to the demo world.
    const CommandResult demo =
        runServerCommand({QStringLiteral("demo-data"), QStringLiteral("--db"),
                          m_process->database().url(), QStringLiteral("--keys"), keysDir()});
    if (demo.exitCode != 0) {
        m_error = QStringLiteral("demo-data --keys: ") + QString::fromUtf8(demo.err);
        return false;
    }
    return true;
}

void NoticeServer::stop()
{
    if (m_process)
        m_process->stop();
}

bool NoticeServer::restart()
{
    auto next = std::make_unique<ServerProcess>(QStringList{QStringLiteral("--keys"), keysDir()});
    const ServerProcess &first = m_previous.empty() ? *m_process : *m_previous.front();
    if (!next->startOnDatabaseOf(first)) {
        m_error = next->errorString();
        return false;
    }
    // The first process owns the database folder: every one is kept until the end.
    m_previous.push_back(std::move(m_process));
    m_process = std::move(next);
    return true;
}

RewritingTransport::RewritingTransport(Transport *inner, QObject *parent)
    : Transport(parent)
    , m_inner(inner)
{}

void RewritingTransport::send(const ApiRequest &request, Callback done)
{
    m_inner->setToken(token());
    m_inner->send(request, [this, request, done = std::move(done)](const ApiResponse &answer) {
        std::optional<ApiResponse> replaced = m_rule ? m_rule(request, answer) : std::nullopt;
        done(replaced ? *replaced : answer);
    });
}

NoticeClient::NoticeClient(const QUrl &url, const QByteArray &token,
                           const QList<nb::signing::PublicKey> &roots, const QString &folder)
    : network(&manager, url)
    , rewriting(&network)
    , faults(&rewriting)
{
    network.setTimeoutMs(10000);
    faults.setToken(token);
    auto opened = OfflineStore::open(folder + QStringLiteral("/account.sqlite"),
                                     QStringLiteral("notice-client-account"));
    if (opened)
        store = std::move(*opened);
    auto openedNotices = NoticeStore::open(folder + QStringLiteral("/notices.sqlite"),
                                           QStringLiteral("notice-client-notices"));
    if (openedNotices)
        notices = std::move(*openedNotices);
    if (store && notices)
        engine = std::make_unique<SyncEngine>(store.get(), notices.get(), roots, &faults);
}

bool NoticeClient::sync()
{
    if (!engine)
        return false;
    QSignalSpy finished(engine.get(), &SyncEngine::finished);
    engine->syncNow();
    const bool ok = finished.wait(20000) && finished.first().first().toBool();
    if (!ok) {
        // What went out, for the failure message.
        for (const FaultTransport::Exchange &exchange : faults.log()) {
            qWarning("  %s %s -> %d", exchange.method.constData(), qPrintable(exchange.path),
                     exchange.status);
        }
    }
    return ok;
}

} // namespace nbtest
