// The SyncEngine's notice part: acknowledgements, reads in the app, the signed key list, the feed.
#include "client/noticestore.h"
#include "client/syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <thread>
#include <utility>
#include <vector>

namespace nb::client {

namespace {

const QString feedAfterName = QStringLiteral("feed-after");
const QString feedEtagName = QStringLiteral("feed-etag");
const QString keysEtagName = QStringLiteral("keys-etag");
const QString keysCheckedName = QStringLiteral("keys-checked");
constexpr qint64 keysCheckIntervalMs = 24 * 60 * 60 * 1000;

bool transient(const ApiResponse &response)
{
    if (response.error && response.error->code == QLatin1String("malformed-response"))
        return true;
    return response.status == 0 || response.status == 408 || response.status == 429 ||
           response.status >= 500 || (response.status < 400 && !response.ok());
}

Error feedRollback(qint64 latest, qint64 stored)
{
    return Error{QStringLiteral("feed-rollback"),
                 QCoreApplication::translate(
                     "nb::client::SyncEngine",
                     "The server says its newest notice is number %1, but notices up to number "
                     "%2 were received before: an old or replayed feed. The notices received "
                     "before stay.")
                     .arg(latest)
                     .arg(stored),
                 QStringLiteral("latest")};
}

QString noticePath(const QString &id)
{
    return QStringLiteral("/api/v1/notices/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// A page of GET /api/v1/notices; nullopt when it does not have that shape.
struct FeedPage
{
    QList<FeedItem> items;
    qint64 latest = 0;
};

std::optional<FeedPage> feedPage(const QJsonObject &json)
{
    const QJsonValue notices = json.value(QStringLiteral("notices"));
    const QJsonValue latest = json.value(QStringLiteral("latest"));
    if (!notices.isArray() || !latest.isDouble())
        return std::nullopt;
    FeedPage page;
    page.latest = latest.toInteger();
    for (const QJsonValue &value : notices.toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonValue sequence = item.value(QStringLiteral("sequence"));
        const QJsonValue envelope = item.value(QStringLiteral("envelope"));
        if (!sequence.isDouble() || !envelope.isObject())
            return std::nullopt;
        page.items.append(
            FeedItem{sequence.toInteger(),
                     QJsonDocument(envelope.toObject()).toJson(QJsonDocument::Compact)});
    }
    return page;
}

} // namespace

void SyncEngine::setNoticeStore(NoticeStore *notices, const QList<signing::PublicKey> &shippedRoots)
{
    m_notices = notices;
    m_roots = shippedRoots;
    if (m_notices)
        m_notices->setTrustedRoots(shippedRoots);
}

void SyncEngine::setNoticeInterval(int intervalMs)
{
    m_noticeIntervalMs = intervalMs;
    if (m_automatic && m_notices && m_state != State::Syncing && m_state != State::SignedOut)
        m_noticeTimer.start(m_noticeIntervalMs);
}

void SyncEngine::pollNotices()
{
    if (!m_notices || m_state == State::Syncing || m_state == State::SignedOut)
        return;
    m_noticeTimer.stop();
    m_done = 0;
    m_total = 0;
    m_keysFetched = false;
    m_unknownKey = false;
    m_invalidNotices = 0;
    setState(State::Syncing);
    pushNextAcknowledgement();
}

void SyncEngine::pulled()
{
    if (!m_notices)
        return finishRun(true, State::Idle);
    pushNextAcknowledgement();
}

// "Zur Kenntnis genommen" made offline, oldest first; 404: the server does not know the notice
// (any more): dropped and reported.
void SyncEngine::pushNextAcknowledgement()
{
    auto pending = m_notices->pendingAcknowledgements();
    if (!pending)
        return storeFailed();
    if (pending->isEmpty())
        return pushNextRead();
    const QString id = pending->constFirst();
    ApiRequest request;
    request.method = "POST";
    request.path = noticePath(id) + QStringLiteral("/acknowledgement");
    request.body = "{}";
    send(request, [this, id](const ApiResponse &response) {
        if (response.status == 401)
            return signedOut();
        if (response.ok()) {
            const QDateTime at = QDateTime::fromString(
                response.json().value(QStringLiteral("at")).toString(), Qt::ISODate);
            if (Status pushed = m_notices->acknowledgementPushed(id, at); !pushed)
                return storeFailed();
            return pushNextAcknowledgement();
        }
        if (transient(response))
            return networkFailed();
        if (Status dropped = m_notices->acknowledgementRejected(id); !dropped)
            return storeFailed();
        Q_EMIT rejected(
            response.error.value_or(Error{QStringLiteral("http-%1").arg(response.status), {}, {}}));
        pushNextAcknowledgement();
    });
}

// Notices opened in the app whose read the server does not have yet, in feed order (the mailing
// results count them). The server keeps the first read, so a push repeated after a lost answer
// is harmless. 404 (the server does not know the notice, any more) or another refusal drops the
// read without a message: it is bookkeeping, not an edit of the user's. Network trouble keeps it.
void SyncEngine::pushNextRead()
{
    auto pending = m_notices->pendingReads();
    if (!pending)
        return storeFailed();
    if (pending->isEmpty()) {
        if (keysDue())
            return fetchKeys([this] { fetchFeed(); });
        return fetchFeed();
    }
    const QString id = pending->constFirst();
    ApiRequest request;
    request.method = "POST";
    request.path = noticePath(id) + QStringLiteral("/read");
    request.body = "{}";
    send(request, [this, id](const ApiResponse &response) {
        if (response.status == 401)
            return signedOut();
        if (!response.ok() && transient(response))
            return networkFailed();
        if (Status settled = m_notices->readSettled(id); !settled)
            return storeFailed();
        pushNextRead();
    });
}

bool SyncEngine::keysDue()
{
    if (m_roots.isEmpty() || m_keysFetched)
        return false; // without shipped roots no key list can be trusted anyway
    auto lists = m_notices->keyLists();
    if (!lists || lists->isEmpty())
        return true;
    auto checked = m_notices->syncValue(keysCheckedName);
    if (!checked)
        return true;
    return checked->isEmpty() ||
           QDateTime::currentMSecsSinceEpoch() - checked->toLongLong() >= keysCheckIntervalMs;
}

void SyncEngine::fetchKeys(std::function<void()> then)
{
    m_keysFetched = true;
    auto etag = m_notices->syncValue(keysEtagName);
    if (!etag)
        return storeFailed();
    auto lists = m_notices->keyLists();
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/keys");
    // The ETag only counts while the lists it describes are here.
    if (!etag->isEmpty() && lists && !lists->isEmpty())
        request.headers.append({"If-None-Match", *etag});
    send(request, [this, then = std::move(then)](const ApiResponse &response) {
        if (response.status == 401)
            return signedOut();
        // A server without signing keys: the notices still come, they show as not verified.
        const bool noKeys = response.status == 503 && response.error &&
                            response.error->code == QLatin1String("keys-not-configured");
        if (response.status != 304 && !noKeys) {
            if (!response.ok())
                return networkFailed();
            if (Status stored = storeKeys(response); !stored) {
                if (stored.error().code == QLatin1String("store-error"))
                    return storeFailed();
                // The known lists stay; the notices go on (they show how far they verify).
                Q_EMIT securityProblem(stored.error());
            }
        }
        if (Status stamped = m_notices->setSyncValue(
                keysCheckedName, QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
            !stamped)
            return storeFailed();
        then();
    });
}

Status SyncEngine::storeKeys(const ApiResponse &response)
{
    const QJsonValue lists = response.json().value(QStringLiteral("keyLists"));
    if (!lists.isArray()) {
        return Error{QStringLiteral("malformed-key-list"),
                     QCoreApplication::translate("nb::client::SyncEngine",
                                                 "The server sent a key list that cannot be read."),
                     {}};
    }
    QList<dsse::Envelope> chain;
    for (const QJsonValue &value : lists.toArray()) {
        auto envelope =
            dsse::envelopeFromJson(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        if (!envelope)
            return envelope.error();
        chain.append(*envelope);
    }
    if (Status updated = m_notices->updateKeyLists(chain, m_roots); !updated)
        return updated;
    return m_notices->setSyncValue(keysEtagName, response.header("ETag"));
}

// One page after the newest stored notice; the pages go on until one brings nothing new, whose
// ETag is kept: the next poll with nothing new is one 304.
void SyncEngine::fetchFeed()
{
    auto after = m_notices->latestSequence();
    auto etagAfter = m_notices->syncValue(feedAfterName);
    auto etag = m_notices->syncValue(feedEtagName);
    if (!after || !etagAfter || !etag)
        return storeFailed();
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/notices?after=%1").arg(*after);
    if (!etag->isEmpty() && etagAfter->toLongLong() == *after && !etagAfter->isEmpty())
        request.headers.append({"If-None-Match", *etag});
    const qint64 from = *after;
    send(request, [this, from](const ApiResponse &response) { feedAnswered(from, response); });
}

void SyncEngine::feedAnswered(qint64 after, const ApiResponse &response)
{
    if (response.status == 401)
        return signedOut();
    if (response.status == 304)
        return noticesDone();
    if (!response.ok())
        return networkFailed();
    const auto page = feedPage(response.json());
    if (!page)
        return networkFailed();
    if (page->latest < after)
        return refused(feedRollback(page->latest, after));
    if (page->items.isEmpty()) {
        if (Status kept = m_notices->setSyncValue(feedAfterName, QByteArray::number(after)); !kept)
            return storeFailed();
        if (Status kept = m_notices->setSyncValue(feedEtagName, response.header("ETag")); !kept)
            return storeFailed();
        return noticesDone();
    }
    auto stored = m_notices->storeFeedPage(page->items);
    if (!stored) {
        if (stored.error().code == QLatin1String("store-error"))
            return storeFailed();
        return refused(stored.error());
    }
    verifyPage(page->items);
    fetchFeed();
}

// Verifies every notice of a page, on all cores (the same check the inbox repeats on display): a
// notice signed by a key the stored lists do not know makes the run fetch the key list (a
// rotation the client has not followed yet); one whose signature does not hold is counted and
// reported when the run ends. Either way the notice stays stored and shows its state.
void SyncEngine::verifyPage(const QList<FeedItem> &items)
{
    auto stored = m_notices->keyLists();
    if (!stored || stored->isEmpty()) {
        m_unknownKey = true;
        return;
    }
    const QList<KeyList> lists = *stored;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<VerificationState> states(static_cast<size_t>(items.size()));
    const qsizetype workers = std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 8);
    std::vector<std::thread> threads;
    for (qsizetype w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            for (qsizetype i = w; i < items.size(); i += workers)
                states[static_cast<size_t>(i)] =
                    verifyNotice(items.at(i).envelope, lists, now).state;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (VerificationState state : states) {
        if (state == VerificationState::Unverified)
            m_unknownKey = true;
        else if (state == VerificationState::Invalid)
            ++m_invalidNotices;
    }
}

void SyncEngine::noticesDone()
{
    if (m_unknownKey && !m_keysFetched && !m_roots.isEmpty()) {
        m_unknownKey = false;
        return fetchKeys([this] { noticesDone(); });
    }
    if (Status stamped = m_notices->setLastRefresh(QDateTime::currentDateTimeUtc()); !stamped)
        return storeFailed();
    if (m_invalidNotices > 0) {
        const int invalid = std::exchange(m_invalidNotices, 0);
        Q_EMIT securityProblem(Error{
            QStringLiteral("invalid-notice-signature"),
            QCoreApplication::translate(
                "nb::client::SyncEngine",
                "%n notice(s) from the server do not carry a valid signature: they are marked "
                "as altered. Do not follow their instructions; contact the vendor.",
                nullptr, invalid),
            {}});
    }
    finishRun(true, State::Idle);
}

void SyncEngine::refused(const Error &problem)
{
    Q_EMIT securityProblem(problem);
    finishRun(false, State::Idle);
}

} // namespace nb::client
