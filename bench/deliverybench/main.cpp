// notabene-deliverybench: delivering a mandatory mailing to COUNT addresses (default 10,000)
// through the server's own delivery path, to an SMTP sink.
//
//   notabene-deliverybench SMTP_URL SQLITE_FILE [COUNT] [MESSAGE_OUT]
//
// Renders ONE signed mailing mail (SignedMail::render, as POST …/send does, with a freshly
// generated signing key), then, as the send route does, one copy per address
// (SignedMail::forRecipient with its own To and Message-ID) and queues the COUNT copies in a real
// MailQueue on a new SQLite file (one enqueue call, one transaction). Then starts the real
// DeliveryWorker (default Policy, as `serve --smtp` runs it; NOTABENE_BENCH_CONNECTIONS=N for
// another number of SMTP connections) sending to SMTP_URL and waits until no mail is queued or
// sending. MESSAGE_OUT, if given, receives the first copy with
// LF line ends (for `smtp-source -F`, which sends each line with CRLF: the same bytes on the
// wire).
//
// Prints one "name value" line each: message-bytes (one copy as sent, CRLF), render-ms (the COUNT
// copies), enqueue-ms, delivery-ms (worker start to the last mail recorded sent), mails-per-s,
// cpu-ms (the process's CPU time while delivering), sent, failed, sessions (SMTP connections the
// worker keeps open at most).
#include "core/crypto.h"
#include "core/mail.h"
#include "core/notice.h"
#include "core/signing.h"
#include "server/api/apicontext.h"
#include "server/delivery/deliveryworker.h"
#include "server/delivery/smtpsender.h"
#include "server/noticemail.h"
#include "server/storage/database.h"
#include "server/storage/mailqueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <thread>
#include <time.h>

using namespace nb;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "deliverybench: %s\n", qPrintable(what));
    return 1;
}

// CPU time of the whole process (every thread) in milliseconds.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// A security mailing like the demo's Warenwirtschaft update: the size and shape of a real one.
Notice mailingNotice()
{
    const QDate actBy = QDate::currentDate().addDays(7);
    Notice notice;
    notice.id = QStringLiteral("PM-%1-0042").arg(QDate::currentDate().year());
    notice.sequence = 1;
    notice.products = {QStringLiteral("wawi")};
    notice.category = QStringLiteral("security");
    notice.severity = NoticeSeverity::Urgent;
    notice.actBy = actBy;
    notice.subject = QStringLiteral("DRINGEND: Sicherheitsupdate für die Warenwirtschaft bis %1")
                         .arg(actBy.toString(QStringLiteral("dd.MM.yyyy")));
    notice.body = QString::fromUtf8(
        "In der Warenwirtschaft wurde eine **Sicherheitslücke im Datenimport** gefunden: "
        "präparierte Importdateien konnten Daten anderer Mandanten lesen.\n\n"
        "## Was Sie tun müssen\n\n"
        "1. Laden Sie den Patch **wawi-sicherheitsupdate.zip** in der Notabene-App herunter (die "
        "App prüft Größe und SHA-256 der Datei).\n"
        "2. Beenden Sie die Warenwirtschaft auf allen Arbeitsplätzen.\n"
        "3. Spielen Sie den Patch auf dem Server ein.\n\n"
        "Den Status der Behebung finden Sie auf der "
        "[Statusseite](https://status.notabene.example/wawi).\n\n"
        "> **Sicherheitshinweis:** Dateien und Patches erhalten Sie ausschließlich im "
        "Kundencenter bzw. direkt in der Notabene-App nach der Anmeldung – niemals als "
        "E-Mail-Anhang. Öffnen Sie keine Anhänge von E-Mails, die sich auf diesen Hinweis "
        "berufen, und wenden Sie sich im Zweifel über ein Support-Ticket an uns.\n");
    notice.link = QStringLiteral("https://status.notabene.example/wawi");
    notice.issuedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return notice;
}

// The mailing mail, signed once (as the send route's signedMail()).
Result<mail::SignedMail> renderMailing(const server::BrandingConfig &branding,
                                       const signing::KeyPair &key)
{
    const QString domain = branding.domains.value(0);
    const mail::MailingOptions options{
        QStringLiteral("Pflichtmailings <pflichtmailings.%1>").arg(domain),
        QStringLiteral("https://%1/konto/verteiler").arg(domain)};
    return mail::SignedMail::render(
        mailingNotice(),
        {mail::MailProduct{QStringLiteral("Warenwirtschaft"), QStringLiteral("#0B5CAD")}},
        server::vendorIdentity(branding), QDateTime::currentDateTimeUtc(),
        dsse::Signer{key.publicKey, key.secretKey}, options);
}

// The COUNT copies as the send route queues them: one per address, each with its Message-ID.
Result<QList<server::QueuedMail>> renderCopies(const mail::SignedMail &mail, int count,
                                               const QString &noticeId)
{
    QList<server::QueuedMail> copies;
    copies.reserve(count);
    for (int i = 0; i < count; ++i) {
        server::QueuedMail queued;
        queued.mailingId = std::nullopt; // no mailings row in the bench database
        queued.recipient = QStringLiteral("empfaenger%1@firma%2.example").arg(i).arg(i % 997);
        queued.messageId = QStringLiteral("%1.%2@notabene.example").arg(noticeId).arg(i);
        auto eml = mail.forRecipient(queued.recipient, queued.messageId);
        if (!eml)
            return eml.error();
        queued.message = *eml;
        copies.append(std::move(queued));
    }
    return copies;
}

// The message as SMTP carries it: every line end CRLF.
QByteArray onTheWire(QByteArray message)
{
    message.replace("\r\n", "\n");
    message.replace('\n', "\r\n");
    return message;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3 || args.size() > 5)
        return fail(QStringLiteral(
            "usage: notabene-deliverybench SMTP_URL SQLITE_FILE [COUNT] [MESSAGE_OUT]"));
    const int count = args.size() > 3 ? args.at(3).toInt() : 10000;
    if (count <= 0)
        return fail(QStringLiteral("COUNT takes a positive number"));
    if (!crypto::initialize())
        return fail(QStringLiteral("libsodium does not initialise"));
    const server::CurlGlobal curl; // before the worker's thread starts
    if (!curl.ok())
        return fail(QStringLiteral("libcurl does not initialise"));
    auto relay = server::parseSmtpRelay(args.at(1));
    if (!relay)
        return fail(relay.error().message);

    const server::BrandingConfig branding;
    const auto mail = renderMailing(branding, signing::generateKeyPair());
    if (!mail)
        return fail(mail.error().message);
    QElapsedTimer timer;
    timer.start();
    auto copies = renderCopies(*mail, count, mailingNotice().id);
    if (!copies)
        return fail(copies.error().message);
    const double renderMs = double(timer.nsecsElapsed()) / 1e6;
    if (args.size() > 4) {
        QFile out(args.at(4));
        QByteArray lf = copies->first().message;
        lf.replace("\r\n", "\n");
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(lf) != lf.size())
            return fail(QStringLiteral("cannot write %1").arg(args.at(4)));
    }

    QFile::remove(args.at(2));
    QFile::remove(args.at(2) + QStringLiteral("-wal"));
    QFile::remove(args.at(2) + QStringLiteral("-shm"));
    auto url = server::parseDatabaseUrl(QStringLiteral("sqlite:") + args.at(2));
    if (!url)
        return fail(url.error().message);
    auto db = server::Database::open(*url, QStringLiteral("deliverybench"));
    if (!db)
        return fail(db.error().message);
    if (Status migrated = (*db)->migrate(); !migrated)
        return fail(migrated.error().message);
    server::MailQueue queue(**db);
    timer.restart();
    if (Status queued = queue.enqueue(*copies, server::nowMs()); !queued)
        return fail(queued.error().message);
    const double enqueueMs = double(timer.nsecsElapsed()) / 1e6;

    server::SmtpConfig smtp;
    smtp.relay = *relay;
    server::DeliveryWorker::Policy policy;
    // NOTABENE_BENCH_CONNECTIONS: another number of connections than serve's, for comparisons.
    if (const int n = qEnvironmentVariableIntValue("NOTABENE_BENCH_CONNECTIONS"); n > 0)
        policy.connections = n;
    server::DeliveryWorker worker(*url, smtp, branding.mailFrom, policy);
    const double cpuStart = processCpuMs();
    timer.restart();
    worker.start();
    // Done when no mail is queued or sending (one index probe every 10 ms).
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        auto pending = (*db)->run(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM mail_queue "
                                                 "WHERE state IN ('queued', 'sending') LIMIT 1)"));
        if (!pending)
            return fail(pending.error().message);
        if ((*pending)->next() && (*pending)->value(0).toLongLong() == 0)
            break;
        if (timer.elapsed() > 600'000)
            return fail(QStringLiteral("not delivered after 10 minutes"));
    }
    const double deliveryMs = double(timer.nsecsElapsed()) / 1e6;
    const double cpuMs = processCpuMs() - cpuStart;
    worker.stop();
    auto counts = queue.counts(std::nullopt);
    if (!counts)
        return fail(counts.error().message);

    std::printf("message-bytes %lld\n",
                static_cast<long long>(onTheWire(copies->first().message).size()));
    std::printf("render-ms %.1f\n", renderMs);
    std::printf("enqueue-ms %.1f\n", enqueueMs);
    std::printf("delivery-ms %.1f\n", deliveryMs);
    std::printf("mails-per-s %.1f\n", double(counts->sent) * 1000.0 / deliveryMs);
    std::printf("cpu-ms %.1f\n", cpuMs);
    std::printf("sent %lld\n", static_cast<long long>(counts->sent));
    std::printf("failed %lld\n", static_cast<long long>(counts->failed));
    std::printf("sessions %d\n", policy.connections);
    return counts->sent == count ? 0 : 1;
}
