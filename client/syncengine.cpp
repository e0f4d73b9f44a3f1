#include "client/syncengine.h"

#include "client/domainjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>

namespace nb::client {

namespace {

Error malformed()
{
    return Error{QStringLiteral("malformed-response"),
                 QCoreApplication::translate("nb::client::SyncEngine",
                                             "The server sent an answer that cannot be read. "
                                             "Nothing was lost; try again later."),
                 {}};
}

QByteArray etagOf(const ApiResponse &response)
{
    const QByteArray header = response.header("ETag");
    if (!header.isEmpty())
        return header;
    return response.json().value(QStringLiteral("etag")).toString().toLatin1();
}

// Worth trying again later: no answer, a server error, an answer that cannot be read.
bool transientFailure(const ApiResponse &response)
{
    if (response.error && response.error->code == QLatin1String("malformed-response"))
        return true;
    return response.status == 0 || response.status == 408 || response.status == 429 ||
           response.status >= 500 || (response.status < 400 && !response.ok());
}

// Whether a 2xx answer to a push carries the representation it must (a PUT or POST answer).
bool answerHasState(const OutboxEntry &entry, const QJsonObject &state)
{
    if (entry.method == "DELETE")
        return true;
    if (entry.kind == QLatin1String("company"))
        return companyFromServer(state).has_value();
    if (entry.kind == QLatin1String("contact"))
        return contactFromServer(state).has_value();
    return distributionFromServer(state).has_value();
}

} // namespace

SyncEngine::SyncEngine(OfflineStore *store, Transport *transport, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(transport)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(m_store, &OfflineStore::changed, this, &SyncEngine::localChange);
    m_noticeTimer.setSingleShot(true);
    connect(&m_noticeTimer, &QTimer::timeout, this, &SyncEngine::pollNotices);
}

SyncEngine::SyncEngine(OfflineStore *store, NoticeStore *notices,
                       const QList<signing::PublicKey> &shippedRoots, Transport *transport,
                       QObject *parent)
    : SyncEngine(store, transport, parent)
{
    setNoticeStore(notices, shippedRoots);
}

QDateTime SyncEngine::lastSync() const
{
    auto when = m_store->lastSync();
    return when ? *when : QDateTime();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::setAutomatic(bool on, int intervalMs, int maxBackoffMs)
{
    m_automatic = on;
    m_intervalMs = intervalMs;
    m_maxBackoffMs = maxBackoffMs;
    if (!on) {
        m_timer.stop();
        m_noticeTimer.stop();
    } else if (m_state != State::Syncing && m_state != State::SignedOut)
        m_timer.start(0);
}

void SyncEngine::localChange()
{
    // The engine's own store calls happen while Syncing; a run that ends well looks for edits
    // made meanwhile.
    if (m_automatic && m_state != State::Syncing && m_state != State::SignedOut)
        m_timer.start(0);
}

void SyncEngine::syncNow()
{
    if (m_state == State::Syncing)
        return;
    m_timer.stop();
    auto pending = m_store->pendingChanges();
    if (!pending)
        return storeFailed();
    m_done = 0;
    m_total = *pending;
    m_keysFetched = false;
    m_unknownKey = false;
    m_invalidNotices = 0;
    setState(State::Syncing);
    if (m_total > 0)
        Q_EMIT progress(0, m_total);
    pushNext();
}

void SyncEngine::send(const ApiRequest &request, std::function<void(const ApiResponse &)> handle)
{
    QPointer<SyncEngine> self(this);
    m_transport->send(request, [self, handle = std::move(handle)](const ApiResponse &response) {
        if (self)
            handle(response);
    });
}

void SyncEngine::pushNext()
{
    auto next = m_store->nextOutboxEntry();
    if (!next)
        return storeFailed();
    if (!*next)
        return pull();
    const OutboxEntry entry = **next;
    ApiRequest request;
    request.method = entry.method;
    request.path = entry.path;
    request.body = entry.body;
    if (entry.method == "POST" && !entry.idempotencyKey.isEmpty())
        request.headers.append({"Idempotency-Key", entry.idempotencyKey});
    if (entry.method != "POST" && !entry.ifMatch.isEmpty())
        request.headers.append({"If-Match", entry.ifMatch});
    send(request, [this, entry](const ApiResponse &response) { pushAnswered(entry, response); });
}

void SyncEngine::pushAnswered(const OutboxEntry &entry, const ApiResponse &response)
{
    if (response.status == 401)
        return signedOut();
    if (response.ok()) {
        const QJsonObject state = response.json();
        if (!answerHasState(entry, state))
            return networkFailed();
        return completeEntry(entry, state, etagOf(response));
    }
    if (transientFailure(response))
        return networkFailed();
    if (response.status == 412) {
        // A POST cannot be stale: whatever answered 412 was not the server's judgement.
        if (entry.method == "POST")
            return networkFailed();
        return checkPrecondition(entry);
    }
    if (response.status == 404 && entry.method == "DELETE")
        return completeEntry(entry, {}, {}); // gone already (maybe by our earlier try)
    rejectEntry(entry, response.error.value_or(malformed()));
}

void SyncEngine::checkPrecondition(const OutboxEntry &entry)
{
    ApiRequest request;
    request.path =
        entry.kind == QLatin1String("company") ? QStringLiteral("/api/v1/company") : entry.path;
    send(request, [this, entry](const ApiResponse &response) {
        if (response.status == 401)
            return signedOut();
        if (response.status == 404) {
            if (entry.method == "DELETE")
                return completeEntry(entry, {}, {});
            return rejectEntry(entry, response.error.value_or(malformed()));
        }
        if (!response.ok())
            return networkFailed();
        const QJsonObject state = response.json();
        const QByteArray etag = etagOf(response);
        // The server still has what the edit was based on: the 412 was not about a change.
        if (etag.isEmpty() || etag == entry.ifMatch || !answerHasState(entry, state))
            return networkFailed();
        // Our own earlier try got through, only its answer was lost.
        if (entry.method == "PUT" &&
            stateHasBody(state, QJsonDocument::fromJson(entry.body).object()))
            return completeEntry(entry, state, etag);
        if (Status moved = m_store->conflictOutboxEntry(entry, state, etag); !moved)
            return storeFailed();
        auto conflicts = m_store->conflicts();
        if (!conflicts)
            return storeFailed();
        Q_EMIT conflictsFound(int(conflicts->size()));
        entryDone();
    });
}

void SyncEngine::completeEntry(const OutboxEntry &entry, const QJsonObject &state,
                               const QByteArray &etag)
{
    if (Status completed = m_store->completeOutboxEntry(entry, state, etag); !completed)
        return storeFailed();
    entryDone();
}

void SyncEngine::rejectEntry(const OutboxEntry &entry, const Error &reason)
{
    if (Status dropped = m_store->rejectOutboxEntry(entry, reason); !dropped)
        return storeFailed();
    Q_EMIT rejected(reason);
    entryDone();
}

void SyncEngine::entryDone()
{
    ++m_done;
    m_total = std::max(m_total, m_done);
    Q_EMIT progress(m_done, m_total);
    pushNext();
}

// One request: the account snapshot, If-None-Match the one stored last (304: nothing new).
void SyncEngine::pull()
{
    auto etag = m_store->accountEtag();
    if (!etag)
        return storeFailed();
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/account");
    if (!etag->isEmpty())
        request.headers.append({"If-None-Match", *etag});
    send(request, [this](const ApiResponse &response) {
        if (response.status == 401)
            return signedOut();
        if (response.status != 304) {
            if (!response.ok())
                return networkFailed();
            if (Status stored = storePulled(response); !stored) {
                if (stored.error().code == QLatin1String("malformed-response"))
                    return networkFailed();
                return storeFailed();
            }
        }
        if (Status stamped = m_store->setLastSync(QDateTime::currentDateTimeUtc()); !stamped)
            return storeFailed();
        pulled();
    });
}

Status SyncEngine::storePulled(const ApiResponse &response)
{
    const auto snapshot = accountFromServer(response.json());
    if (!snapshot)
        return malformed();
    return m_store->storeServerAccount(*snapshot, response.header("ETag"));
}

void SyncEngine::finishRun(bool ok, State next)
{
    setState(next);
    if (ok) {
        m_backoffMs = 0;
        if (m_automatic) {
            // Edits made while this run was busy go out right away.
            auto pending = m_store->pendingChanges();
            m_timer.start(pending && *pending > 0 ? 0 : m_intervalMs);
        }
        if (m_automatic && m_notices)
            m_noticeTimer.start(m_noticeIntervalMs);
    } else {
        scheduleRetry();
    }
    Q_EMIT finished(ok);
}

void SyncEngine::scheduleRetry()
{
    if (!m_automatic)
        return;
    m_backoffMs = m_backoffMs == 0 ? std::min(1000, m_maxBackoffMs)
                                   : std::min(m_backoffMs * 2, m_maxBackoffMs);
    m_timer.start(m_backoffMs);
}

void SyncEngine::networkFailed()
{
    finishRun(false, State::Offline);
}

void SyncEngine::storeFailed()
{
    finishRun(false, State::Idle);
}

void SyncEngine::signedOut()
{
    m_timer.stop();
    m_noticeTimer.stop();
    setState(State::SignedOut);
    Q_EMIT sessionExpired();
    Q_EMIT finished(false);
}

} // namespace nb::client
