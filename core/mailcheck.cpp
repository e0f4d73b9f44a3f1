// checkMail(): the verdict for a received mail, offline, from GMime's parse and the key lists.
#include "core/mail.h"
#include "core/mailgmime.h"
#include "core/mailpayload.h"
#include "core/mailwarnings.h"

#include <QCoreApplication>
#include <QLocale>

namespace nb::mail {

namespace {

// message/rfc822 parts inside message/rfc822 parts: checked this deep, no deeper.
constexpr int maxForwardDepth = 8;

QString text(const char *source)
{
    return QCoreApplication::translate("nb::mail::Check", source);
}

enum class PartKind
{
    Text,
    Html,
    Other
};

PartKind kindOf(const QString &contentType)
{
    if (contentType == QLatin1String("text/plain"))
        return PartKind::Text;
    if (contentType == QLatin1String("text/html"))
        return PartKind::Html;
    return PartKind::Other;
}

QString changedText(const QString &contentType)
{
    switch (kindOf(contentType)) {
    case PartKind::Text:
        return text(QT_TRANSLATE_NOOP("nb::mail::Check", "The text part was changed."));
    case PartKind::Html:
        return text(QT_TRANSLATE_NOOP("nb::mail::Check", "The HTML part was changed."));
    case PartKind::Other:
        break;
    }
    return text(QT_TRANSLATE_NOOP("nb::mail::Check", "The part of type %1 was changed."))
        .arg(contentType);
}

QString missingText(const QString &contentType)
{
    switch (kindOf(contentType)) {
    case PartKind::Text:
        return text(QT_TRANSLATE_NOOP("nb::mail::Check", "The text part was removed."));
    case PartKind::Html:
        return text(QT_TRANSLATE_NOOP("nb::mail::Check", "The HTML part was removed."));
    case PartKind::Other:
        break;
    }
    return text(QT_TRANSLATE_NOOP("nb::mail::Check", "The part of type %1 was removed."))
        .arg(contentType);
}

QString replacedText(const QString &signedType, const QString &foundType)
{
    switch (kindOf(signedType)) {
    case PartKind::Text:
        return text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                      "The text part was replaced by a part of type %1."))
            .arg(foundType);
    case PartKind::Html:
        return text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                      "The HTML part was replaced by a part of type %1."))
            .arg(foundType);
    case PartKind::Other:
        break;
    }
    return text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                  "The part of type %1 was replaced by a part of type %2."))
        .arg(signedType, foundType);
}

QString addedText(const gmime::Leaf &leaf)
{
    if (!leaf.fileName.isEmpty()) {
        return text(QT_TRANSLATE_NOOP("nb::mail::Check", "An attachment \"%1\" was added."))
            .arg(leaf.fileName);
    }
    switch (kindOf(leaf.contentType)) {
    case PartKind::Text:
        return text(QT_TRANSLATE_NOOP("nb::mail::Check", "An unsigned text part was added."));
    case PartKind::Html:
        return text(QT_TRANSLATE_NOOP("nb::mail::Check", "An unsigned HTML part was added."));
    case PartKind::Other:
        break;
    }
    return text(QT_TRANSLATE_NOOP("nb::mail::Check", "An unsigned part of type %1 was added."))
        .arg(leaf.contentType);
}

// The vendor writes text as UTF-8: the same bytes under another charset would show a different
// text, so a text part counts as signed only when it still says UTF-8.
bool readsAsSigned(const gmime::Leaf &leaf)
{
    return !leaf.contentType.startsWith(QLatin1String("text/")) ||
           leaf.charset == QLatin1String("utf-8");
}

// The signed parts against the message's leaves: each signed part, in order, is looked for
// among the leaves after the previous match (same type and hash). Leaves left over are
// unsigned; signed parts not found were changed, replaced or removed.
struct PartComparison
{
    QStringList altered;
    QStringList added;
    QList<int> matchedLeaves; // index into the leaves, per signed part (-1: not found)
};

PartComparison compareParts(const QList<SignedPart> &signedParts, const QList<gmime::Leaf> &leaves,
                            const QList<QByteArray> &hashes)
{
    PartComparison result;
    QList<bool> used(leaves.size(), false);
    qsizetype next = 0;
    for (const SignedPart &part : signedParts) {
        int found = -1;
        for (qsizetype i = next; i < leaves.size(); ++i) {
            if (leaves.at(i).contentType == part.contentType && hashes.at(i) == part.sha256 &&
                readsAsSigned(leaves.at(i))) {
                found = static_cast<int>(i);
                break;
            }
        }
        result.matchedLeaves.append(found);
        if (found >= 0) {
            used[found] = true;
            next = found + 1;
        }
    }
    // Describe each missing signed part by the unmatched leaf that takes its place.
    for (qsizetype s = 0; s < signedParts.size(); ++s) {
        if (result.matchedLeaves.at(s) >= 0)
            continue;
        const SignedPart &part = signedParts.at(s);
        qsizetype sameType = -1;
        qsizetype otherType = -1;
        for (qsizetype i = 0; i < leaves.size(); ++i) {
            if (used.at(i))
                continue;
            if (leaves.at(i).contentType == part.contentType && leaves.at(i).fileName.isEmpty()) {
                sameType = i;
                break;
            }
            if (otherType < 0)
                otherType = i;
        }
        if (sameType >= 0) {
            used[sameType] = true;
            result.altered.append(changedText(part.contentType));
        } else if (otherType >= 0 && s < leaves.size()) {
            used[otherType] = true;
            result.altered.append(replacedText(part.contentType, leaves.at(otherType).contentType));
        } else {
            result.altered.append(missingText(part.contentType));
        }
    }
    for (qsizetype i = 0; i < leaves.size(); ++i) {
        if (!used.at(i))
            result.added.append(addedText(leaves.at(i)));
    }
    return result;
}

QString fromText(GMimeMessage *message)
{
    InternetAddressList *list = g_mime_message_get_from(message);
    if (!list)
        return {};
    return gmime::takeString(internet_address_list_to_string(list, nullptr, FALSE));
}

// The address when the From header holds exactly one mailbox; empty otherwise.
QString singleFromAddress(GMimeMessage *message)
{
    InternetAddressList *list = g_mime_message_get_from(message);
    if (!list || internet_address_list_length(list) != 1)
        return {};
    InternetAddress *address = internet_address_list_get_address(list, 0);
    if (!INTERNET_ADDRESS_IS_MAILBOX(address))
        return {};
    return QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))
        .toLower();
}

std::optional<QDateTime> mailDate(GMimeMessage *message)
{
    GDateTime *date = g_mime_message_get_date(message);
    if (!date)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
}

int signatureHeaderCount(GMimeMessage *message)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    const int count = headers ? g_mime_header_list_get_count(headers) : 0;
    int found = 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        if (g_ascii_strcasecmp(g_mime_header_get_name(header), signatureHeader) == 0)
            ++found;
    }
    return found;
}

std::optional<dsse::Envelope> envelopeFromHeader(const char *value)
{
    QByteArray base64 = QByteArray(value).simplified();
    base64.replace(' ', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(
        base64, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    auto envelope = dsse::envelopeFromJson(decoded.decoded);
    if (!envelope)
        return std::nullopt;
    return std::move(envelope).value();
}

MailCheck withVerdict(MailCheck check, Verdict verdict, const QString &change = {})
{
    check.verdict = verdict;
    if (!change.isEmpty())
        check.changes.append(change);
    return check;
}

MailCheck checkMessage(GMimeMessage *message, const QList<KeyList> &keyLists,
                       const VendorIdentity &vendor, const QDateTime &now, int depth)
{
    MailCheck check;
    QList<GMimeMessage *> forwards;
    const QList<gmime::Leaf> leaves = gmime::leaves(message, &forwards);
    check.subject = QString::fromUtf8(g_mime_message_get_subject(message));
    check.from = fromText(message);
    check.warnings = mailWarnings(message, leaves, vendor);
    if (depth < maxForwardDepth) {
        for (GMimeMessage *forward : std::as_const(forwards))
            check.forwarded.append(checkMessage(forward, keyLists, vendor, now, depth + 1));
    }

    const int signatures = signatureHeaderCount(message);
    if (signatures == 0)
        return withVerdict(std::move(check), Verdict::Unsigned);
    if (signatures > 1) {
        return withVerdict(std::move(check), Verdict::Altered,
                           text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                                  "The mail carries more than one signature.")));
    }
    const auto envelope =
        envelopeFromHeader(g_mime_object_get_header(GMIME_OBJECT(message), signatureHeader));
    if (!envelope || envelope->payloadType != mailPayloadType) {
        return withVerdict(
            std::move(check), Verdict::Altered,
            text(QT_TRANSLATE_NOOP("nb::mail::Check", "The signature header is damaged.")));
    }

    // Each known key on its own, so that the result names whole keys.
    QList<signing::PublicKey> verifiedKeys;
    bool invalid = false;
    for (const signing::PublicKey &key : knownSigningKeys(keyLists)) {
        const auto verified = dsse::verifyEnvelope(*envelope, {key});
        if (verified)
            verifiedKeys.append(key);
        else if (verified.error().code == QLatin1String("invalid-signature"))
            invalid = true;
    }
    if (invalid) {
        return withVerdict(std::move(check), Verdict::Altered,
                           text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                                  "The signature does not match its content.")));
    }
    if (verifiedKeys.isEmpty()) {
        const QString keyIds = envelope->signatures.isEmpty()
                                   ? QString()
                                   : QString::fromUtf8(envelope->signatures.first().keyId);
        return withVerdict(
            std::move(check), Verdict::UnknownKey,
            keyLists.isEmpty()
                ? text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                         "No key list yet: the signature cannot be checked."))
                : text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                         "The mail is signed by the unknown key %1."))
                      .arg(keyIds.left(64)));
    }
    const auto payload = parseMailPayload(envelope->payload);
    if (!payload) {
        return withVerdict(
            std::move(check), Verdict::Altered,
            text(QT_TRANSLATE_NOOP("nb::mail::Check", "The signature does not describe a notice "
                                                      "mail.")));
    }
    check.noticeId = payload->noticeId;
    check.keyId = verifiedKeys.constFirst().keyId();

    // What the signature says against what the mail shows.
    QStringList altered;
    if (payload->from.toLower() != singleFromAddress(message))
        altered.append(text(QT_TRANSLATE_NOOP("nb::mail::Check", "The sender was changed.")));
    if (payload->subject.simplified() != check.subject.simplified())
        altered.append(text(QT_TRANSLATE_NOOP("nb::mail::Check", "The subject was changed.")));
    if (mailDate(message) != payload->date)
        altered.append(text(QT_TRANSLATE_NOOP("nb::mail::Check", "The date was changed.")));
    QList<QByteArray> hashes;
    for (const gmime::Leaf &leaf : leaves)
        hashes.append(gmime::contentHash(leaf.decoded));
    PartComparison parts = compareParts(payload->parts, leaves, hashes);
    altered += parts.altered;
    for (qsizetype i = 0; i < forwards.size(); ++i)
        parts.added.append(
            text(QT_TRANSLATE_NOOP("nb::mail::Check", "A forwarded message was added.")));
    if (!altered.isEmpty()) {
        check.verdict = Verdict::Altered;
        check.changes = altered + parts.added;
        return check;
    }
    if (!parts.added.isEmpty()) {
        check.verdict = Verdict::UnsignedParts;
        check.changes = parts.added;
        return check;
    }

    // The content is as signed: is the key one the vendor uses for mail sent at that date?
    const KeyList &current = keyLists.constLast();
    const auto valid = std::find_if(verifiedKeys.cbegin(), verifiedKeys.cend(), [&](const auto &k) {
        return validInCurrentList(current, k, payload->date);
    });
    if (current.isExpired(now)) {
        return withVerdict(
            std::move(check), Verdict::UnknownKey,
            text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                   "The key list expired on %1: the keys may be out of date."))
                .arg(QLocale().toString(current.expires.toLocalTime(), QLocale::ShortFormat)));
    }
    if (valid == verifiedKeys.cend()) {
        return withVerdict(
            std::move(check), Verdict::UnknownKey,
            text(QT_TRANSLATE_NOOP("nb::mail::Check", "The signing key %1 has expired or was "
                                                      "withdrawn."))
                .arg(QString::fromLatin1(check.keyId)));
    }
    check.keyId = valid->keyId();
    check.verdict = Verdict::Genuine;
    for (qsizetype s = 0; s < payload->parts.size(); ++s) {
        const gmime::Leaf &leaf = leaves.at(parts.matchedLeaves.at(s));
        if (leaf.contentType == QLatin1String("text/plain")) {
            check.signedText = QString::fromUtf8(leaf.decoded);
            break;
        }
    }
    return check;
}

} // namespace

Result<MailCheck> checkMail(const QByteArray &eml, const QList<KeyList> &keyLists,
                            const VendorIdentity &vendor, const QDateTime &now)
{
    const auto message = gmime::parseMessage(eml);
    GMimeHeaderList *headers =
        message ? g_mime_object_get_header_list(GMIME_OBJECT(message.get())) : nullptr;
    if (!message || !headers || g_mime_header_list_get_count(headers) == 0) {
        return Error{QStringLiteral("unreadable-mail"),
                     text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                            "The file is not an e-mail that can be read.")),
                     {}};
    }
    return checkMessage(message.get(), keyLists, vendor, now, 0);
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Genuine:
        return QCoreApplication::translate("nb::mail::Verdict", "Genuine");
    case Verdict::Unsigned:
        return QCoreApplication::translate("nb::mail::Verdict", "Not signed – possibly phishing");
    case Verdict::Altered:
        return QCoreApplication::translate("nb::mail::Verdict", "Altered");
    case Verdict::UnsignedParts:
        return QCoreApplication::translate("nb::mail::Verdict", "Contains unsigned parts");
    case Verdict::UnknownKey:
        return QCoreApplication::translate("nb::mail::Verdict", "Unknown or expired key");
    }
    return {};
}

} // namespace nb::mail
