#include "apiclient.h"

#include "serverprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace nbtest {

bool Reply::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString Reply::code() const
{
    return json().value(QStringLiteral("code")).toString();
}

QString Reply::field() const
{
    return json().value(QStringLiteral("field")).toString();
}

QString Reply::describe() const
{
    if (status == 0)
        return QStringLiteral("no HTTP answer: ") + transportError;
    return QString::number(status) + QLatin1Char(' ') + QString::fromUtf8(body.left(2000));
}

ApiClient::ApiClient(const ServerProcess &server)
    : m_server(server)
{}

Reply ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                      const Headers &headers)
{
    QNetworkRequest request(m_server.url(path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    bool hasType = false, hasAuthorization = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        hasType = hasType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        hasAuthorization =
            hasAuthorization || name.compare("Authorization", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasType)
        request.setRawHeader("Content-Type", "application/json");
    if (!m_token.isEmpty() && !hasAuthorization)
        request.setRawHeader("Authorization", "Bearer " + m_token);

    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty())
        reply = m_manager.get(request);
    else if (method == "HEAD")
        reply = m_manager.head(request);
    else if (method == "POST")
        reply = m_manager.post(request, body);
    else if (method == "PUT")
        reply = m_manager.put(request, body);
    else if (method == "DELETE" && body.isEmpty())
        reply = m_manager.deleteResource(request);
    else
        reply = m_manager.sendCustomRequest(request, method, body);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(30000);
    if (!reply->isFinished())
        loop.exec();

    Reply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.transportError =
            QStringLiteral("no answer to %1 %2 within 30 s").arg(QString::fromLatin1(method), path);
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.append({pair.first, pair.second});
        if (result.status == 0)
            result.transportError = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

Reply ApiClient::login(const QString &email, const QString &password)
{
    m_token.clear();
    Reply reply =
        post(QStringLiteral("/api/v1/session"),
             toJson({{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}));
    if (reply.status == 201)
        m_token = reply.json().value(QStringLiteral("token")).toString().toLatin1();
    return reply;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString problemMismatch(const Reply &reply, int status, QLatin1String code, QLatin1String field)
{
    const QString what = QStringLiteral("expected problem %1 %2%3, got ")
                             .arg(status)
                             .arg(code)
                             .arg(field.isEmpty() ? QString() : QStringLiteral(" field ") + field) +
                         reply.describe();
    if (reply.status != status)
        return what;
    if (!reply.header("Content-Type").startsWith("application/problem+json"))
        return what + QStringLiteral(" (Content-Type %1)")
                          .arg(QString::fromLatin1(reply.header("Content-Type")));
    const QJsonObject json = reply.json();
    if (json.value(QStringLiteral("status")).toInt() != status ||
        json.value(QStringLiteral("code")).toString() != code ||
        json.value(QStringLiteral("type")).toString().isEmpty() ||
        json.value(QStringLiteral("title")).toString().isEmpty() ||
        json.value(QStringLiteral("detail")).toString().isEmpty())
        return what;
    if (field.isEmpty() ? json.contains(QStringLiteral("field"))
                        : json.value(QStringLiteral("field")).toString() != field)
        return what;
    return {};
}

} // namespace nbtest
