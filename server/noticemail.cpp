#include "server/noticemail.h"

#include "core/emailaddress.h"
#include "core/noticeverification.h"

#include <QCoreApplication>

namespace nb::server {

mail::VendorIdentity vendorIdentity(const BrandingConfig &branding)
{
    return mail::VendorIdentity{branding.vendorName, branding.mailFrom, branding.domains};
}

Result<QList<mail::MailProduct>> mailProducts(ProductStore &products, const QStringList &codes)
{
    auto catalogue = products.list();
    if (!catalogue)
        return catalogue.error();
    QList<mail::MailProduct> named;
    for (const QString &code : codes) {
        const auto product =
            std::find_if(catalogue->cbegin(), catalogue->cend(),
                         [&code](const Product &candidate) { return candidate.code == code; });
        if (product != catalogue->cend())
            named.append(mail::MailProduct{product->name, product->color});
        else
            named.append(mail::MailProduct{code, QStringLiteral("#0B5CAD")});
    }
    return named;
}

Result<QByteArray> renderStoredNoticeMail(const StoredNotice &stored, ProductStore &products,
                                          const KeyList &keyList,
                                          const mail::VendorIdentity &vendor, const QString &to,
                                          const dsse::Signer &signer, const QDateTime &now)
{
    auto recipient = normalizeEmail(to);
    if (!recipient) {
        Error error = recipient.error();
        error.field = QStringLiteral("to");
        return error;
    }
    const NoticeVerification verified = verifyNotice(stored.envelope, {keyList}, now);
    // A row whose envelope belongs to another notice is as wrong as a broken signature.
    if (verified.state != VerificationState::Verified || !verified.notice ||
        verified.notice->id != stored.id)
        return Error{QStringLiteral("notice-not-verified"),
                     QCoreApplication::translate(
                         "nb::server::NoticeMail",
                         "The stored notice \"%1\" does not verify with the current key list; "
                         "no mail is signed for it.")
                         .arg(stored.id),
                     {}};
    const Notice &notice = *verified.notice;
    auto named = mailProducts(products, notice.products);
    if (!named)
        return named.error();
    const QDateTime date = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    return mail::renderNoticeMail(notice, *named, vendor, *recipient, date, signer);
}

} // namespace nb::server
