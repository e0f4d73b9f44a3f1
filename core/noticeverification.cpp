#include "core/noticeverification.h"

#include <QCoreApplication>
#include <QLocale>

namespace nb {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("nb::NoticeVerification", source);
}

NoticeVerification outcome(VerificationState state, const QString &reason)
{
    NoticeVerification result;
    result.state = state;
    result.reason = reason;
    return result;
}

} // namespace

NoticeVerification verifyNotice(const QByteArray &envelopeJson, const QList<KeyList> &keyLists,
                                const QDateTime &now)
{
    const auto envelope = dsse::envelopeFromJson(envelopeJson);
    if (!envelope) {
        return outcome(VerificationState::Invalid,
                       text(QT_TRANSLATE_NOOP("nb::NoticeVerification",
                                              "The signed notice is damaged and cannot be read.")));
    }
    if (envelope->payloadType != noticePayloadType) {
        return outcome(VerificationState::Invalid,
                       text(QT_TRANSLATE_NOOP("nb::NoticeVerification",
                                              "The signed content is not a notice.")));
    }
    if (keyLists.isEmpty()) {
        return outcome(
            VerificationState::Unverified,
            text(QT_TRANSLATE_NOOP("nb::NoticeVerification",
                                   "No key list yet: the signature cannot be checked.")));
    }

    // Each known key on its own, so that the result names whole keys (key ids only select the
    // signatures a key is tried against).
    QList<signing::PublicKey> verifiedKeys;
    bool altered = false;
    for (const signing::PublicKey &key : knownSigningKeys(keyLists)) {
        const auto verified = dsse::verifyEnvelope(*envelope, {key});
        if (verified)
            verifiedKeys.append(key);
        else if (verified.error().code == QLatin1String("invalid-signature"))
            altered = true;
    }
    if (altered) {
        return outcome(VerificationState::Invalid,
                       text(QT_TRANSLATE_NOOP(
                           "nb::NoticeVerification",
                           "The signature does not match the content: the notice was altered.")));
    }
    if (verifiedKeys.isEmpty()) {
        return outcome(VerificationState::Unverified,
                       text(QT_TRANSLATE_NOOP("nb::NoticeVerification",
                                              "The notice is not signed by a known key.")));
    }
    auto notice = parseNotice(envelope->payload);
    if (!notice) {
        return outcome(VerificationState::Invalid,
                       text(QT_TRANSLATE_NOOP("nb::NoticeVerification",
                                              "The signed content is not a readable notice.")));
    }

    const KeyList &current = keyLists.constLast();
    NoticeVerification result;
    result.notice = notice.value();
    result.keyId = verifiedKeys.constFirst().keyId();
    for (const signing::PublicKey &key : std::as_const(verifiedKeys)) {
        if (validInCurrentList(current, key, notice->issuedAt)) {
            result.keyId = key.keyId();
            result.state = VerificationState::Verified;
            break;
        }
    }
    const QString keyId = QString::fromLatin1(result.keyId);
    if (current.isExpired(now)) {
        result.state = VerificationState::KeyExpiredOrStale;
        result.reason =
            text(QT_TRANSLATE_NOOP("nb::NoticeVerification",
                                   "The key list expired on %1: the data may be out of date."))
                .arg(QLocale().toString(current.expires.toLocalTime(), QLocale::ShortFormat));
    } else if (result.state == VerificationState::Verified) {
        result.reason =
            text(QT_TRANSLATE_NOOP("nb::NoticeVerification", "Signed by key %1.")).arg(keyId);
    } else {
        result.state = VerificationState::KeyExpiredOrStale;
        result.reason = text(QT_TRANSLATE_NOOP("nb::NoticeVerification",
                                               "The signing key %1 has expired or was withdrawn."))
                            .arg(keyId);
    }
    return result;
}

} // namespace nb
