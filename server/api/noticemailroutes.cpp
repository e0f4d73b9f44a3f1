#include "server/api/httpsupport.h"
#include "server/api/routes.h"
#include "server/noticemail.h"

#include <QCoreApplication>
#include <QDateTime>

// GET /api/v1/notices/{id}/mail?to=ADDRESS: the signed mail of a notice as the vendor sends it,
// for staff (and the tests that build the mail corpus). Rendered and signed on every request
// with the serve process's signing key; the content comes from the verified stored envelope.
namespace nb::server {

namespace {

HttpResponse renderMail(ApiContext &ctx, const HttpRequest &request)
{
    auto session = authenticate(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    if (!std::get<SessionInfo>(session).user.isStaff())
        return HttpResponse::problem(
            403, "staff-required",
            QCoreApplication::translate("nb::server::NoticeMailRoutes",
                                        "Only the vendor's staff may render notice mails."));
    // The key may run out while serve runs: a mail is signed only with a key valid now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!ctx.config.mailSigner || !ctx.config.currentKeyList ||
        ctx.config.currentKeyList->isExpired(now) ||
        !ctx.config.currentKeyList->isSigningKey(ctx.config.mailSigner->first, now))
        return HttpResponse::problem(
            503, "keys-not-configured",
            QCoreApplication::translate("nb::server::NoticeMailRoutes",
                                        "This server has no valid signing key (serve --keys DIR), "
                                        "so it cannot sign mails."));
    const QString id = request.params.value(QStringLiteral("id"));
    auto stored = ctx.notices.find(id);
    if (!stored)
        return internalProblem(stored.error());
    if (!*stored)
        return notFound(QCoreApplication::translate("nb::server::NoticeMailRoutes", "This notice"));
    const QString to = request.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
    auto rendered =
        renderStoredNoticeMail(**stored, ctx.products, *ctx.config.currentKeyList,
                               vendorIdentity(ctx.config.branding), to, *ctx.config.mailSigner);
    if (!rendered) {
        const Error &error = rendered.error();
        if (error.code == QLatin1String("invalid-email"))
            return validationProblem(error);
        if (error.code == QLatin1String("notice-not-verified"))
            return HttpResponse::problem(409, "notice-not-verified", error.message);
        return internalProblem(error); // storage, or a stored notice the mail rules refuse
    }
    HttpResponse response;
    response.status = 200;
    response.body = *rendered;
    response.setHeader("Content-Type", "message/rfc822");
    response.setHeader("Content-Disposition",
                       "attachment; filename=\"notice-" + id.toLatin1() + ".eml\"");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    return response;
}

} // namespace

void addNoticeMailRoutes(Router &router, ApiContext &ctx)
{
    router.add(Method::Get, QStringLiteral("/api/v1/notices/{id}/mail"),
               [&ctx](const HttpRequest &request) { return renderMail(ctx, request); });
}

} // namespace nb::server
