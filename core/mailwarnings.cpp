// The warnings shown with every verdict: attachments, links, the sender and lookalike domains.
// MIME comes from GMime; only the decoded HTML part is scanned for href attributes with a small
// regular expression (HTML is not XML, and no HTML parser is part of core).
#include "core/mailwarnings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace nb::mail {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("nb::mail::Check", source);
}

const QStringList &executableExtensions()
{
    static const QStringList list{
        QStringLiteral("exe"), QStringLiteral("msi"), QStringLiteral("bat"), QStringLiteral("cmd"),
        QStringLiteral("scr"), QStringLiteral("js"),  QStringLiteral("vbs"), QStringLiteral("ps1"),
        QStringLiteral("jar"), QStringLiteral("com"), QStringLiteral("lnk"), QStringLiteral("hta")};
    return list;
}

const QStringList &archiveExtensions()
{
    static const QStringList list{QStringLiteral("zip"), QStringLiteral("rar"),
                                  QStringLiteral("7z"),  QStringLiteral("iso"),
                                  QStringLiteral("img"), QStringLiteral("cab")};
    return list;
}

const QStringList &executableTypes()
{
    static const QStringList list{
        QStringLiteral("application/x-msdownload"),   QStringLiteral("application/x-msdos-program"),
        QStringLiteral("application/x-ms-installer"), QStringLiteral("application/x-msi"),
        QStringLiteral("application/java-archive"),   QStringLiteral("application/hta")};
    return list;
}

const QStringList &archiveTypes()
{
    static const QStringList list{QStringLiteral("application/zip"),
                                  QStringLiteral("application/x-zip-compressed"),
                                  QStringLiteral("application/vnd.rar"),
                                  QStringLiteral("application/x-rar-compressed"),
                                  QStringLiteral("application/x-7z-compressed"),
                                  QStringLiteral("application/x-iso9660-image"),
                                  QStringLiteral("application/vnd.ms-cab-compressed")};
    return list;
}

Warning attachmentWarning(const gmime::Leaf &leaf)
{
    const QString name = leaf.fileName.isEmpty() ? leaf.contentType : leaf.fileName;
    const QString extension = leaf.fileName.section(QLatin1Char('.'), -1).toLower().trimmed();
    const bool hasExtension = leaf.fileName.contains(QLatin1Char('.'));
    if ((hasExtension && executableExtensions().contains(extension)) ||
        executableTypes().contains(leaf.contentType)) {
        return {QStringLiteral("executable-attachment"),
                text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                       "The attachment \"%1\" is a program. The vendor never "
                                       "sends patches or programs by e-mail: do not open it."))
                    .arg(name)};
    }
    if ((hasExtension && archiveExtensions().contains(extension)) ||
        archiveTypes().contains(leaf.contentType)) {
        return {QStringLiteral("archive-attachment"),
                text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                       "The attachment \"%1\" is an archive. The vendor never "
                                       "sends patches by e-mail: do not open it."))
                    .arg(name)};
    }
    return {QStringLiteral("attachment"),
            text(QT_TRANSLATE_NOOP("nb::mail::Check", "The mail has an attachment: \"%1\"."))
                .arg(name)};
}

// &amp; &lt; &gt; &quot; &apos; &#NN; &#xHH; — enough for href values and link texts.
QString decodeEntities(const QString &html)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);?"));
    QString out;
    qsizetype last = 0;
    auto matches = entity.globalMatch(html);
    while (matches.hasNext()) {
        const auto match = matches.next();
        out += html.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name == QLatin1String("amp"))
            out += QLatin1Char('&');
        else if (name == QLatin1String("lt"))
            out += QLatin1Char('<');
        else if (name == QLatin1String("gt"))
            out += QLatin1Char('>');
        else if (name == QLatin1String("quot"))
            out += QLatin1Char('"');
        else if (name == QLatin1String("apos"))
            out += QLatin1Char('\'');
        else {
            const bool hex = name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X');
            const uint code = name.mid(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
            if (code > 0 && code <= 0x10FFFF)
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        }
        last = match.capturedEnd();
    }
    return out + html.mid(last);
}

struct Link
{
    QString href;
    QString shown; // the link text (HTML) or empty
};

QList<Link> htmlLinks(const QString &html)
{
    static const QRegularExpression anchor(QStringLiteral("<a\\b([^>]*)>(.*?)</a\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression href(
        QStringLiteral("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QList<Link> links;
    QSet<qsizetype> inAnchors;
    auto anchors = anchor.globalMatch(html);
    while (anchors.hasNext()) {
        const auto match = anchors.next();
        const auto target = href.match(match.captured(1));
        if (!target.hasMatch())
            continue;
        inAnchors.insert(match.capturedStart(1) + target.capturedStart());
        QString shown = match.captured(2);
        shown.remove(tag);
        links.append(
            {decodeEntities(target.captured(1) + target.captured(2) + target.captured(3)).trimmed(),
             decodeEntities(shown).simplified()});
    }
    // href on anything else (area, base, an unclosed a): the target counts, there is no text.
    auto all = href.globalMatch(html);
    while (all.hasNext()) {
        const auto match = all.next();
        if (inAnchors.contains(match.capturedStart()))
            continue;
        links.append(
            {decodeEntities(match.captured(1) + match.captured(2) + match.captured(3)).trimmed(),
             {}});
    }
    return links;
}

QList<Link> textLinks(const QString &plain)
{
    static const QRegularExpression url(QStringLiteral("\\b(?:https?|ftp)://[^\\s<>\"'()\\[\\]]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<Link> links;
    auto matches = url.globalMatch(plain);
    while (matches.hasNext()) {
        QString target = matches.next().captured();
        while (!target.isEmpty() && QStringLiteral(".,;:!?").contains(target.back()))
            target.chop(1);
        links.append({target, {}});
    }
    return links;
}

QString hostOf(const QString &href)
{
    const QUrl url(href, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
        scheme != QLatin1String("ftp"))
        return {};
    return url.host().toLower();
}

// A domain the link text shows ("kundencenter.notabene.example", "https://…/…").
QString shownHost(const QString &shown)
{
    static const QRegularExpression domain(
        QStringLiteral(
            "(?:[a-z][a-z0-9+.-]*://)?((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
            "\\.)+\\p{L}{2,63})\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto match = domain.match(shown);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString withoutWww(const QString &host)
{
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

bool sameSite(const QString &a, const QString &b)
{
    const QString x = withoutWww(displayHost(a));
    const QString y = withoutWww(displayHost(b));
    return x == y || x.endsWith(QLatin1Char('.') + y) || y.endsWith(QLatin1Char('.') + x);
}

// Optimal string alignment distance (edits and swaps of neighbours), capped at 2.
int editDistance(const QString &a, const QString &b)
{
    if (qAbs(a.size() - b.size()) > 1)
        return 2;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = static_cast<int>(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return std::min(d[n][m], 2);
}

QString confusableFold(QString host)
{
    host.replace(QLatin1Char('0'), QLatin1Char('o'));
    host.replace(QLatin1Char('1'), QLatin1Char('l'));
    host.replace(QLatin1Char('i'), QLatin1Char('l'));
    host.replace(QStringLiteral("rn"), QStringLiteral("m"));
    host.replace(QStringLiteral("vv"), QStringLiteral("w"));
    return host;
}

// Letters of several scripts in one label, or of a script that imitates Latin letters.
bool mixedOrConfusableScript(const QString &unicodeHost)
{
    for (const QString &label : unicodeHost.split(QLatin1Char('.'))) {
        QSet<int> scripts;
        for (const uint c : label.toUcs4()) {
            const auto script = QChar::script(c);
            if (QChar::isLetter(c) && script != QChar::Script_Common &&
                script != QChar::Script_Inherited)
                scripts.insert(script);
        }
        if (scripts.size() > 1 || scripts.contains(QChar::Script_Cyrillic) ||
            scripts.contains(QChar::Script_Greek) || scripts.contains(QChar::Script_Armenian) ||
            scripts.contains(QChar::Script_Cherokee))
            return true;
    }
    return false;
}

// The vendor domain `host` imitates, or empty.
QString imitatedDomain(const QString &host, const QStringList &vendorDomains)
{
    const QString ace = displayHost(host);
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString &domain : vendorDomains) {
        const QString d = displayHost(domain);
        const qsizetype count = d.count(QLatin1Char('.')) + 1;
        if (labels.size() < count)
            continue;
        const QString tail = labels.mid(labels.size() - count).join(QLatin1Char('.'));
        if (tail == d)
            continue;
        if (editDistance(tail, d) <= 1 || confusableFold(tail) == confusableFold(d))
            return d;
    }
    return {};
}

class Collector
{
public:
    explicit Collector(const VendorIdentity &vendor)
        : m_vendor(vendor)
    {}

    void add(const QString &code, const QString &message)
    {
        for (const Warning &warning : std::as_const(m_warnings)) {
            if (warning.code == code && warning.message == message)
                return;
        }
        m_warnings.append({code, message});
    }

    void host(const QString &host)
    {
        if (host.isEmpty() || isVendorHost(host, m_vendor.domains))
            return;
        const QString shown = displayHost(host);
        const QString unicode = QUrl::fromAce(shown.toLatin1(), QUrl::IgnoreIDNWhitelist);
        if (mixedOrConfusableScript(unicode)) {
            add(QStringLiteral("lookalike-domain"),
                text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                       "The domain %1 uses letters that imitate other letters "
                                       "(shown as punycode)."))
                    .arg(shown));
        }
        const QString imitated = imitatedDomain(host, m_vendor.domains);
        if (!imitated.isEmpty()) {
            add(QStringLiteral("lookalike-domain"),
                text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                       "The domain %1 looks like the vendor's domain %2 but is "
                                       "not it."))
                    .arg(shown, imitated));
        }
    }

    void link(const Link &link)
    {
        const QString target = hostOf(link.href);
        if (target.isEmpty())
            return;
        host(target);
        if (!isVendorHost(target, m_vendor.domains)) {
            add(QStringLiteral("foreign-link"),
                text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                       "A link leads to %1, which is not a domain of the "
                                       "vendor."))
                    .arg(displayHost(target)));
        }
        const QString shown = shownHost(link.shown);
        if (!shown.isEmpty() && !sameSite(shown, target)) {
            add(QStringLiteral("deceptive-link"),
                text(QT_TRANSLATE_NOOP("nb::mail::Check", "A link shows %1 but leads to %2."))
                    .arg(displayHost(shown), displayHost(target)));
        }
    }

    void from(GMimeMessage *message)
    {
        InternetAddressList *list = g_mime_message_get_from(message);
        const int count = list ? internet_address_list_length(list) : 0;
        bool group = false;
        for (int i = 0; i < count; ++i) {
            InternetAddress *address = internet_address_list_get_address(list, i);
            if (!INTERNET_ADDRESS_IS_MAILBOX(address)) {
                group = true;
                continue;
            }
            const QString addr = QString::fromUtf8(
                internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
            const QString name = QString::fromUtf8(internet_address_get_name(address));
            const QString domain = addr.section(QLatin1Char('@'), -1).toLower();
            host(domain);
            const bool claimsVendor =
                name.contains(QStringLiteral("notabene"), Qt::CaseInsensitive) ||
                (!m_vendor.displayName.isEmpty() &&
                 name.contains(m_vendor.displayName, Qt::CaseInsensitive));
            if (claimsVendor && !isVendorHost(domain, m_vendor.domains)) {
                add(QStringLiteral("display-name-spoof"),
                    text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                           "The sender calls itself \"%1\" but writes from %2, "
                                           "which is not an address of the vendor."))
                        .arg(name, addr.section(QLatin1Char('@'), 0, -2) + QLatin1Char('@') +
                                       displayHost(domain)));
            }
        }
        if (count > 1 || group || fromHeaderCount(message) > 1) {
            add(QStringLiteral("several-from"),
                text(QT_TRANSLATE_NOOP("nb::mail::Check",
                                       "The mail names several senders or a group as its "
                                       "sender.")));
        }
    }

    QList<Warning> take() { return std::move(m_warnings); }

private:
    static int fromHeaderCount(GMimeMessage *message)
    {
        GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
        const int count = headers ? g_mime_header_list_get_count(headers) : 0;
        int found = 0;
        for (int i = 0; i < count; ++i) {
            if (g_ascii_strcasecmp(
                    g_mime_header_get_name(g_mime_header_list_get_header_at(headers, i)), "From") ==
                0)
                ++found;
        }
        return found;
    }

    const VendorIdentity &m_vendor;
    QList<Warning> m_warnings;
};

} // namespace

QString displayHost(const QString &host)
{
    const QByteArray ace = QUrl::toAce(host.toLower());
    return ace.isEmpty() ? host.toLower() : QString::fromLatin1(ace);
}

bool isVendorHost(const QString &host, const QStringList &vendorDomains)
{
    const QString shown = displayHost(host);
    for (const QString &domain : vendorDomains) {
        const QString d = displayHost(domain);
        if (!d.isEmpty() && (shown == d || shown.endsWith(QLatin1Char('.') + d)))
            return true;
    }
    return false;
}

QList<Warning> mailWarnings(GMimeMessage *message, const QList<gmime::Leaf> &leaves,
                            const VendorIdentity &vendor)
{
    Collector collector(vendor);
    collector.from(message);
    for (const gmime::Leaf &leaf : leaves) {
        if (leaf.attachment) {
            const Warning warning = attachmentWarning(leaf);
            collector.add(warning.code, warning.message);
            continue;
        }
        const bool html = leaf.contentType == QLatin1String("text/html");
        const bool plain = leaf.contentType == QLatin1String("text/plain");
        if ((!html && !plain) || !GMIME_IS_TEXT_PART(leaf.part))
            continue;
        const QString content = gmime::partText(leaf);
        for (const Link &link : html ? htmlLinks(content) : textLinks(content))
            collector.link(link);
    }
    return collector.take();
}

} // namespace nb::mail
