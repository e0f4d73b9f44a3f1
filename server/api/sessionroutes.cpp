#include "core/crypto.h"
#include "core/jsonreader.h"
#include "server/api/httpsupport.h"
#include "server/api/routes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <cmath>

namespace nb::server {

namespace {

QJsonObject userJson(const User &user, const std::optional<Company> &company)
{
    QJsonObject object{{QStringLiteral("email"), user.email},
                       {QStringLiteral("role"), user.role},
                       {QStringLiteral("displayName"), user.displayName}};
    if (company) {
        object.insert(QStringLiteral("company"),
                      QJsonObject{{QStringLiteral("customerNumber"), company->customerNumber},
                                  {QStringLiteral("name"), company->name}});
    } else {
        object.insert(QStringLiteral("company"), QJsonValue::Null);
    }
    return object;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

HttpResponse tooManyAttempts(qint64 lockedForMs)
{
    const auto seconds = static_cast<qint64>(std::ceil(static_cast<double>(lockedForMs) / 1000.0));
    HttpResponse response = HttpResponse::problem(
        429, "too-many-attempts",
        QCoreApplication::translate("nb::server::SessionRoutes",
                                    "Too many failed sign-ins. Try again in %n second(s).", nullptr,
                                    int(seconds)));
    response.setHeader("Retry-After", QByteArray::number(seconds));
    return response;
}

HttpResponse login(ApiContext &ctx, const HttpRequest &request)
{
    auto body = jsonBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&body))
        return *failure;
    JsonReader reader(std::get<QJsonObject>(body),
                      {QStringLiteral("email"), QStringLiteral("password")});
    const QString email = reader.string(QStringLiteral("email"), true, 254).value_or(QString());
    const QJsonValue rawPassword = std::get<QJsonObject>(body).value(QStringLiteral("password"));
    if (reader.ok() && !rawPassword.isString())
        reader.fail(
            rawPassword.isUndefined() ? QStringLiteral("required") : QStringLiteral("wrong-type"),
            QStringLiteral("password"),
            QCoreApplication::translate("nb::server::SessionRoutes", "Enter your password."));
    if (!reader.ok())
        return validationProblem(reader.error());
    const QString password = rawPassword.toString();
    if (password.size() > 1024)
        return validationProblem(
            {QStringLiteral("too-long"),
             QCoreApplication::translate("nb::server::SessionRoutes", "The password is too long."),
             QStringLiteral("password")});

    const qint64 now = nowMs();
    const QString accountBucket = QStringLiteral("account:") + email.toLower();
    const QString addressBucket = QStringLiteral("address:") + request.remoteAddress.toString();
    for (const QString &bucket : {accountBucket, addressBucket}) {
        auto locked = ctx.throttle.lockedFor(bucket, now);
        if (!locked)
            return internalProblem(locked.error());
        if (*locked > 0)
            return tooManyAttempts(*locked);
    }

    auto found = ctx.accounts.userWithPasswordHash(email);
    if (!found)
        return internalProblem(found.error());
    // Unknown accounts cost the same time as wrong passwords: no way to probe for accounts.
    static const QByteArray dummyHash = crypto::hashPassword(QStringLiteral("dummy")).value();
    const bool valid = crypto::verifyPassword(*found ? (*found)->second : dummyHash, password) &&
                       found->has_value();
    if (!valid) {
        const auto &policy = ctx.throttle.policy();
        for (const auto &[bucket, max] : {std::pair{accountBucket, policy.maxFailuresPerAccount},
                                          std::pair{addressBucket, policy.maxFailuresPerAddress}}) {
            if (Status recorded = ctx.throttle.recordFailure(bucket, max, now); !recorded)
                return internalProblem(recorded.error());
        }
        return HttpResponse::problem(
            401, "invalid-credentials",
            QCoreApplication::translate("nb::server::SessionRoutes",
                                        "The e-mail address or the password is not correct."));
    }
    const User user = (*found)->first;
    if (Status reset = ctx.throttle.reset(accountBucket); !reset)
        return internalProblem(reset.error());

    const QByteArray token = crypto::newToken();
    const qint64 expiresAt = now + ctx.config.sessionTtlMs;
    if (Status created = ctx.accounts.createSession(crypto::tokenHash(token), user.id, expiresAt,
                                                    request.remoteAddress.toString());
        !created)
        return internalProblem(created.error());
    std::optional<Company> company;
    if (user.companyId > 0) {
        auto loaded = ctx.accounts.company(user.companyId);
        if (!loaded)
            return internalProblem(loaded.error());
        company = *loaded;
    }
    HttpResponse response =
        HttpResponse::json(201, QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                            {QStringLiteral("expiresAt"), isoTime(expiresAt)},
                                            {QStringLiteral("user"), userJson(user, company)}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace

void addSessionRoutes(Router &router, ApiContext &ctx)
{
    router.add(Method::Post, QStringLiteral("/api/v1/session"),
               [&ctx](const HttpRequest &request) { return login(ctx, request); });

    router.add(Method::Get, QStringLiteral("/api/v1/session"), [&ctx](const HttpRequest &request) {
        auto session = authenticate(ctx, request);
        if (auto *failure = std::get_if<HttpResponse>(&session))
            return *failure;
        const SessionInfo &info = std::get<SessionInfo>(session);
        std::optional<Company> company;
        if (info.user.companyId > 0) {
            auto loaded = ctx.accounts.company(info.user.companyId);
            if (!loaded)
                return internalProblem(loaded.error());
            company = *loaded;
        }
        HttpResponse response = HttpResponse::json(
            200, QJsonObject{{QStringLiteral("expiresAt"), isoTime(info.expiresAt)},
                             {QStringLiteral("user"), userJson(info.user, company)}});
        response.setHeader("Cache-Control", "no-store");
        return response;
    });

    router.add(
        Method::Delete, QStringLiteral("/api/v1/session"), [&ctx](const HttpRequest &request) {
            auto session = authenticate(ctx, request);
            if (auto *failure = std::get_if<HttpResponse>(&session))
                return *failure;
            const QByteArray token = request.header("authorization").mid(7).trimmed();
            if (Status deleted = ctx.accounts.deleteSession(crypto::tokenHash(token)); !deleted)
                return internalProblem(deleted.error());
            return HttpResponse::noContent();
        });
}

} // namespace nb::server
