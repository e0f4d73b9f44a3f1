#pragma once

#include "client/transport.h"
#include "core/result.h"
#include "core/signing.h"

#include <QList>
#include <QObject>
#include <functional>

namespace nb::client {

class NoticeStore;
class OfflineStore;

// Fetches what an offline check of notices and mails needs from the vendor's public routes and
// keeps it in the local stores, for callers that have no account pull to bring it (the staff
// window): the signed key list chain (GET /api/v1/keys) and, with a branding store, the vendor's
// identity (GET /api/v1/branding). The key part behaves like the SyncEngine's (the same names in
// NoticeStore::syncValue, the same error codes), so the engine can use this class.
//
// Keys: If-None-Match with the stored ETag while key lists are stored, so an unchanged list costs
// one 304. A 200 is checked from the shipped roots the first time, later with the rotation rule
// from the newest stored list (NoticeStore::updateKeyLists), and stored with its ETag. A server
// without signing keys (503 "keys-not-configured") is no error: nothing is stored, mails stay
// unverified. A chain older than the stored one ("key-list-rollback"), a list whose signature does
// not hold ("invalid-signature", "untrusted-key", "threshold-not-met", "version-gap", "expired",
// …) or that cannot be read ("malformed-key-list", "malformed-envelope") is refused and the known
// lists stay. After every answer but a failure to reach the server, the time is kept as
// "keys-checked". Without shipped roots no list can be trusted: the keys are not fetched.
//
// Branding: If-None-Match while a branding is stored; a 200 replaces the stored branding (an
// account snapshot with nothing but the branding: the store belongs to no company). A store that
// an account pull fills (it has an account ETag) is left to that pull.
class KeyListFetcher : public QObject
{
    Q_OBJECT

public:
    // How a fetch ended; when several things went wrong, the last one listed here wins.
    enum class Outcome
    {
        NotModified, // 304s or nothing newer: nothing changed
        Stored,      // a newer key list or a changed branding was stored
        NoKeys,      // the server has no signing keys, or this client ships no roots
        Offline,     // no usable answer (network, timeout, 5xx, malformed): the stored data stays
        Refused,     // a key list that does not verify or is older than the stored one
        SignedOut,   // 401: the session is gone
        StoreFailed  // the local database failed ("store-error")
    };
    Q_ENUM(Outcome)

    // `status` is an error for Offline (the transport's or server's code: "network", "timeout",
    // "malformed-response", "http-<status>", …), Refused, SignedOut and StoreFailed.
    using Done = std::function<void(Outcome outcome, const Status &status)>;

    // `notices` gets the roots (NoticeStore::setTrustedRoots) at once. Neither is owned.
    KeyListFetcher(Transport *transport, NoticeStore *notices,
                   const QList<signing::PublicKey> &shippedRoots, QObject *parent = nullptr);
    ~KeyListFetcher() override;

    // Also fetches the vendor's branding into `account` (nullptr, the default: keys only).
    void setBrandingStore(OfflineStore *account) { m_account = account; }

    // One run: keys, then the branding. While a run is busy a second call joins it: `done` is
    // called when that run ends. `done` is never called after this object is gone.
    void fetch(Done done = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // A run ended (after the Done callbacks): ok, or the error of its outcome.
    void finished(const nb::Status &status);

private:
    void send(const ApiRequest &request, std::function<void(const ApiResponse &)> handle);
    void fetchKeys();
    void keysAnswered(const ApiResponse &response);
    // Stores a 200 of GET /api/v1/keys; true when a newer list was stored.
    Result<bool> storeKeys(const ApiResponse &response);
    void fetchBranding();
    void brandingAnswered(const ApiResponse &response);
    // Keeps the worse of `outcome` and what the run has so far.
    void note(Outcome outcome, const Status &status = {});
    void finish(Outcome outcome, const Status &status);

    Transport *m_transport;
    NoticeStore *m_notices;
    OfflineStore *m_account = nullptr;
    QList<signing::PublicKey> m_roots;
    QList<Done> m_waiting;
    bool m_running = false;
    Outcome m_outcome = Outcome::NotModified;
    Status m_status;
};

} // namespace nb::client
