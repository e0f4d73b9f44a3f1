#pragma once

#include "client/offlinestore.h"
#include "client/transport.h"
#include "core/signing.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace nb::client {

class NoticeStore;
struct FeedItem;

// Pushes the outbox in order (Idempotency-Key on POST, If-Match on PUT/DELETE), then pulls what
// changed in one request: GET /api/v1/account (company, contacts, Verteiler and the vendor's
// branding, stored in one transaction; If-None-Match: a sync with nothing new costs one 304).
// Network trouble
// (no answer, timeout, 5xx, malformed answer) keeps the entry and retries with backoff; 412 turns
// the entry into a Conflict; 401 stops and asks for a new sign-in without touching the outbox.
//
// With a NoticeStore, every run goes on after the account pull (syncenginenotices.cpp): it
// pushes the acknowledgements made offline, then the reads (notices opened in the app), fetches the
// signed key list (when none is stored, when a notice names an unknown signing key, or once a day,
// with If-None-Match), then the feed page by page from the latest stored sequence (If-None-Match:
// nothing new is one 304). A key list or feed older than the one stored is refused and reported as
// securityProblem(); what is stored stays. setNoticeInterval() polls only the notices between full
// runs.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,
        Idle,
        Syncing,
        SignedOut
    };
    Q_ENUM(State)

    SyncEngine(OfflineStore *store, Transport *transport, QObject *parent = nullptr);
    SyncEngine(OfflineStore *store, NoticeStore *notices,
               const QList<signing::PublicKey> &shippedRoots, Transport *transport,
               QObject *parent = nullptr);

    // Adds the notices to every run (nullptr: none); the roots start the key list chain.
    void setNoticeStore(NoticeStore *notices, const QList<signing::PublicKey> &shippedRoots);

    State state() const { return m_state; }
    QDateTime lastSync() const;

    // Starts a sync now unless one is running ("Jetzt synchronisieren").
    void syncNow();
    // Syncs every `intervalMs` and after every local edit; backoff on failure up to `maxBackoffMs`.
    void setAutomatic(bool on, int intervalMs = 60000, int maxBackoffMs = 300000);
    // In automatic mode, polls the notices alone every `intervalMs` (default 60 s).
    void setNoticeInterval(int intervalMs);
    // One run of the notice part alone (acknowledgements, reads, key list, feed) unless a run is
    // busy.
    void pollNotices();

Q_SIGNALS:
    void stateChanged(nb::client::SyncEngine::State state);
    void progress(int done, int total);
    void finished(bool ok); // one sync run ended
    void conflictsFound(int count);
    void rejected(const nb::Error &reason); // an edit the server refused for good
    void sessionExpired();
    // A key list or a feed older than what was received before (a replay), or a key list that
    // does not verify: refused, nothing stored is lost.
    void securityProblem(const nb::Error &problem);

private:
    void setState(State state);
    void pushNext();
    void pull();
    void scheduleRetry();

    // Sends through the transport; `handle` is not called once this engine is gone.
    void send(const ApiRequest &request, std::function<void(const ApiResponse &)> handle);
    void pushAnswered(const OutboxEntry &entry, const ApiResponse &response);
    // 412: reads the server's current state, then completes, conflicts or retries the entry.
    void checkPrecondition(const OutboxEntry &entry);
    void completeEntry(const OutboxEntry &entry, const QJsonObject &state, const QByteArray &etag);
    void rejectEntry(const OutboxEntry &entry, const Error &reason);
    void entryDone();
    // Stores a 200 answer of GET /api/v1/account; malformed-response when it cannot be read.
    Status storePulled(const ApiResponse &response);
    void finishRun(bool ok, State next);
    void networkFailed(); // keep everything, Offline, retry with backoff
    void storeFailed();   // the local database failed: retry later
    void signedOut();     // 401: keep the outbox, ask for a new sign-in
    void localChange();

    // syncenginenotices.cpp
    void pulled(); // the account part is done: the notices, or the end of the run
    void pushNextAcknowledgement();
    void pushNextRead();
    void fetchKeys(std::function<void()> then);
    Status storeKeys(const ApiResponse &response);
    void fetchFeed();
    void feedAnswered(qint64 after, const ApiResponse &response);
    void verifyPage(const QList<FeedItem> &items);
    void noticesDone();
    void refused(const Error &problem); // securityProblem, keep everything, end the run
    bool keysDue();

    OfflineStore *m_store;
    Transport *m_transport;
    State m_state = State::Idle;
    QTimer m_timer;
    int m_backoffMs = 0;
    int m_maxBackoffMs = 300000;
    int m_intervalMs = 60000;
    int m_done = 0;
    int m_total = 0;
    bool m_automatic = false;

    NoticeStore *m_notices = nullptr;
    QList<signing::PublicKey> m_roots;
    QTimer m_noticeTimer;
    int m_noticeIntervalMs = 60000;
    bool m_keysFetched = false; // in this run
    bool m_unknownKey = false;  // a notice of this run names a key no stored list has
    int m_invalidNotices = 0;   // notices of this run whose signature does not hold
};

} // namespace nb::client
