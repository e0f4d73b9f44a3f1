#include "client/staffservice.h"

#include "core/mailingdraft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrl>

namespace nb::client {

namespace {

const QString mailingsPath = QStringLiteral("/api/v1/staff/mailings");

QString mailingPath(qint64 id, const QString &tail = {})
{
    return mailingsPath + QLatin1Char('/') + QString::number(id) + tail;
}

Error malformed()
{
    return Error{QStringLiteral("malformed-response"),
                 QCoreApplication::translate("nb::client::StaffService",
                                             "The server sent an answer that cannot be read."),
                 {}};
}

// The server's problem with a message for people; the codes staff meet get their own sentence.
Error failure(const ApiResponse &response)
{
    if (!response.error)
        return malformed();
    Error error = *response.error;
    if (response.status == 412) {
        error.code = QStringLiteral("stale");
        error.message = QCoreApplication::translate(
            "nb::client::StaffService",
            "Someone else changed this mailing in the meantime. Reload it to see their "
            "changes; your text stays in the editor.");
    } else if (error.code == QLatin1String("self-approval")) {
        error.message = QCoreApplication::translate(
            "nb::client::StaffService",
            "You wrote or edited this mailing, so a second staff member has to approve it "
            "(four-eyes principle).");
    } else if (error.message.isEmpty()) {
        error.message = QCoreApplication::translate("nb::client::StaffService",
                                                    "The server refused the request (error %1).")
                            .arg(response.status);
    }
    return error;
}

QDateTime isoDate(const QJsonValue &value)
{
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        date = QDateTime::fromString(value.toString(), Qt::ISODate);
    return date;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

MailingSummary summaryFromJson(const QJsonObject &json)
{
    MailingSummary summary;
    summary.id = json.value(QStringLiteral("id")).toInteger();
    summary.state = json.value(QStringLiteral("state")).toString();
    summary.subject = json.value(QStringLiteral("subject")).toString();
    summary.author = json.value(QStringLiteral("author")).toString();
    summary.lastEditor = json.value(QStringLiteral("lastEditor")).toString();
    summary.approvedBy = json.value(QStringLiteral("approvedBy")).toString();
    summary.updatedAt = isoDate(json.value(QStringLiteral("updatedAt")));
    summary.version = json.value(QStringLiteral("version")).toInteger();
    summary.noticeId = json.value(QStringLiteral("noticeId")).toString();
    return summary;
}

std::optional<lint::Severity> lintSeverity(const QString &key)
{
    if (key == QLatin1String("error"))
        return lint::Severity::Error;
    if (key == QLatin1String("warning"))
        return lint::Severity::Warning;
    return std::nullopt;
}

Result<QList<lint::Finding>> findingsFromJson(const QJsonArray &array)
{
    QList<lint::Finding> findings;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const auto severity = lintSeverity(object.value(QStringLiteral("severity")).toString());
        if (!severity)
            return malformed();
        findings.append(lint::Finding{object.value(QStringLiteral("code")).toString(), *severity,
                                      object.value(QStringLiteral("field")).toString(),
                                      object.value(QStringLiteral("message")).toString()});
    }
    return findings;
}

DeliveryFigures figuresFromJson(const QJsonObject &json)
{
    return DeliveryFigures{json.value(QStringLiteral("queued")).toInteger(),
                           json.value(QStringLiteral("sent")).toInteger(),
                           json.value(QStringLiteral("failed")).toInteger()};
}

QJsonObject exclusionsToJson(const Exclusions &exclusions)
{
    QJsonArray companies;
    for (const qint64 id : exclusions.companies)
        companies.append(id);
    QJsonArray addresses;
    for (const auto &[company, address] : exclusions.addresses)
        addresses.append(QJsonObject{{QStringLiteral("company"), company},
                                     {QStringLiteral("address"), address}});
    return QJsonObject{{QStringLiteral("companies"), companies},
                       {QStringLiteral("addresses"), addresses}};
}

Exclusions exclusionsFromJson(const QJsonObject &json)
{
    Exclusions exclusions;
    for (const QJsonValue &id : json.value(QStringLiteral("companies")).toArray())
        exclusions.companies.append(id.toInteger());
    for (const QJsonValue &value : json.value(QStringLiteral("addresses")).toArray()) {
        const QJsonObject object = value.toObject();
        exclusions.addresses.append({object.value(QStringLiteral("company")).toInteger(),
                                     object.value(QStringLiteral("address")).toString()});
    }
    return exclusions;
}

} // namespace

StaffService::StaffService(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

void StaffService::call(ApiRequest request, std::function<void(const ApiResponse &)> handle)
{
    QPointer<StaffService> self(this);
    m_transport->send(request, [self, handle = std::move(handle)](const ApiResponse &response) {
        if (self)
            handle(response);
    });
}

Result<Mailing> StaffService::mailingFromJson(const QJsonObject &json, const QByteArray &etag)
{
    if (!json.value(QStringLiteral("id")).isDouble() ||
        !json.value(QStringLiteral("draft")).isObject())
        return malformed();
    auto draft = draftFromJson(json.value(QStringLiteral("draft")).toObject());
    if (!draft)
        return malformed();
    auto findings = findingsFromJson(json.value(QStringLiteral("lint")).toArray());
    if (!findings)
        return findings.error();
    Mailing mailing;
    mailing.summary = summaryFromJson(json);
    mailing.summary.subject = draft->subject;
    mailing.draft = *draft;
    mailing.lint = *findings;
    mailing.canApprove = json.value(QStringLiteral("canApprove")).toBool();
    for (const QJsonValue &editor : json.value(QStringLiteral("editors")).toArray())
        mailing.editors.append(editor.toString());
    mailing.approvedAt = isoDate(json.value(QStringLiteral("approvedAt")));
    mailing.sentAt = isoDate(json.value(QStringLiteral("sentAt")));
    mailing.etag = etag;
    return mailing;
}

Result<MailPreview> StaffService::previewFromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("html")).isString() ||
        !json.value(QStringLiteral("notice")).isObject())
        return malformed();
    auto findings = findingsFromJson(json.value(QStringLiteral("lint")).toArray());
    if (!findings)
        return findings.error();
    MailPreview preview;
    preview.subject = json.value(QStringLiteral("subject")).toString();
    preview.from = json.value(QStringLiteral("from")).toString();
    preview.to = json.value(QStringLiteral("to")).toString();
    const QJsonObject inbox = json.value(QStringLiteral("inboxLine")).toObject();
    preview.inboxSender = inbox.value(QStringLiteral("sender")).toString();
    preview.inboxSubject = inbox.value(QStringLiteral("subject")).toString();
    preview.snippet = inbox.value(QStringLiteral("snippet")).toString();
    preview.text = json.value(QStringLiteral("text")).toString();
    preview.html = json.value(QStringLiteral("html")).toString();
    preview.eml = json.value(QStringLiteral("eml")).toString().toUtf8();
    preview.noticePayload = compact(json.value(QStringLiteral("notice")).toObject());
    preview.lint = *findings;
    if (json.value(QStringLiteral("company")).isObject()) {
        const QJsonObject company = json.value(QStringLiteral("company")).toObject();
        preview.companyId = company.value(QStringLiteral("id")).toInteger();
        preview.companyName = company.value(QStringLiteral("name")).toString();
        preview.companyLicensed = company.value(QStringLiteral("licensed")).toBool();
        for (const QJsonValue &address : company.value(QStringLiteral("recipients")).toArray())
            preview.companyRecipients.append(address.toString());
    }
    return preview;
}

Result<RecipientPage> StaffService::recipientPageFromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("totals")).isObject() ||
        !json.value(QStringLiteral("companies")).isArray())
        return malformed();
    RecipientPage page;
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    page.totals.addresses = totals.value(QStringLiteral("addresses")).toInteger();
    page.totals.excludedAddresses = totals.value(QStringLiteral("excludedAddresses")).toInteger();
    page.totals.companiesIncluded = totals.value(QStringLiteral("companiesIncluded")).toInt();
    page.totals.companiesExcluded = totals.value(QStringLiteral("companiesExcluded")).toInt();
    page.totals.companiesUnlicensed = totals.value(QStringLiteral("companiesUnlicensed")).toInt();
    page.offset = json.value(QStringLiteral("offset")).toInt();
    page.matched = json.value(QStringLiteral("matched")).toInt();
    for (const QJsonValue &value : json.value(QStringLiteral("companies")).toArray()) {
        const QJsonObject object = value.toObject();
        RecipientCompany company;
        company.id = object.value(QStringLiteral("id")).toInteger();
        company.name = object.value(QStringLiteral("name")).toString();
        company.customerNumber = object.value(QStringLiteral("customerNumber")).toString();
        company.excluded = object.value(QStringLiteral("excluded")).toBool();
        company.usesFallback = object.value(QStringLiteral("usesFallback")).toBool();
        for (const QJsonValue &entry : object.value(QStringLiteral("recipients")).toArray()) {
            const QJsonObject r = entry.toObject();
            RecipientEntry recipient;
            recipient.address = r.value(QStringLiteral("address")).toString();
            recipient.name = r.value(QStringLiteral("name")).toString();
            for (const QJsonValue &source : r.value(QStringLiteral("sources")).toArray())
                recipient.sources.append(source.toString());
            recipient.excluded = r.value(QStringLiteral("excluded")).toBool();
            company.recipients.append(recipient);
        }
        page.companies.append(company);
    }
    return page;
}

Result<MailingResults> StaffService::resultsFromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("totals")).isObject())
        return malformed();
    MailingResults results;
    results.noticeId = json.value(QStringLiteral("noticeId")).toString();
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    results.delivery = figuresFromJson(totals);
    results.mails = totals.value(QStringLiteral("mails")).toInteger();
    results.companies = totals.value(QStringLiteral("companies")).toInt();
    results.acknowledgedCompanies = totals.value(QStringLiteral("acknowledgedCompanies")).toInt();
    results.acknowledgements = totals.value(QStringLiteral("acknowledgements")).toInteger();
    results.readCompanies = totals.value(QStringLiteral("readCompanies")).toInt();
    results.reads = totals.value(QStringLiteral("reads")).toInteger();
    for (const QJsonValue &value : json.value(QStringLiteral("companies")).toArray()) {
        const QJsonObject object = value.toObject();
        results.perCompany.append(CompanyResult{
            object.value(QStringLiteral("id")).toInteger(),
            object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("customerNumber")).toString(), figuresFromJson(object),
            object.value(QStringLiteral("acknowledgements")).toInteger(),
            isoDate(object.value(QStringLiteral("firstAcknowledgedAt"))),
            object.value(QStringLiteral("reads")).toInteger()});
    }
    return results;
}

void StaffService::products(Done<QList<StaffProduct>> done)
{
    call(ApiRequest{"GET", QStringLiteral("/api/v1/staff/products"), {}, {}},
         [done = std::move(done)](const ApiResponse &response) {
             if (!response.ok())
                 return done(failure(response));
             QList<StaffProduct> list;
             for (const QJsonValue &value :
                  response.json().value(QStringLiteral("products")).toArray()) {
                 const QJsonObject object = value.toObject();
                 list.append(StaffProduct{object.value(QStringLiteral("code")).toString(),
                                          object.value(QStringLiteral("name")).toString(),
                                          object.value(QStringLiteral("color")).toString()});
             }
             done(list);
         });
}

void StaffService::notices(Done<QList<PublishedNotice>> done)
{
    call(ApiRequest{"GET", QStringLiteral("/api/v1/staff/notices"), {}, {}},
         [done = std::move(done)](const ApiResponse &response) {
             if (!response.ok())
                 return done(failure(response));
             QList<PublishedNotice> list;
             for (const QJsonValue &value :
                  response.json().value(QStringLiteral("notices")).toArray()) {
                 const QJsonObject object = value.toObject();
                 list.append(PublishedNotice{object.value(QStringLiteral("id")).toString(),
                                             object.value(QStringLiteral("subject")).toString(),
                                             object.value(QStringLiteral("status")).toString(),
                                             isoDate(object.value(QStringLiteral("issuedAt")))});
             }
             done(list);
         });
}

void StaffService::list(Done<QList<MailingSummary>> done)
{
    call(ApiRequest{"GET", mailingsPath, {}, {}}, [done = std::move(done)](
                                                      const ApiResponse &response) {
        if (!response.ok())
            return done(failure(response));
        QList<MailingSummary> list;
        for (const QJsonValue &value : response.json().value(QStringLiteral("mailings")).toArray())
            list.append(summaryFromJson(value.toObject()));
        done(list);
    });
}

namespace {
// The answer of a call that returns one mailing.
auto mailingAnswer(StaffService::Done<Mailing> done)
{
    return [done = std::move(done)](const ApiResponse &response) {
        if (!response.ok())
            return done(failure(response));
        done(StaffService::mailingFromJson(response.json(), response.header("ETag")));
    };
}

HeaderList ifMatch(const Mailing &mailing)
{
    return {{"If-Match", mailing.etag}};
}
} // namespace

void StaffService::get(qint64 id, Done<Mailing> done)
{
    call(ApiRequest{"GET", mailingPath(id), {}, {}}, mailingAnswer(std::move(done)));
}

void StaffService::create(const Notice &draft, Done<Mailing> done)
{
    call(ApiRequest{"POST", mailingsPath, compact(draftToJson(draft)), {}},
         mailingAnswer(std::move(done)));
}

void StaffService::update(const Mailing &current, const Notice &draft, Done<Mailing> done)
{
    call(ApiRequest{"PUT", mailingPath(current.summary.id), compact(draftToJson(draft)),
                    ifMatch(current)},
         mailingAnswer(std::move(done)));
}

void StaffService::remove(const Mailing &current, Done<bool> done)
{
    call(ApiRequest{"DELETE", mailingPath(current.summary.id), {}, ifMatch(current)},
         [done = std::move(done)](const ApiResponse &response) {
             if (!response.ok())
                 return done(failure(response));
             done(true);
         });
}

void StaffService::uploadPatch(const Mailing &current, const QString &fileName,
                               const QByteArray &content, Done<Mailing> done)
{
    HeaderList headers = ifMatch(current);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream")));
    const QString path = mailingPath(current.summary.id, QStringLiteral("/patches/")) +
                         QString::fromLatin1(QUrl::toPercentEncoding(fileName));
    call(ApiRequest{"PUT", path, content, headers}, mailingAnswer(std::move(done)));
}

void StaffService::removePatch(const Mailing &current, const QString &fileName, Done<Mailing> done)
{
    const QString path = mailingPath(current.summary.id, QStringLiteral("/patches/")) +
                         QString::fromLatin1(QUrl::toPercentEncoding(fileName));
    call(ApiRequest{"DELETE", path, {}, ifMatch(current)}, mailingAnswer(std::move(done)));
}

void StaffService::approve(const Mailing &current, Done<Mailing> done)
{
    call(ApiRequest{"POST", mailingPath(current.summary.id, QStringLiteral("/approve")), "{}",
                    ifMatch(current)},
         mailingAnswer(std::move(done)));
}

void StaffService::preview(qint64 id, std::optional<qint64> companyId, Done<MailPreview> done)
{
    QString path = mailingPath(id, QStringLiteral("/preview"));
    if (companyId)
        path += QStringLiteral("?company=%1").arg(*companyId);
    call(ApiRequest{"GET", path, {}, {}}, [done = std::move(done)](const ApiResponse &response) {
        if (!response.ok())
            return done(failure(response));
        done(previewFromJson(response.json()));
    });
}

namespace {
QString recipientsPath(qint64 id, const QString &search, int offset, int limit)
{
    QStringList query;
    if (!search.isEmpty())
        query.append(QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(search)));
    if (offset > 0)
        query.append(QStringLiteral("offset=%1").arg(offset));
    if (limit > 0)
        query.append(QStringLiteral("limit=%1").arg(limit));
    const QString tail =
        query.isEmpty() ? QString() : QLatin1Char('?') + query.join(QLatin1Char('&'));
    return mailingPath(id, QStringLiteral("/recipients")) + tail;
}
} // namespace

void StaffService::recipients(qint64 id, const QString &search, int offset, int limit,
                              Done<RecipientPage> done)
{
    call(ApiRequest{"GET", recipientsPath(id, search, offset, limit), {}, {}},
         [done = std::move(done)](const ApiResponse &response) {
             if (!response.ok())
                 return done(failure(response));
             done(recipientPageFromJson(response.json()));
         });
}

void StaffService::recipientsCsv(qint64 id, const QString &search, Done<QByteArray> done)
{
    call(ApiRequest{"GET", recipientsPath(id, search, 0, 0), {}, {{"Accept", "text/csv"}}},
         [done = std::move(done)](const ApiResponse &response) {
             if (!response.ok())
                 return done(failure(response));
             done(response.body);
         });
}

void StaffService::exclusions(qint64 id, Done<Exclusions> done)
{
    call(ApiRequest{"GET", mailingPath(id, QStringLiteral("/exclusions")), {}, {}},
         [done = std::move(done)](const ApiResponse &response) {
             if (!response.ok())
                 return done(failure(response));
             done(exclusionsFromJson(response.json()));
         });
}

void StaffService::setExclusions(qint64 id, const Exclusions &exclusions, Done<Exclusions> done)
{
    call(ApiRequest{"PUT",
                    mailingPath(id, QStringLiteral("/exclusions")),
                    compact(exclusionsToJson(exclusions)),
                    {}},
         [done = std::move(done)](const ApiResponse &response) {
             if (!response.ok())
                 return done(failure(response));
             done(exclusionsFromJson(response.json()));
         });
}

void StaffService::testSend(qint64 id, const QString &to, Done<QString> done)
{
    call(ApiRequest{"POST",
                    mailingPath(id, QStringLiteral("/test-send")),
                    compact(QJsonObject{{QStringLiteral("to"), to}}),
                    {}},
         [done = std::move(done)](const ApiResponse &response) {
             if (!response.ok())
                 return done(failure(response));
             done(response.json().value(QStringLiteral("messageId")).toString());
         });
}

void StaffService::send(const Mailing &current, Done<SendReceipt> done)
{
    call(ApiRequest{"POST", mailingPath(current.summary.id, QStringLiteral("/send")), "{}",
                    ifMatch(current)},
         [done = std::move(done)](const ApiResponse &response) {
             if (!response.ok())
                 return done(failure(response));
             const QJsonObject json = response.json();
             done(SendReceipt{json.value(QStringLiteral("noticeId")).toString(),
                              json.value(QStringLiteral("mails")).toInteger(),
                              json.value(QStringLiteral("companies")).toInt()});
         });
}

void StaffService::results(qint64 id, Done<MailingResults> done)
{
    call(ApiRequest{"GET", mailingPath(id, QStringLiteral("/results")), {}, {}},
         [done = std::move(done)](const ApiResponse &response) {
             if (!response.ok())
                 return done(failure(response));
             done(resultsFromJson(response.json()));
         });
}

} // namespace nb::client
