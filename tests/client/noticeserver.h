#pragma once

#include "client/networktransport.h"
#include "client/noticestore.h"
#include "client/offlinestore.h"
#include "client/syncengine.h"
#include "core/signing.h"
#include "faulttransport.h"
#include "serverprocess.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace nbtest {

// notabene-server with a key folder (keys init), the demo world and its signed demo notices
// (demo-data --keys), serving the key list (serve --keys); its roots (keys export-roots) are
// what a client built for it trusts.
class NoticeServer
{
public:
    bool start();
    // Another serve process on the same database and keys (after stop(): a restart).
    bool restart();
    void stop();
    QString errorString() const { return m_error; }

    ServerProcess &process() { return *m_process; }
    QList<nb::signing::PublicKey> roots() const { return m_roots; }
    QString rootsFile() const { return m_rootsFile; }
    QString keysDir() const { return m_dir.filePath(QStringLiteral("keys")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_process;
    std::vector<std::unique_ptr<ServerProcess>> m_previous; // the first owns the database
    QList<nb::signing::PublicKey> m_roots;
    QString m_rootsFile;
    QString m_error;
};

// A transport that answers some requests itself (what a hostile or broken server would send)
// and forwards the rest. The rule gets the request and the real answer (forwarded first when
// `forward` is set) and returns a replacement, or nullopt to keep the real one.
class RewritingTransport : public nb::client::Transport
{
    Q_OBJECT

public:
    using Rule = std::function<std::optional<nb::client::ApiResponse>(
        const nb::client::ApiRequest &, const nb::client::ApiResponse &)>;
    explicit RewritingTransport(nb::client::Transport *inner, QObject *parent = nullptr);

    void send(const nb::client::ApiRequest &request, Callback done) override;
    void setRule(Rule rule) { m_rule = std::move(rule); }

private:
    nb::client::Transport *m_inner;
    Rule m_rule;
};

// One desktop client of a NoticeServer: its stores, a transport chain (network ← rewriting ←
// fault log) and a SyncEngine with the server's roots.
struct NoticeClient
{
    NoticeClient(const QUrl &url, const QByteArray &token,
                 const QList<nb::signing::PublicKey> &roots, const QString &folder);
    bool sync(); // one run; its result

    QNetworkAccessManager manager;
    nb::client::NetworkTransport network;
    RewritingTransport rewriting;
    FaultTransport faults;
    std::unique_ptr<nb::client::OfflineStore> store;
    std::unique_ptr<nb::client::NoticeStore> notices;
    std::unique_ptr<nb::client::SyncEngine> engine;
};

} // namespace nbtest
