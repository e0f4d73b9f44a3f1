#include "client/keylistfetcher.h"

#include "client/branding.h"
#include "client/domainjson.h"
#include "client/noticestore.h"
#include "client/offlinestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <utility>

namespace nb::client {

namespace {

// The names the SyncEngine keeps its key list state under (syncenginenotices.cpp).
const QString keysEtagName = QStringLiteral("keys-etag");
const QString keysCheckedName = QStringLiteral("keys-checked");
const QString brandingEtagName = QStringLiteral("branding-etag");

// The worse of two outcomes is the one listed later in KeyListFetcher::Outcome.
int severity(KeyListFetcher::Outcome outcome)
{
    return static_cast<int>(outcome);
}

// Why an answer cannot be used: the transport's or the server's error, else its status.
Error failureOf(const ApiResponse &response)
{
    if (response.error)
        return *response.error;
    return Error{QStringLiteral("http-%1").arg(response.status),
                 QCoreApplication::translate("nb::client::KeyListFetcher",
                                             "The server answered with status %1.")
                     .arg(response.status),
                 {}};
}

Error malformedKeyList()
{
    return Error{QStringLiteral("malformed-key-list"),
                 QCoreApplication::translate("nb::client::KeyListFetcher",
                                             "The server sent a key list that cannot be read."),
                 {}};
}

Error malformedBranding()
{
    return Error{QStringLiteral("malformed-response"),
                 QCoreApplication::translate("nb::client::KeyListFetcher",
                                             "The server sent a branding that cannot be read."),
                 {}};
}

bool isStoreError(const Error &error)
{
    return error.code == QLatin1String("store-error");
}

// The newest stored key list version; 0 when none (or none that verifies) is stored.
qint64 newestVersion(const NoticeStore &notices)
{
    const auto lists = notices.keyLists();
    return lists && !lists->isEmpty() ? lists->constLast().version : 0;
}

} // namespace

KeyListFetcher::KeyListFetcher(Transport *transport, NoticeStore *notices,
                               const QList<signing::PublicKey> &shippedRoots, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_notices(notices)
    , m_roots(shippedRoots)
{
    m_notices->setTrustedRoots(shippedRoots);
}

KeyListFetcher::~KeyListFetcher() = default;

void KeyListFetcher::fetch(Done done)
{
    if (done)
        m_waiting.append(std::move(done));
    if (m_running)
        return;
    m_running = true;
    m_outcome = Outcome::NotModified;
    m_status = {};
    fetchKeys();
}

void KeyListFetcher::send(const ApiRequest &request,
                          std::function<void(const ApiResponse &)> handle)
{
    QPointer<KeyListFetcher> self(this);
    m_transport->send(request, [self, handle = std::move(handle)](const ApiResponse &response) {
        if (self)
            handle(response);
    });
}

void KeyListFetcher::fetchKeys()
{
    if (m_roots.isEmpty()) {
        note(Outcome::NoKeys);
        return fetchBranding();
    }
    const auto etag = m_notices->syncValue(keysEtagName);
    if (!etag)
        return finish(Outcome::StoreFailed, etag.error());
    const auto lists = m_notices->keyLists();
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/keys");
    // The ETag only counts while the lists it describes are here.
    if (!etag->isEmpty() && lists && !lists->isEmpty())
        request.headers.append({"If-None-Match", *etag});
    send(request, [this](const ApiResponse &response) { keysAnswered(response); });
}

void KeyListFetcher::keysAnswered(const ApiResponse &response)
{
    if (response.status == 401)
        return finish(Outcome::SignedOut, failureOf(response));
    const bool noKeys = response.status == 503 && response.error &&
                        response.error->code == QLatin1String("keys-not-configured");
    if (noKeys) {
        note(Outcome::NoKeys);
    } else if (response.status != 304) {
        if (!response.ok())
            return finish(Outcome::Offline, failureOf(response));
        const auto stored = storeKeys(response);
        if (!stored && isStoreError(stored.error()))
            return finish(Outcome::StoreFailed, stored.error());
        if (!stored)
            note(Outcome::Refused, stored.error()); // the known lists stay
        else if (*stored)
            note(Outcome::Stored);
    }
    if (Status stamped = m_notices->setSyncValue(
            keysCheckedName, QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
        !stamped)
        return finish(Outcome::StoreFailed, stamped);
    fetchBranding();
}

Result<bool> KeyListFetcher::storeKeys(const ApiResponse &response)
{
    const QJsonValue lists = response.json().value(QStringLiteral("keyLists"));
    if (!lists.isArray())
        return malformedKeyList();
    QList<dsse::Envelope> chain;
    for (const QJsonValue &value : lists.toArray()) {
        auto envelope =
            dsse::envelopeFromJson(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        if (!envelope)
            return envelope.error();
        chain.append(*envelope);
    }
    const qint64 before = newestVersion(*m_notices);
    if (Status updated = m_notices->updateKeyLists(chain, m_roots); !updated)
        return updated.error();
    if (Status kept = m_notices->setSyncValue(keysEtagName, response.header("ETag")); !kept)
        return kept.error();
    return newestVersion(*m_notices) != before;
}

void KeyListFetcher::fetchBranding()
{
    if (!m_account)
        return finish(Outcome::NotModified, {});
    const auto accountEtag = m_account->accountEtag();
    const auto stored = m_account->branding();
    const auto etag = m_notices->syncValue(brandingEtagName);
    if (!accountEtag || !stored || !etag) {
        const Error error =
            !accountEtag ? accountEtag.error() : (!stored ? stored.error() : etag.error());
        return finish(Outcome::StoreFailed, error);
    }
    if (!accountEtag->isEmpty())
        return finish(Outcome::NotModified, {}); // the account pull brings the branding
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/branding");
    if (*stored && !etag->isEmpty())
        request.headers.append({"If-None-Match", *etag});
    send(request, [this](const ApiResponse &response) { brandingAnswered(response); });
}

void KeyListFetcher::brandingAnswered(const ApiResponse &response)
{
    if (response.status == 401)
        return finish(Outcome::SignedOut, failureOf(response));
    if (response.status == 304)
        return finish(Outcome::NotModified, {});
    if (!response.ok())
        return finish(Outcome::Offline, failureOf(response));
    const auto branding = brandingFromServer(response.json());
    if (!branding)
        return finish(Outcome::Offline, malformedBranding());
    AccountSnapshot snapshot; // no company, contacts or Verteiler: only the vendor's identity
    snapshot.branding = *branding;
    if (Status stored = m_account->storeServerAccount(snapshot, {}); !stored)
        return finish(Outcome::StoreFailed, stored);
    if (Status kept = m_notices->setSyncValue(brandingEtagName, response.header("ETag")); !kept)
        return finish(Outcome::StoreFailed, kept);
    finish(Outcome::Stored, {});
}

void KeyListFetcher::note(Outcome outcome, const Status &status)
{
    if (severity(outcome) <= severity(m_outcome))
        return;
    m_outcome = outcome;
    m_status = status;
}

void KeyListFetcher::finish(Outcome outcome, const Status &status)
{
    note(outcome, status);
    const Outcome result = m_outcome;
    const Status resultStatus = m_status;
    const QList<Done> waiting = std::exchange(m_waiting, {});
    m_running = false;
    QPointer<KeyListFetcher> self(this);
    for (const Done &done : waiting) {
        done(result, resultStatus);
        if (!self)
            return;
    }
    Q_EMIT finished(resultStatus);
}

} // namespace nb::client
