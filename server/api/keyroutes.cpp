#include "server/api/httpsupport.h"
#include "server/api/routes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nb::server {

namespace {

// {"keyLists": [envelope, ...]}, versions 1..N: a client that trusts version 1 (its shipped root
// keys) follows the chain one version at a time. Built once, tagged by its content.
HttpResponse keyListsResponse(const QList<QByteArray> &keyLists)
{
    QJsonArray envelopes;
    for (const QByteArray &json : keyLists)
        envelopes.append(QJsonDocument::fromJson(json).object());
    HttpResponse response =
        HttpResponse::json(200, QJsonObject{{QStringLiteral("keyLists"), envelopes}});
    response.setHeader("ETag", contentTag(response.body));
    return response;
}

} // namespace

void addKeyRoutes(Router &router, const ApiContext &ctx)
{
    // Public: the key list is signed, and clients need it to verify notices.
    if (ctx.config.keyLists.isEmpty()) {
        router.add(Method::Get, QStringLiteral("/api/v1/keys"), [](const HttpRequest &) {
            return HttpResponse::problem(
                503, "keys-not-configured",
                QCoreApplication::translate("nb::server::Keys",
                                            "This server has no signing keys configured."));
        });
        return;
    }
    router.add(Method::Get, QStringLiteral("/api/v1/keys"),
               [response = keyListsResponse(ctx.config.keyLists)](const HttpRequest &request) {
                   if (auto notModified = checkIfNoneMatch(request, response.header("ETag")))
                       return *notModified;
                   return response;
               });
}

} // namespace nb::server
