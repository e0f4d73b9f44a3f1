#include "client/networktransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace nb::client {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject ApiResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

NetworkTransport::NetworkTransport(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent)
    : Transport(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
{}

void NetworkTransport::send(const ApiRequest &request, Callback done)
{
    QUrl url = m_baseUrl;
    // "…/notices?after=12": the query is not part of the path.
    const qsizetype question = request.path.indexOf(QLatin1Char('?'));
    // Tolerant: a percent-encoded segment (a file name) stays as it is.
    url.setPath(m_baseUrl.path() + request.path.left(question), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(request.path.mid(question + 1), QUrl::TolerantMode);
    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(m_timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty())
        networkRequest.setRawHeader("Content-Type", "application/json");
    if (!token().isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + token());
    for (const auto &header : request.headers)
        networkRequest.setRawHeader(header.first, header.second);
    QNetworkReply *reply =
        m_network->sendCustomRequest(networkRequest, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, done = std::move(done)] { finished(reply, done); });
}

void NetworkTransport::finished(QNetworkReply *reply, const Callback &done)
{
    reply->deleteLater();
    ApiResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        response.error =
            Error{timedOut ? QStringLiteral("timeout") : QStringLiteral("network"),
                  timedOut ? QCoreApplication::translate("nb::client::NetworkTransport",
                                                         "The server did not answer in time.")
                           : QCoreApplication::translate("nb::client::NetworkTransport",
                                                         "The server cannot be reached: %1")
                                 .arg(reply->errorString()),
                  {}};
        done(response);
        return;
    }
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    response.body = reply->readAll();
    response.error =
        errorFromAnswer(response.status, reply->rawHeader("Content-Type"), response.body);
    done(response);
}

std::optional<Error> errorFromAnswer(int status, const QByteArray &contentType,
                                     const QByteArray &body)
{
    if (status >= 200 && status < 400) {
        if (status == 204 || status == 304 || body.isEmpty())
            return std::nullopt;
        // A download (application/octet-stream) is not JSON; everything else must be.
        if (!contentType.isEmpty() && !contentType.contains("json"))
            return std::nullopt;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return Error{QStringLiteral("malformed-response"),
                         QCoreApplication::translate("nb::client::NetworkTransport",
                                                     "The server sent an answer that cannot be "
                                                     "read. Nothing was lost; try again later."),
                         {}};
        }
        return std::nullopt;
    }
    if (contentType.startsWith("application/problem+json")) {
        const QJsonObject problem = QJsonDocument::fromJson(body).object();
        const QString code = problem.value(QStringLiteral("code")).toString();
        if (!code.isEmpty()) {
            return Error{code, problem.value(QStringLiteral("detail")).toString(),
                         problem.value(QStringLiteral("field")).toString()};
        }
    }
    return Error{QStringLiteral("http-%1").arg(status),
                 QCoreApplication::translate("nb::client::NetworkTransport",
                                             "The server answered with error %1.")
                     .arg(status),
                 {}};
}

} // namespace nb::client
