#include "core/emailaddress.h"
#include "core/mailinglint.h"
#include "core/noticeverification.h"
#include "core/recipients.h"
#include "server/api/httpsupport.h"
#include "server/api/representations.h"
#include "server/api/routes.h"
#include "server/noticemail.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

// Staff routes that turn an approved mailing into mail: the preview exactly as sent
// (GET …/preview), a test send (POST …/test-send), the send itself (POST …/send: the signed
// notice in every licensing company's inbox and one queued mail per recipient address), and the
// results (GET …/results: delivered, failed, acknowledged, per company and in total).
namespace nb::server {

namespace {

// The notice id a mailing publishes under: stable, so a send retried after a crash finds the
// notice it published before.
QString noticeIdFor(const Mailing &mailing)
{
    const int year = QDateTime::fromMSecsSinceEpoch(mailing.createdAt, Qt::UTC).date().year();
    return QStringLiteral("PM-%1-%2").arg(year).arg(mailing.id, 4, 10, QLatin1Char('0'));
}

// The link in every mail where customers manage who receives critical information.
QString manageUrl(const BrandingConfig &branding)
{
    const QString domain = branding.domains.value(0, QStringLiteral("notabene.example"));
    return QStringLiteral("https://%1/konto/verteiler").arg(domain);
}

mail::MailingOptions mailingOptions(const BrandingConfig &branding)
{
    const QString domain = branding.domains.value(0, QStringLiteral("notabene.example"));
    return mail::MailingOptions{QStringLiteral("Pflichtmailings <pflichtmailings.%1>").arg(domain),
                                manageUrl(branding)};
}

// A Message-ID per mailing and address: queuing the same mailing again queues nothing twice.
QString messageIdFor(const QString &noticeId, qint64 companyId, const QString &address,
                     const QString &fromAddress)
{
    const QByteArray hash =
        QCryptographicHash::hash(recipients::dedupKey(address).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return QStringLiteral("%1.%2.%3@%4")
        .arg(noticeId, QString::number(companyId), QString::fromLatin1(hash),
             fromAddress.section(QLatin1Char('@'), -1));
}

QList<lint::Finding> lintOf(const ApiContext &ctx, const Notice &draft)
{
    return lint::lintMailing(
        draft, lint::Context{QDateTime::currentDateTimeUtc().date(), ctx.config.branding.domains});
}

std::optional<HttpResponse> keysMissing(const ApiContext &ctx)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (ctx.config.mailSigner && ctx.config.currentKeyList &&
        !ctx.config.currentKeyList->isExpired(now) &&
        ctx.config.currentKeyList->isSigningKey(ctx.config.mailSigner->first, now))
        return std::nullopt;
    return HttpResponse::problem(
        503, "keys-not-configured",
        QCoreApplication::translate(
            "nb::server::MailingSendRoutes",
            "This server has no valid signing key (serve --keys DIR), so it cannot sign "
            "mailings."));
}

// The mailing of the request's {id}, for a signed-in staff member; or the answer that ends it.
OrResponse<std::pair<SessionInfo, Mailing>> staffMailing(ApiContext &ctx,
                                                         const HttpRequest &request)
{
    auto session = authenticateStaff(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&session))
        return *failure;
    bool ok = false;
    const qint64 id = request.params.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok)
        return notFound(
            QCoreApplication::translate("nb::server::MailingSendRoutes", "This mailing"));
    auto mailing = ctx.mailings.get(id);
    if (!mailing)
        return internalProblem(mailing.error());
    if (!*mailing)
        return notFound(
            QCoreApplication::translate("nb::server::MailingSendRoutes", "This mailing"));
    return std::pair{std::get<SessionInfo>(session), **mailing};
}

// The draft as the notice it becomes (id, sequence and date as a send now would set them).
Notice asNotice(const Mailing &mailing)
{
    Notice notice = mailing.draft;
    notice.id = noticeIdFor(mailing);
    notice.sequence = 1;
    notice.issuedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return notice;
}

Result<mail::SignedMail> signedMail(ApiContext &ctx, const Notice &notice)
{
    auto products = mailProducts(ctx.products, notice.products);
    if (!products)
        return products.error();
    return mail::SignedMail::render(notice, *products, vendorIdentity(ctx.config.branding),
                                    QDateTime::currentDateTimeUtc(), *ctx.config.mailSigner,
                                    mailingOptions(ctx.config.branding));
}

// The first words of the text a mail client shows under the subject.
QString snippet(const Notice &notice)
{
    QString text = notice.body;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (const QChar c : {QLatin1Char('#'), QLatin1Char('*'), QLatin1Char('_'), QLatin1Char('`')})
        text.remove(c);
    text = text.simplified();
    return text.size() > 140 ? text.left(139) + QChar(0x2026) : text;
}

HttpResponse renderFailure(const Error &error)
{
    if (error.code == QLatin1String("invalid-email") ||
        error.code == QLatin1String("header-injection") ||
        error.code == QLatin1String("invalid-value"))
        return validationProblem(error);
    return internalProblem(error);
}

HttpResponse preview(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const auto &[session, mailing] = std::get<std::pair<SessionInfo, Mailing>>(found);
    if (auto missing = keysMissing(ctx))
        return *missing;
    const Notice notice = asNotice(mailing);
    QString to = session.user.email;
    QJsonObject company;
    const QString companyParam = request.query.queryItemValue(QStringLiteral("company"));
    if (!companyParam.isEmpty()) {
        bool ok = false;
        const qint64 companyId = companyParam.toLongLong(&ok);
        auto input = ok ? ctx.recipients.loadCompany(companyId, notice.category)
                        : Result<std::optional<recipients::CompanyInput>>(std::nullopt);
        if (!input)
            return internalProblem(input.error());
        if (!*input)
            return validationProblem(
                Error{QStringLiteral("invalid-query"),
                      QCoreApplication::translate("nb::server::MailingSendRoutes",
                                                  "There is no customer company with this id."),
                      QStringLiteral("company")});
        auto exclusions = ctx.mailings.exclusions(mailing.id);
        if (!exclusions)
            return internalProblem(exclusions.error());
        const recipients::Resolution resolution = recipients::resolve(
            {**input}, notice.products, notice.category,
            recipients::Exclusions{exclusions->companies, exclusions->addresses});
        QJsonArray addresses;
        bool licensed = !resolution.companies.isEmpty();
        if (licensed) {
            for (const recipients::Recipient &recipient : resolution.companies.first().recipients) {
                if (!recipient.excluded && !resolution.companies.first().excluded)
                    addresses.append(recipient.address);
            }
        }
        if (!addresses.isEmpty())
            to = addresses.first().toString();
        company = QJsonObject{{QStringLiteral("id"), (*input)->id},
                              {QStringLiteral("name"), (*input)->name},
                              {QStringLiteral("licensed"), licensed},
                              {QStringLiteral("recipients"), addresses}};
    }
    auto mail = signedMail(ctx, notice);
    if (!mail)
        return renderFailure(mail.error());
    auto eml = mail->forRecipient(to);
    if (!eml)
        return renderFailure(eml.error());
    QJsonObject body{
        {QStringLiteral("subject"), mail->subject()},
        {QStringLiteral("from"), mail->fromHeader()},
        {QStringLiteral("to"), to},
        {QStringLiteral("inboxLine"),
         QJsonObject{{QStringLiteral("sender"), ctx.config.branding.vendorName},
                     {QStringLiteral("subject"), mail->subject()},
                     {QStringLiteral("snippet"), snippet(notice)}}},
        {QStringLiteral("text"), mail->plainText()},
        {QStringLiteral("html"), mail->html()},
        {QStringLiteral("eml"), QString::fromUtf8(*eml)},
        {QStringLiteral("notice"), QJsonDocument::fromJson(notice.toPayload()).object()},
        {QStringLiteral("lint"), findingsJson(lintOf(ctx, mailing.draft))}};
    if (!company.isEmpty())
        body.insert(QStringLiteral("company"), company);
    HttpResponse response = HttpResponse::json(200, body);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

std::optional<HttpResponse> deliveryMissing(const ApiContext &ctx)
{
    if (ctx.config.wakeDelivery)
        return std::nullopt;
    return HttpResponse::problem(
        503, "smtp-not-configured",
        QCoreApplication::translate(
            "nb::server::MailingSendRoutes",
            "This server delivers no mail (serve --smtp smtp://HOST:PORT is not set)."));
}

HttpResponse testSend(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const Mailing &mailing = std::get<std::pair<SessionInfo, Mailing>>(found).second;
    auto json = jsonBody(request);
    if (auto *failure = std::get_if<HttpResponse>(&json))
        return *failure;
    const QString to = std::get<QJsonObject>(json).value(QStringLiteral("to")).toString();
    if (auto missing = keysMissing(ctx))
        return *missing;
    if (auto missing = deliveryMissing(ctx))
        return *missing;
    auto mail = signedMail(ctx, asNotice(mailing));
    if (!mail)
        return renderFailure(mail.error());
    auto eml = mail->forRecipient(to);
    if (!eml)
        return renderFailure(eml.error());
    const auto parsed = normalizeEmail(to);
    QueuedMail queued;
    queued.recipient = parsed ? *parsed : to;
    queued.messageId = QStringLiteral("test.%1.%2")
                           .arg(noticeIdFor(mailing))
                           .arg(QString::number(QDateTime::currentMSecsSinceEpoch(), 36));
    queued.messageId +=
        QLatin1Char('@') + ctx.config.branding.mailFrom.section(QLatin1Char('@'), -1);
    eml = mail->forRecipient(to, queued.messageId);
    if (!eml)
        return renderFailure(eml.error());
    queued.message = *eml;
    if (Status stored = ctx.mailQueue.enqueue({queued}, nowMs()); !stored)
        return internalProblem(stored.error());
    ctx.config.wakeDelivery();
    return HttpResponse::json(202, QJsonObject{{QStringLiteral("to"), queued.recipient},
                                               {QStringLiteral("messageId"), queued.messageId}});
}

// Publishes the mailing's notice, or finds the one a send that died half-way published.
Result<Notice> publishOnce(ApiContext &ctx, const Mailing &mailing)
{
    Notice notice = mailing.draft;
    notice.id = noticeIdFor(mailing);
    auto existing = ctx.notices.find(notice.id);
    if (!existing)
        return existing.error();
    if (*existing) {
        const NoticeVerification verified =
            verifyNotice((*existing)->envelope, {*ctx.config.currentKeyList});
        if (!verified.notice)
            return Error{
                QStringLiteral("notice-not-verified"),
                QCoreApplication::translate("nb::server::MailingSendRoutes",
                                            "The notice this mailing published does not verify."),
                {}};
        return *verified.notice;
    }
    auto patches = ctx.mailings.patchContents(mailing.id);
    if (!patches)
        return patches.error();
    return ctx.notices.publish(notice, *patches, *ctx.config.mailSigner);
}

HttpResponse send(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const Mailing &mailing = std::get<std::pair<SessionInfo, Mailing>>(found).second;
    if (auto mismatch = checkIfMatch(request, entityTag("mailing", mailing.id, mailing.version)))
        return *mismatch;
    if (mailing.state == MailingState::Sent)
        return HttpResponse::problem(
            409, "mailing-sent",
            QCoreApplication::translate("nb::server::MailingSendRoutes", "This mailing was sent."));
    if (mailing.state != MailingState::Approved)
        return HttpResponse::problem(
            409, "not-approved",
            QCoreApplication::translate(
                "nb::server::MailingSendRoutes",
                "A second staff member has to approve this mailing before it is sent."));
    const QList<lint::Finding> findings = lintOf(ctx, mailing.draft);
    if (lint::blocksApproval(findings)) {
        HttpResponse problem = HttpResponse::problem(
            422, "lint-errors",
            QCoreApplication::translate("nb::server::MailingSendRoutes",
                                        "The mailing breaks the rules for mandatory mailings."));
        QJsonObject body = QJsonDocument::fromJson(problem.body).object();
        body.insert(QStringLiteral("findings"), findingsJson(findings));
        problem.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return problem;
    }
    if (auto missing = keysMissing(ctx))
        return *missing;
    if (auto missing = deliveryMissing(ctx))
        return *missing;

    auto notice = publishOnce(ctx, mailing);
    if (!notice)
        return internalProblem(notice.error());
    auto companies = ctx.recipients.load(notice->category);
    if (!companies)
        return internalProblem(companies.error());
    auto excluded = ctx.mailings.exclusions(mailing.id);
    if (!excluded)
        return internalProblem(excluded.error());
    const recipients::Resolution resolution =
        recipients::resolve(*companies, notice->products, notice->category,
                            recipients::Exclusions{excluded->companies, excluded->addresses});
    auto mail = signedMail(ctx, *notice);
    if (!mail)
        return renderFailure(mail.error());
    QList<QueuedMail> queue;
    queue.reserve(resolution.addresses);
    for (const recipients::CompanyRecipients &company : resolution.companies) {
        if (company.excluded)
            continue;
        for (const recipients::Recipient &recipient : company.recipients) {
            if (recipient.excluded)
                continue;
            QueuedMail queued;
            queued.mailingId = mailing.id;
            queued.companyId = company.companyId;
            queued.recipient = recipient.address;
            queued.messageId = messageIdFor(notice->id, company.companyId, recipient.address,
                                            ctx.config.branding.mailFrom);
            auto eml = mail->forRecipient(recipient.address, queued.messageId);
            if (!eml)
                continue; // an address the store holds but the mail rules refuse: not sent
            queued.message = *eml;
            queue.append(std::move(queued));
        }
    }
    const qint64 now = nowMs();
    if (Status stored = ctx.mailQueue.enqueue(queue, now); !stored)
        return internalProblem(stored.error());
    auto marked = ctx.mailings.markSent(mailing.id, mailing.version, notice->id, now);
    if (!marked)
        return internalProblem(marked.error());
    if (*marked == MailingStore::Outcome::Stale)
        return staleProblem();
    ctx.config.wakeDelivery();
    return HttpResponse::json(
        202, QJsonObject{{QStringLiteral("noticeId"), notice->id},
                         {QStringLiteral("mails"), qint64(queue.size())},
                         {QStringLiteral("companies"), resolution.companiesIncluded}});
}

QJsonObject countsJson(const DeliveryCounts &counts)
{
    return QJsonObject{{QStringLiteral("queued"), counts.queued + counts.sending},
                       {QStringLiteral("sent"), counts.sent},
                       {QStringLiteral("failed"), counts.failed}};
}

HttpResponse results(ApiContext &ctx, const HttpRequest &request)
{
    auto found = staffMailing(ctx, request);
    if (auto *failure = std::get_if<HttpResponse>(&found))
        return *failure;
    const Mailing &mailing = std::get<std::pair<SessionInfo, Mailing>>(found).second;
    if (mailing.state != MailingState::Sent) {
        // Nothing delivered, nothing acknowledged yet.
        const QJsonObject none{{QStringLiteral("queued"), 0},
                               {QStringLiteral("sent"), 0},
                               {QStringLiteral("failed"), 0},
                               {QStringLiteral("mails"), 0},
                               {QStringLiteral("companies"), 0},
                               {QStringLiteral("acknowledgedCompanies"), 0},
                               {QStringLiteral("acknowledgements"), 0},
                               {QStringLiteral("readCompanies"), 0},
                               {QStringLiteral("reads"), 0}};
        HttpResponse response =
            HttpResponse::json(200, QJsonObject{{QStringLiteral("noticeId"), QJsonValue()},
                                                {QStringLiteral("totals"), none},
                                                {QStringLiteral("companies"), QJsonArray{}}});
        response.setHeader("Cache-Control", "no-store");
        return response;
    }
    auto stored = ctx.notices.find(mailing.noticeId);
    if (!stored)
        return internalProblem(stored.error());
    auto byCompany = ctx.mailQueue.countsByCompany(mailing.id);
    if (!byCompany)
        return internalProblem(byCompany.error());
    auto acknowledged = *stored ? ctx.notices.acknowledgementsByCompany((*stored)->sequence)
                                : decltype(ctx.notices.acknowledgementsByCompany(0))(
                                      QHash<qint64, std::pair<qint64, qint64>>{});
    if (!acknowledged)
        return internalProblem(acknowledged.error());
    auto read = *stored ? ctx.notices.readsByCompany((*stored)->sequence)
                        : Result<QHash<qint64, qint64>>(QHash<qint64, qint64>{});
    if (!read)
        return internalProblem(read.error());
    auto companies = ctx.recipients.load(mailing.draft.category);
    if (!companies)
        return internalProblem(companies.error());
    DeliveryCounts total;
    qint64 acknowledgements = 0;
    int acknowledgedCompanies = 0;
    qint64 reads = 0;
    int readCompanies = 0;
    QJsonArray rows;
    for (const recipients::CompanyInput &company : *companies) {
        const auto counts = byCompany->constFind(company.id);
        const auto acks = acknowledged->constFind(company.id);
        const qint64 companyReads = read->value(company.id);
        if (counts == byCompany->cend() && acks == acknowledged->cend() && companyReads == 0)
            continue;
        const DeliveryCounts c = counts == byCompany->cend() ? DeliveryCounts{} : *counts;
        total.queued += c.queued;
        total.sending += c.sending;
        total.sent += c.sent;
        total.failed += c.failed;
        QJsonObject row = countsJson(c);
        row.insert(QStringLiteral("id"), company.id);
        row.insert(QStringLiteral("name"), company.name);
        row.insert(QStringLiteral("customerNumber"), company.customerNumber);
        const qint64 count = acks == acknowledged->cend() ? 0 : acks->first;
        row.insert(QStringLiteral("acknowledgements"), count);
        row.insert(
            QStringLiteral("firstAcknowledgedAt"),
            count == 0
                ? QJsonValue()
                : QJsonValue(
                      QDateTime::fromMSecsSinceEpoch(acks->second, Qt::UTC).toString(Qt::ISODate)));
        acknowledgements += count;
        acknowledgedCompanies += count > 0 ? 1 : 0;
        row.insert(QStringLiteral("reads"), companyReads);
        reads += companyReads;
        readCompanies += companyReads > 0 ? 1 : 0;
        rows.append(row);
    }
    QJsonObject totals = countsJson(total);
    totals.insert(QStringLiteral("mails"),
                  total.queued + total.sending + total.sent + total.failed);
    totals.insert(QStringLiteral("companies"), rows.size());
    totals.insert(QStringLiteral("acknowledgedCompanies"), acknowledgedCompanies);
    totals.insert(QStringLiteral("acknowledgements"), acknowledgements);
    totals.insert(QStringLiteral("readCompanies"), readCompanies);
    totals.insert(QStringLiteral("reads"), reads);
    HttpResponse response =
        HttpResponse::json(200, QJsonObject{{QStringLiteral("noticeId"), mailing.noticeId},
                                            {QStringLiteral("totals"), totals},
                                            {QStringLiteral("companies"), rows}});
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace

void addMailingSendRoutes(Router &router, ApiContext &ctx)
{
    router.add(Method::Get, QStringLiteral("/api/v1/staff/mailings/{id}/preview"),
               [&ctx](const HttpRequest &request) { return preview(ctx, request); });
    router.add(Method::Post, QStringLiteral("/api/v1/staff/mailings/{id}/test-send"),
               [&ctx](const HttpRequest &request) { return testSend(ctx, request); });
    router.add(Method::Post, QStringLiteral("/api/v1/staff/mailings/{id}/send"),
               [&ctx](const HttpRequest &request) { return send(ctx, request); });
    router.add(Method::Get, QStringLiteral("/api/v1/staff/mailings/{id}/results"),
               [&ctx](const HttpRequest &request) { return results(ctx, request); });
}

} // namespace nb::server
