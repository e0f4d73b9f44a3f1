#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <utility>

namespace nbtest {

class ServerProcess;

// The demo world that `notabene-server demo-data` creates; every password is "demo".
namespace demo {
inline const QString musterAdmin = QStringLiteral("admin@muster-handel.example");
inline const QString musterMember = QStringLiteral("it@muster-handel.example");
inline const QString beispielAdmin = QStringLiteral("admin@beispiel-shop.example");
inline const QString staff = QStringLiteral("staff@notabene.example");
inline const QString musterErstkontakt = QStringLiteral("info@muster-handel.example");
} // namespace demo

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP exchange as the client saw it.
struct Reply
{
    int status = 0; // 0: no HTTP answer came (see transportError)
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString transportError;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const; // case-insensitive
    QJsonObject json() const;
    QString code() const;  // a problem's "code"
    QString field() const; // a problem's "field"
    // "<status> <body>" for failure messages.
    QString describe() const;
};

// A synchronous REST client over QNetworkAccessManager: each call runs an event loop until the
// answer is complete (30 s at most). Bodies are sent as application/json unless the headers say
// otherwise; a signed-in client sends its bearer token unless the headers carry Authorization.
class ApiClient
{
public:
    explicit ApiClient(const ServerProcess &server);

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const Headers &headers = {});
    Reply get(const QString &path, const Headers &headers = {})
    {
        return send("GET", path, {}, headers);
    }
    Reply head(const QString &path, const Headers &headers = {})
    {
        return send("HEAD", path, {}, headers);
    }
    Reply post(const QString &path, const QByteArray &body, const Headers &headers = {})
    {
        return send("POST", path, body, headers);
    }
    Reply put(const QString &path, const QByteArray &body, const Headers &headers = {})
    {
        return send("PUT", path, body, headers);
    }
    Reply del(const QString &path, const Headers &headers = {})
    {
        return send("DELETE", path, {}, headers);
    }

    // POST /api/v1/session; on 201 the client uses the new token from then on.
    Reply login(const QString &email, const QString &password = QStringLiteral("demo"));
    QByteArray token() const { return m_token; }
    // Uses a session signed in elsewhere (for example through another server process).
    void setToken(const QByteArray &token) { m_token = token; }

private:
    const ServerProcess &m_server;
    QNetworkAccessManager m_manager;
    QByteArray m_token;
};

QByteArray toJson(const QJsonObject &object);

// Empty when `reply` is an RFC 9457 problem (application/problem+json with type, title, status,
// detail) with this status, code and field (empty: the problem names no field); otherwise what
// is wrong.
QString problemMismatch(const Reply &reply, int status, QLatin1String code, QLatin1String field);

} // namespace nbtest

#define NB_VERIFY_STATUS(reply, expected)                                                          \
    do {                                                                                           \
        const nbtest::Reply &nbReply = (reply);                                                    \
        QVERIFY2(                                                                                  \
            nbReply.status == (expected),                                                          \
            qPrintable(QStringLiteral("expected %1, got ").arg(expected) + nbReply.describe()));   \
    } while (false)

#define NB_VERIFY_PROBLEM(reply, status, code, field)                                              \
    do {                                                                                           \
        const QString nbWhy =                                                                      \
            nbtest::problemMismatch((reply), (status), QLatin1String(code), QLatin1String(field)); \
        QVERIFY2(nbWhy.isEmpty(), qPrintable(nbWhy));                                              \
    } while (false)

#define NB_SIGN_IN(client, email)                                                                  \
    do {                                                                                           \
        const nbtest::Reply nbLogin = (client).login(email);                                       \
        QVERIFY2(nbLogin.status == 201, qPrintable(nbLogin.describe()));                           \
    } while (false)
