#pragma once

#include "client/transport.h"
#include "core/mailinglint.h"
#include "core/notice.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

// The vendor staff's side of mandatory mailings (issue 6), over the server's staff routes
// (/api/v1/staff/...; customers get 403 there). Online only: drafts live on the server.
namespace nb::client {

struct MailingSummary
{
    qint64 id = 0;
    QString state; // "draft", "approved", "sent"
    QString subject;
    QString author; // e-mail addresses
    QString lastEditor;
    QString approvedBy; // empty: not approved
    QDateTime updatedAt;
    qint64 version = 0;
    QString noticeId; // once sent
};

struct Mailing
{
    MailingSummary summary;
    Notice draft;              // id, sequence, issuedAt unset
    QList<lint::Finding> lint; // as the server sees it (the editor lints live with the same core)
    bool canApprove = false;   // for the signed-in staff member
    QStringList editors;       // everyone who wrote or changed it (none of them may approve it)
    QDateTime approvedAt;
    QDateTime sentAt;
    QByteArray etag; // for If-Match on the next change
};

// The mail exactly as it will be sent (the server's renderer and signature), plus the inbox line
// and the notice as the app will show it.
struct MailPreview
{
    QString subject;
    QString from; // "Name <address>"
    QString to;
    QString inboxSender;
    QString inboxSubject;
    QString snippet;
    QString text; // the text/plain part
    QString html; // the text/html part
    QByteArray eml;
    QByteArray noticePayload; // the notice JSON as it will be signed (parseNotice() reads it)
    QList<lint::Finding> lint;
    // "Vorschau als" a company: its name and the addresses it would be sent to.
    std::optional<qint64> companyId;
    QString companyName;
    bool companyLicensed = false;
    QStringList companyRecipients;
};

struct RecipientEntry
{
    QString address;
    QString name;
    QStringList sources; // "erstkontakt", "ansprechpartner", "verteiler", "fallback"
    bool excluded = false;
};

struct RecipientCompany
{
    qint64 id = 0;
    QString name;
    QString customerNumber;
    bool excluded = false;
    bool usesFallback = false;
    QList<RecipientEntry> recipients;
};

struct RecipientTotals
{
    qint64 addresses = 0;
    qint64 excludedAddresses = 0;
    int companiesIncluded = 0;
    int companiesExcluded = 0;
    int companiesUnlicensed = 0;
};

struct RecipientPage
{
    RecipientTotals totals; // of the whole mailing
    QList<RecipientCompany> companies;
    int offset = 0;
    int matched = 0; // companies matching the search
};

struct Exclusions
{
    QList<qint64> companies;
    QList<std::pair<qint64, QString>> addresses; // company, address
};

struct DeliveryFigures
{
    qint64 queued = 0;
    qint64 sent = 0;
    qint64 failed = 0;
};

struct CompanyResult
{
    qint64 id = 0;
    QString name;
    QString customerNumber;
    DeliveryFigures delivery;
    qint64 acknowledgements = 0;
    QDateTime firstAcknowledgedAt;
    qint64 reads = 0; // users who opened the notice in the app
};

struct MailingResults
{
    QString noticeId;
    DeliveryFigures delivery;
    qint64 mails = 0;
    int companies = 0;
    int acknowledgedCompanies = 0;
    qint64 acknowledgements = 0;
    int readCompanies = 0; // companies where someone opened the notice in the app
    qint64 reads = 0;      // users who opened it in the app, over all companies
    QList<CompanyResult> perCompany;
};

struct StaffProduct
{
    QString code;
    QString name;
    QString color; // "#RRGGBB"
};

// A published notice a new mailing can follow up.
struct PublishedNotice
{
    QString id;
    QString subject;
    QString status; // "announced", "in-progress", "resolved"
    QDateTime issuedAt;
};

struct SendReceipt
{
    QString noticeId;
    qint64 mails = 0;
    int companies = 0;
};

// Every call answers once through its callback, on the caller's thread; none when the service
// is destroyed first. Errors carry the server's code and field (e.g. "self-approval",
// "lint-errors", "stale" on 412, "mailing-sent", "not-approved", "smtp-not-configured") with a
// translated message, or the transport's ("network", "timeout", "malformed-response").
class StaffService : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;

    explicit StaffService(Transport *transport, QObject *parent = nullptr);

    // GET /api/v1/staff/products: every product (name, colour) a mailing can name.
    void products(Done<QList<StaffProduct>> done);
    // GET /api/v1/staff/notices: published notices, newest first (for "follow-up of").
    void notices(Done<QList<PublishedNotice>> done);

    void list(Done<QList<MailingSummary>> done);
    void get(qint64 id, Done<Mailing> done);
    void create(const Notice &draft, Done<Mailing> done);
    void update(const Mailing &current, const Notice &draft, Done<Mailing> done);
    void remove(const Mailing &current, Done<bool> done);
    void uploadPatch(const Mailing &current, const QString &fileName, const QByteArray &content,
                     Done<Mailing> done);
    void removePatch(const Mailing &current, const QString &fileName, Done<Mailing> done);
    void approve(const Mailing &current, Done<Mailing> done);

    // companyId: "Vorschau als" that company; nullopt: as sent to the staff member.
    void preview(qint64 id, std::optional<qint64> companyId, Done<MailPreview> done);
    void recipients(qint64 id, const QString &search, int offset, int limit,
                    Done<RecipientPage> done);
    // The whole (searched) list as CSV, as the server writes it.
    void recipientsCsv(qint64 id, const QString &search, Done<QByteArray> done);
    void exclusions(qint64 id, Done<Exclusions> done);
    void setExclusions(qint64 id, const Exclusions &exclusions, Done<Exclusions> done);

    void testSend(qint64 id, const QString &to, Done<QString> done); // the Message-ID
    void send(const Mailing &current, Done<SendReceipt> done);
    void results(qint64 id, Done<MailingResults> done);

    // Parsers of the server's JSON (public for the tests).
    static Result<Mailing> mailingFromJson(const QJsonObject &json, const QByteArray &etag);
    static Result<MailPreview> previewFromJson(const QJsonObject &json);
    static Result<RecipientPage> recipientPageFromJson(const QJsonObject &json);
    static Result<MailingResults> resultsFromJson(const QJsonObject &json);

private:
    void call(ApiRequest request, std::function<void(const ApiResponse &)> handle);

    Transport *m_transport;
};

} // namespace nb::client
