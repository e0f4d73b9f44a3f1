#include "core/mailinglint.h"

#include "core/distribution.h"
#include "core/markdown.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace nb::lint {

namespace {

constexpr qsizetype maxSubjectCharacters = 78; // what an inbox line shows
constexpr qint64 urgentWindowDays = 14;
constexpr char urgentPrefix[] = "DRINGEND:";
constexpr char securityCategory[] = "security";

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto unicodeCaseless =
    QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

Finding error(const char *code, const char *field, const QString &message)
{
    return Finding{QString::fromLatin1(code), Severity::Error, QString::fromLatin1(field), message};
}

Finding warning(const char *code, const char *field, const QString &message)
{
    return Finding{QString::fromLatin1(code), Severity::Warning, QString::fromLatin1(field),
                   message};
}

QString displayDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

// ---- dates in the subject ----

struct SubjectDate
{
    QString text; // as written
    QDate date;
};

// The month of a German month name or its abbreviation ("Januar", "Jan.", "März", "Maerz",
// "Mrz.", "Sept."), by its first three letters; 0 when unknown.
int monthFromName(const QString &name)
{
    static const QList<std::pair<QString, int>> prefixes{
        {QStringLiteral("jan"), 1},  {QStringLiteral("feb"), 2}, {QStringLiteral("mär"), 3},
        {QStringLiteral("mae"), 3},  {QStringLiteral("mrz"), 3}, {QStringLiteral("apr"), 4},
        {QStringLiteral("mai"), 5},  {QStringLiteral("jun"), 6}, {QStringLiteral("jul"), 7},
        {QStringLiteral("aug"), 8},  {QStringLiteral("sep"), 9}, {QStringLiteral("okt"), 10},
        {QStringLiteral("nov"), 11}, {QStringLiteral("dez"), 12}};
    const QString prefix = name.left(3).toLower();
    for (const auto &[key, month] : prefixes) {
        if (key == prefix)
            return month;
    }
    return 0;
}

// Every valid date the subject names: "01.08.2026", "1.8.2026", "01.08.26", "01.08." and
// "1. August [2026]" / "1. Aug. [2026]" (a missing year is `defaultYear`), "2026-08-01".
// Patterns that are no real date ("31.02.2026", a version "10.13.") are not dates.
QList<SubjectDate> datesIn(const QString &subject, int defaultYear)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\d.])(?:"
                       "(?<d1>\\d{1,2})\\.(?<m1>\\d{1,2})\\.(?<y1>\\d{4})"
                       "|(?<d2>\\d{2})\\.(?<m2>\\d{2})\\.(?<y2>\\d{2})"
                       "|(?<d3>\\d{2})\\.(?<m3>\\d{2})\\."
                       "|(?<d4>\\d{1,2})\\.\\s*(?<name>Januar|Jan\\.|Februar|Feb\\.|März|Maerz|"
                       "Mär\\.|Mrz\\.|April|Apr\\.|Mai|Juni|Jun\\.|Juli|Jul\\.|August|Aug\\.|"
                       "September|Sept\\.|Sep\\.|Oktober|Okt\\.|November|Nov\\.|Dezember|Dez\\.)"
                       "(?!\\p{L})(?:\\s+(?<y4>\\d{4}))?"
                       "|(?<y5>\\d{4})-(?<m5>\\d{2})-(?<d5>\\d{2})"
                       ")(?!\\d)"),
        unicodeCaseless);
    QList<SubjectDate> dates;
    auto matches = pattern.globalMatch(subject);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const auto number = [&match](const char *group) {
            return match.captured(QLatin1String(group)).toInt();
        };
        QDate date;
        if (match.hasCaptured(QStringLiteral("y1"))) {
            date = QDate(number("y1"), number("m1"), number("d1"));
        } else if (match.hasCaptured(QStringLiteral("y2"))) {
            date = QDate(2000 + number("y2"), number("m2"), number("d2"));
        } else if (match.hasCaptured(QStringLiteral("m3"))) {
            date = QDate(defaultYear, number("m3"), number("d3"));
        } else if (match.hasCaptured(QStringLiteral("name"))) {
            const int year = match.hasCaptured(QStringLiteral("y4")) ? number("y4") : defaultYear;
            date = QDate(year, monthFromName(match.captured(QStringLiteral("name"))), number("d4"));
        } else {
            date = QDate(number("y5"), number("m5"), number("d5"));
        }
        if (date.isValid())
            dates.append({match.captured().trimmed(), date});
    }
    return dates;
}

// ---- one sentence ----

// Words that end in a dot without ending a sentence (lower case). Single letters ("z. B.",
// "v. a.", "d. h.") are abbreviations too.
bool isAbbreviation(const QString &word)
{
    static const QSet<QString> abbreviations{
        QStringLiteral("ca"),   QStringLiteral("nr"),  QStringLiteral("inkl"),
        QStringLiteral("exkl"), QStringLiteral("bzw"), QStringLiteral("usw"),
        QStringLiteral("etc"),  QStringLiteral("ggf"), QStringLiteral("evtl"),
        QStringLiteral("bspw"), QStringLiteral("vgl"), QStringLiteral("bzgl"),
        QStringLiteral("zzgl"), QStringLiteral("ggü"), QStringLiteral("sog"),
        QStringLiteral("max"),  QStringLiteral("min"), QStringLiteral("mind"),
        QStringLiteral("std"),  QStringLiteral("mio"), QStringLiteral("mrd"),
        QStringLiteral("tel"),  QStringLiteral("dr"),  QStringLiteral("st"),
        QStringLiteral("str"),  QStringLiteral("co"),  QStringLiteral("abs"),
        QStringLiteral("jan"),  QStringLiteral("feb"), QStringLiteral("mär"),
        QStringLiteral("mrz"),  QStringLiteral("apr"), QStringLiteral("jun"),
        QStringLiteral("jul"),  QStringLiteral("aug"), QStringLiteral("sep"),
        QStringLiteral("sept"), QStringLiteral("okt"), QStringLiteral("nov"),
        QStringLiteral("dez"),  QStringLiteral("mo"),  QStringLiteral("di"),
        QStringLiteral("mi"),   QStringLiteral("do"),  QStringLiteral("fr"),
        QStringLiteral("sa"),   QStringLiteral("so")};
    return word.size() == 1 || abbreviations.contains(word.toLower());
}

// Whether the single dot at `dot` ends a sentence: not after an abbreviation, an ordinal or a
// day/month ("1. August", "01.08."); after a year ("bis 2026. Danach") it does.
bool dotEndsSentence(const QString &text, qsizetype dot)
{
    qsizetype start = dot;
    while (start > 0 && text.at(start - 1).isLetter())
        --start;
    if (start < dot)
        return !isAbbreviation(text.mid(start, dot - start));
    while (start > 0 && text.at(start - 1).isDigit())
        --start;
    const qsizetype digits = dot - start;
    return digits == 0 || digits > 2;
}

// More than one sentence: a sentence end (". ", "! ", "? ", "…") followed by more text.
bool hasSeveralSentences(const QString &subject)
{
    static const QRegularExpression sentenceEnd(
        QStringLiteral("(?<=\\S)([.!?\u2026]+)[\"'\u00BB\u00AB\u201C\u201D\u2019)\\]]*\\s+"
                       "[\"'\u00BB\u00AB\u201E\u201C\u201A(\\[]*\\p{L}"),
        unicode);
    auto matches = sentenceEnd.globalMatch(subject);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.captured(1) != QLatin1String(".") ||
            dotEndsSentence(subject, match.capturedStart(1)))
            return true;
    }
    return false;
}

// ---- body ----

// The first placeholder in `text` (TODO, XXX, TBD, Lorem ipsum, "[...]", "{{...}}", "???"), or
// an empty string.
QString placeholderIn(const QString &text)
{
    static const QRegularExpression placeholder(
        QStringLiteral(
            "\\b(?:TODO|TBD|X{3,})\\b|\\blorem\\s+ipsum\\b|\\[\\s*(?:\\.{3}|\u2026)\\s*\\]"
            "|\\{\\{[^{}\\n]*\\}\\}|\\?{3,}"),
        unicodeCaseless);
    return placeholder.match(text).captured();
}

// The first word in `body` that speaks of an attachment, or an empty string.
QString attachmentWordIn(const QString &body)
{
    static const QRegularExpression attachment(
        QStringLiteral("\\b(?:im\\s+)?Anh[aä]ng(?:e|en|s)?\\b|\\banbei\\b|\\bangehängt\\b"
                       "|\\bbeigefügt\\w*|\\bbeiliegend\\w*|\\battach(?:ed|ments?)\\b"),
        unicodeCaseless);
    return attachment.match(body).captured();
}

bool mentionsSupport(const QString &body)
{
    static const QRegularExpression support(QStringLiteral("support"), unicodeCaseless);
    return support.match(body).hasMatch();
}

// Link targets of the body: Markdown links, autolinks and images (md4c), plus every bare
// scheme URL in the text, also in code spans, where mail programs would still link it.
QStringList bodyLinkTargets(const QString &body)
{
    static const QRegularExpression bareUrl(
        QStringLiteral("\\b[a-z][a-z0-9+.-]*://[^\\s<>\"'`\\[\\]()]+"), unicodeCaseless);
    QStringList targets = markdown::linkTargets(body);
    auto matches = bareUrl.globalMatch(body);
    while (matches.hasNext()) {
        QString url = matches.next().captured();
        while (!url.isEmpty() && QStringLiteral(".,;:!?*_~").contains(url.back()))
            url.chop(1);
        targets.append(url);
    }
    return targets;
}

// Lower-case punycode without a trailing dot; empty when `host` is no valid host name.
QString aceHost(const QString &host)
{
    QString ace = QString::fromLatin1(QUrl::toAce(host)).toLower();
    if (ace.endsWith(QLatin1Char('.')))
        ace.chop(1);
    return ace;
}

// The vendor's domains for messages, in Unicode ("bücher.example", not punycode).
QString displayDomains(const QStringList &domains)
{
    // The vendor's own domains: no need for the IDN whitelist's homograph caution.
    QStringList names;
    for (const QString &domain : domains)
        names.append(QUrl::fromAce(domain.toLatin1(), QUrl::IgnoreIDNWhitelist));
    return names.join(QStringLiteral(", "));
}

// Whether `host` is one of `domains` or a subdomain of one, compared in punycode.
bool isVendorHost(const QString &host, const QStringList &domains)
{
    const QString ace = aceHost(host);
    if (ace.isEmpty())
        return false;
    for (const QString &domain : domains) {
        const QString vendor = aceHost(domain);
        if (!vendor.isEmpty() && (ace == vendor || ace.endsWith(QLatin1Char('.') + vendor)))
            return true;
    }
    return false;
}

// The first problems among link targets: a target outside the vendor's domains (its host, or
// the mail address) and a target that is not https (mailto: links are exempt).
struct LinkProblems
{
    QString foreign;
    QString notHttps;
};

LinkProblems checkLinks(const QStringList &targets, const QStringList &domains)
{
    LinkProblems problems;
    for (const QString &target : targets) {
        const QUrl url(target.trimmed());
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("mailto")) {
            const QString address = url.path();
            const QString domain = address.mid(address.lastIndexOf(QLatin1Char('@')) + 1);
            if (problems.foreign.isEmpty() &&
                (!address.contains(QLatin1Char('@')) || !isVendorHost(domain, domains)))
                problems.foreign = address;
            continue;
        }
        if (problems.notHttps.isEmpty() &&
            (scheme != QLatin1String("https") || url.host().isEmpty()))
            problems.notHttps = target;
        // User info ("https://notabene.example@evil.example") disguises the real host.
        if (problems.foreign.isEmpty() && !url.host().isEmpty() &&
            (!isVendorHost(url.host(), domains) || !url.userInfo().isEmpty()))
            problems.foreign = url.host();
    }
    return problems;
}

// ---- the rules, by field ----

void lintSubject(const Notice &draft, const Context &context, bool urgent, QList<Finding> *out)
{
    const QString subject = draft.subject.trimmed();
    if (subject.isEmpty()) {
        out->append(error("subject-empty", "subject",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The subject is empty. Summarise the mailing in one short sentence "
                              "that says what happens and by when, e.g. \"DRINGEND: Update des "
                              "Fiskal-Connectors bis 01.08.2026\".")));
        return;
    }
    if (subject.size() > maxSubjectCharacters) {
        out->append(error("subject-too-long", "subject",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The subject has %1 characters; an inbox shows about %2. Shorten "
                              "it to at most %2 characters and move the details into the text.")
                              .arg(subject.size())
                              .arg(maxSubjectCharacters)));
    }
    if (hasSeveralSentences(subject)) {
        out->append(error("subject-several-sentences", "subject",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The subject consists of more than one sentence. Keep one short "
                              "sentence that says what happens and by when; everything else "
                              "belongs in the text.")));
    }
    const bool urgentPrefixed = subject.startsWith(QLatin1String(urgentPrefix));
    if (urgent && !urgentPrefixed) {
        out->append(error("subject-urgent-missing", "subject",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The act-by date %1 is at most 14 days away, so the subject must "
                              "start with \"DRINGEND:\". Add the prefix so that recipients see "
                              "the urgency in their inbox.")
                              .arg(displayDate(*draft.actBy))));
    }
    // With an act-by date in the past, "act-by-past" says what to fix; DRINGEND may be right.
    const bool past = draft.actBy && context.today.isValid() && *draft.actBy < context.today;
    if (urgentPrefixed && !urgent && !past) {
        out->append(warning("subject-urgent-without-deadline", "subject",
                            QCoreApplication::translate(
                                "nb::lint::Mailing",
                                "The subject starts with \"DRINGEND:\", but there is no act-by "
                                "date within the next 14 days. Set the act-by date, or remove "
                                "\"DRINGEND:\" so that it keeps its weight for real deadlines.")));
    }
    const int year = draft.actBy ? draft.actBy->year() : context.today.year();
    const QList<SubjectDate> dates = datesIn(subject, year);
    if (draft.actBy) {
        for (const SubjectDate &date : dates) {
            if (date.date == *draft.actBy)
                continue;
            out->append(error("subject-date-mismatch", "subject",
                              QCoreApplication::translate(
                                  "nb::lint::Mailing",
                                  "The subject names \"%1\", but the act-by date is %2. Correct "
                                  "the date in the subject or the act-by date so that both say "
                                  "the same.")
                                  .arg(date.text, displayDate(*draft.actBy))));
            break;
        }
    }
    if (urgent && dates.isEmpty()) {
        out->append(warning("subject-date-missing", "subject",
                            QCoreApplication::translate(
                                "nb::lint::Mailing",
                                "The act-by date %1 is at most 14 days away, but the subject "
                                "names no date. Add it, e.g. \"bis %1\", so that recipients see "
                                "the deadline in their inbox.")
                                .arg(displayDate(*draft.actBy))));
    }
    if (const QString placeholder = placeholderIn(subject); !placeholder.isEmpty()) {
        out->append(error("placeholder", "subject",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The subject still contains the placeholder \"%1\". Replace it "
                              "with the final wording.")
                              .arg(placeholder)));
    }
}

void lintActBy(const Notice &draft, const Context &context, QList<Finding> *out)
{
    if (draft.actBy && context.today.isValid() && *draft.actBy < context.today) {
        out->append(error("act-by-past", "actBy",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The act-by date %1 has passed. Set a date from today on, or "
                              "remove it if recipients no longer need to act by a date.")
                              .arg(displayDate(*draft.actBy))));
    }
}

void lintBody(const Notice &draft, const Context &context, QList<Finding> *out)
{
    if (draft.body.trimmed().isEmpty()) {
        out->append(error("body-empty", "body",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The text is empty. Explain what happens, whom it affects and what "
                              "recipients must do by when.")));
        return;
    }
    if (const QString placeholder = placeholderIn(draft.body); !placeholder.isEmpty()) {
        out->append(error("placeholder", "body",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The text still contains the placeholder \"%1\". Replace it with "
                              "the final wording.")
                              .arg(placeholder)));
    }
    if (markdown::containsRawHtml(draft.body)) {
        out->append(error("raw-html", "body",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The text contains HTML, which is never sent. Write Markdown "
                              "instead: **bold**, *italic*, [label](https://…) and lists.")));
    }
    if (const QStringList images = markdown::imageTargets(draft.body); !images.isEmpty()) {
        out->append(error("image", "body",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The text contains an image (%1). Images load remote content and "
                              "are blocked by many mail programs; describe it in words or link "
                              "to a page on the vendor's site.")
                              .arg(images.first())));
    }
    if (const QString word = attachmentWordIn(draft.body); !word.isEmpty()) {
        out->append(warning(
            "attachment-mentioned", "body",
            QCoreApplication::translate("nb::lint::Mailing",
                                        "The text speaks of an attachment (\"%1\"), but mandatory "
                                        "mailings never carry one. Refer to the download in the "
                                        "Kundencenter instead.")
                .arg(word)));
    }
    const LinkProblems links = checkLinks(bodyLinkTargets(draft.body), context.vendorDomains);
    if (!links.foreign.isEmpty()) {
        out->append(error("foreign-link", "body",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The text links to %1, outside the vendor's domains (%2). Link "
                              "only to the vendor's own pages so that recipients can tell the "
                              "mailing from phishing.")
                              .arg(links.foreign, displayDomains(context.vendorDomains))));
    }
    if (!links.notHttps.isEmpty()) {
        out->append(error("link-not-https", "body",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The link \"%1\" is not an https address. Write the full address "
                              "of the page, starting with https://.")
                              .arg(links.notHttps)));
    }
}

void lintLink(const Notice &draft, const Context &context, QList<Finding> *out)
{
    if (draft.link.trimmed().isEmpty())
        return;
    const LinkProblems links = checkLinks({draft.link}, context.vendorDomains);
    if (!links.foreign.isEmpty()) {
        out->append(error("foreign-link", "link",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The forum or status link leads to %1, outside the vendor's "
                              "domains (%2). Use a page on the vendor's own site.")
                              .arg(links.foreign, displayDomains(context.vendorDomains))));
    }
    if (!links.notHttps.isEmpty()) {
        out->append(error("link-not-https", "link",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The forum or status link \"%1\" is not an https address. Enter "
                              "the full address of the page, starting with https://.")
                              .arg(links.notHttps)));
    }
}

void lintPatches(const Notice &draft, QList<Finding> *out)
{
    if (draft.category == QLatin1String(securityCategory) && draft.patches.isEmpty() &&
        draft.link.trimmed().isEmpty() && !mentionsSupport(draft.body)) {
        out->append(error("security-without-action", "patches",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "A security mailing must show recipients how to act: add the "
                              "patch for download, set the forum or status link, or point them "
                              "to a Support-Ticket in the Kundencenter.")));
    }
}

void lintProducts(const Notice &draft, QList<Finding> *out)
{
    if (draft.products.isEmpty()) {
        out->append(error(
            "no-products", "products",
            QCoreApplication::translate("nb::lint::Mailing",
                                        "No product is chosen. Choose the affected products; only "
                                        "companies licensing one of them receive the mailing.")));
    }
}

void lintCategory(const Notice &draft, QList<Finding> *out)
{
    if (distributionCategories().contains(draft.category))
        return;
    out->append(error("invalid-category", "category",
                      draft.category.isEmpty()
                          ? QCoreApplication::translate(
                                "nb::lint::Mailing",
                                "No Verteiler category is chosen. Choose the category so that "
                                "the mailing also reaches the customers' Verteiler addresses.")
                          : QCoreApplication::translate(
                                "nb::lint::Mailing",
                                "\"%1\" is not a Verteiler category. Choose one of the "
                                "categories so that the mailing reaches the right Verteiler.")
                                .arg(draft.category)));
}

void lintFollowUp(const Notice &draft, QList<Finding> *out)
{
    if (!draft.followUpOf.isEmpty() && draft.followUpOf == draft.id) {
        out->append(error("follow-up-self", "followUpOf",
                          QCoreApplication::translate(
                              "nb::lint::Mailing",
                              "The mailing names itself as the mailing it follows up. Choose the "
                              "earlier mailing of this thread, or none.")));
    }
}

} // namespace

QList<Finding> lintMailing(const Notice &draft, const Context &context)
{
    const std::optional<qint64> days =
        context.today.isValid() ? daysLeft(draft, context.today) : std::nullopt;
    const bool urgent = days && *days >= 0 && *days <= urgentWindowDays;

    QList<Finding> findings;
    lintSubject(draft, context, urgent, &findings);
    lintActBy(draft, context, &findings);
    lintBody(draft, context, &findings);
    lintLink(draft, context, &findings);
    lintPatches(draft, &findings);
    lintProducts(draft, &findings);
    lintCategory(draft, &findings);
    lintFollowUp(draft, &findings);
    // Errors first; each group keeps the field order above.
    std::stable_partition(findings.begin(), findings.end(), [](const Finding &finding) {
        return finding.severity == Severity::Error;
    });
    return findings;
}

bool blocksApproval(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &finding) { return finding.severity == Severity::Error; });
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    }
    return {};
}

} // namespace nb::lint
