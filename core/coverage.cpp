#include "core/coverage.h"

#include "core/recipients.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <optional>

namespace nb::coverage {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("nb::coverage", source);
}

// Local parts (whole, or the first word of one like "info.berlin") that name a shared mailbox.
const QSet<QString> &sharedMailboxWords()
{
    static const QSet<QString> words{QStringLiteral("info"),
                                     QStringLiteral("office"),
                                     QStringLiteral("kontakt"),
                                     QStringLiteral("contact"),
                                     QStringLiteral("mail"),
                                     QStringLiteral("email"),
                                     QStringLiteral("service"),
                                     QStringLiteral("support"),
                                     QStringLiteral("hallo"),
                                     QStringLiteral("hello"),
                                     QStringLiteral("hi"),
                                     QStringLiteral("post"),
                                     QStringLiteral("postmaster"),
                                     QStringLiteral("hostmaster"),
                                     QStringLiteral("webmaster"),
                                     QStringLiteral("mailbox"),
                                     QStringLiteral("zentrale"),
                                     QStringLiteral("team"),
                                     QStringLiteral("admin"),
                                     QStringLiteral("buero"),
                                     QStringLiteral("büro"),
                                     QStringLiteral("sekretariat"),
                                     QStringLiteral("verwaltung"),
                                     QStringLiteral("empfang"),
                                     QStringLiteral("anfrage"),
                                     QStringLiteral("anfragen"),
                                     QStringLiteral("vertrieb"),
                                     QStringLiteral("sales"),
                                     QStringLiteral("noreply"),
                                     QStringLiteral("donotreply"),
                                     QStringLiteral("kundenservice"),
                                     QStringLiteral("hilfe"),
                                     QStringLiteral("help"),
                                     QStringLiteral("helpdesk"),
                                     QStringLiteral("hotline"),
                                     QStringLiteral("shop"),
                                     QStringLiteral("bestellung"),
                                     QStringLiteral("order"),
                                     QStringLiteral("orders"),
                                     QStringLiteral("buchhaltung"),
                                     QStringLiteral("accounting"),
                                     QStringLiteral("billing"),
                                     QStringLiteral("rechnung"),
                                     QStringLiteral("it"),
                                     QStringLiteral("edv"),
                                     QStringLiteral("technik"),
                                     QStringLiteral("abuse"),
                                     QStringLiteral("security"),
                                     QStringLiteral("firma"),
                                     QStringLiteral("mitarbeiter"),
                                     QStringLiteral("marketing"),
                                     QStringLiteral("presse"),
                                     QStringLiteral("press"),
                                     QStringLiteral("jobs"),
                                     QStringLiteral("karriere")};
    return words;
}

// Words that make a mailbox shared wherever they stand ("berlin.info", "vertrieb-kontakt"); the
// rest of sharedMailboxWords() only count first ("post.anna" is shared, "anna.post" is a person).
const QSet<QString> &unmistakableMailboxWords()
{
    static const QSet<QString> words{
        QStringLiteral("info"),        QStringLiteral("office"),    QStringLiteral("kontakt"),
        QStringLiteral("contact"),     QStringLiteral("support"),   QStringLiteral("zentrale"),
        QStringLiteral("sekretariat"), QStringLiteral("noreply"),   QStringLiteral("kundenservice"),
        QStringLiteral("postmaster"),  QStringLiteral("webmaster"), QStringLiteral("mailbox")};
    return words;
}

// "info24" → "info": numbered shared mailboxes are still shared.
QString withoutTrailingDigits(QString word)
{
    while (!word.isEmpty() && word.back().isDigit())
        word.chop(1);
    return word;
}

// The local part in lower case, without a quoted form's quotes and a "+tag".
QString comparableLocalPart(const QString &address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return {};
    QString local = trimmed.left(at).toLower();
    if (local.size() >= 2 && local.front() == u'"' && local.back() == u'"')
        local = local.mid(1, local.size() - 2);
    const qsizetype plus = local.indexOf(QLatin1Char('+'));
    if (plus > 0)
        local.truncate(plus);
    return local;
}

QString stateKey(const QString &address)
{
    return recipients::dedupKey(address);
}

std::optional<AddressState> stateOf(const Input &input, const QString &address)
{
    const auto found = input.addresses.constFind(stateKey(address));
    if (found == input.addresses.constEnd())
        return std::nullopt;
    return *found;
}

bool hasState(const Input &input, const QString &address, AddressState::State state)
{
    const auto known = stateOf(input, address);
    return known && known->state == state;
}

// The usable (normalisable) addresses of a category's Verteiler; empty when it falls back.
QStringList verteilerOf(const Input &input, const QString &category)
{
    QStringList usable;
    for (const DistributionList &list : input.lists) {
        if (list.category != category)
            continue;
        for (const QString &address : list.addresses) {
            if (!stateKey(address).isEmpty())
                usable.append(address);
        }
    }
    return usable;
}

QString contactName(const Contact &contact)
{
    const QString name =
        QStringLiteral("%1 %2").arg(contact.firstName.trimmed(), contact.lastName.trimmed());
    return name.trimmed().isEmpty() ? contact.email : name.trimmed();
}

// A flagged contact receives critical information once its address is confirmed (the server
// leaves unconfirmed ones out of the recipients).
bool receivesCritical(const Input &input, const Contact &contact)
{
    return contact.receivesCriticalInformation &&
           hasState(input, contact.email, AddressState::State::Confirmed);
}

// Where an address is used, collected in display order (Erstkontakt, contacts, Verteiler).
class Usage
{
public:
    void add(const QString &address, const QString &role)
    {
        const QString key = stateKey(address);
        if (key.isEmpty())
            return;
        const qsizetype index = m_keys.indexOf(key);
        if (index >= 0) {
            if (!m_roles[index].contains(role))
                m_roles[index].append(role);
            return;
        }
        m_keys.append(key);
        m_addresses.append(address.trimmed());
        m_roles.append(QStringList{role});
    }

    qsizetype size() const { return m_keys.size(); }
    const QString &address(qsizetype i) const { return m_addresses.at(i); }
    const QStringList &roles(qsizetype i) const { return m_roles.at(i); }

private:
    QStringList m_keys;
    QStringList m_addresses;
    QList<QStringList> m_roles;
};

// Every address that receives (or would receive) critical information, with its roles.
Usage usage(const Input &input)
{
    Usage used;
    used.add(input.company.primaryContactEmail,
             text(QT_TRANSLATE_NOOP("nb::coverage", "primary contact")));
    for (const Contact &contact : input.contacts) {
        if (contact.receivesCriticalInformation)
            used.add(contact.email, text(QT_TRANSLATE_NOOP("nb::coverage", "contact person %1"))
                                        .arg(contactName(contact)));
    }
    for (const QString &category : distributionCategories()) {
        for (const QString &address : verteilerOf(input, category))
            used.add(address, text(QT_TRANSLATE_NOOP("nb::coverage", "distribution list %1"))
                                  .arg(distributionCategoryLabel(category)));
    }
    return used;
}

void genericErstkontakt(const Input &input, QList<Warning> &out)
{
    const QString address = input.company.primaryContactEmail.trimmed();
    if (address.isEmpty() || !isGenericMailbox(address))
        return;
    Warning warning;
    warning.code = QStringLiteral("generic-erstkontakt");
    warning.address = address;
    warning.message =
        text(QT_TRANSLATE_NOOP(
                 "nb::coverage",
                 "The primary contact %1 is a shared mailbox. Mandatory mailings there are easily "
                 "overlooked because nobody in particular is responsible for them. Enter the "
                 "address of a person who is responsible as the primary contact."))
            .arg(address);
    out.append(warning);
}

void bouncedAddresses(const Input &input, QList<Warning> &out)
{
    const Usage used = usage(input);
    for (qsizetype i = 0; i < used.size(); ++i) {
        const auto state = stateOf(input, used.address(i));
        if (!state || state->state != AddressState::State::Bounced)
            continue;
        Warning warning;
        warning.code = QStringLiteral("address-bounced");
        warning.address = used.address(i);
        const QString roles = used.roles(i).join(QStringLiteral(", "));
        if (state->bouncedAt.isValid()) {
            warning.message =
                text(QT_TRANSLATE_NOOP("nb::coverage",
                                       "Mail to %1 could not be delivered (on %2): the mailbox "
                                       "does not exist or refuses mail, so critical information "
                                       "sent there is lost. Correct or replace the address where "
                                       "it is used: %3."))
                    .arg(used.address(i),
                         QLocale().toString(state->bouncedAt.toLocalTime(), QLocale::ShortFormat),
                         roles);
        } else {
            warning.message =
                text(QT_TRANSLATE_NOOP("nb::coverage",
                                       "Mail to %1 could not be delivered: the mailbox does not "
                                       "exist or refuses mail, so critical information sent "
                                       "there is lost. Correct or replace the address where it "
                                       "is used: %2."))
                    .arg(used.address(i), roles);
        }
        out.append(warning);
    }
}

void fallingBackCategories(const Input &input, QList<Warning> &out)
{
    const QString erstkontakt = input.company.primaryContactEmail.trimmed();
    for (const QString &category : distributionCategories()) {
        if (!verteilerOf(input, category).isEmpty())
            continue;
        const QString label = distributionCategoryLabel(category);
        Warning warning;
        warning.code = QStringLiteral("category-falls-back");
        warning.category = category;
        if (erstkontakt.isEmpty()) {
            warning.message =
                text(QT_TRANSLATE_NOOP("nb::coverage",
                                       "The distribution list %1 is empty: its mailings go to "
                                       "the primary contact only. Add the people responsible "
                                       "for %1 to this list."))
                    .arg(label);
        } else {
            warning.message =
                text(QT_TRANSLATE_NOOP("nb::coverage",
                                       "The distribution list %1 is empty: its mailings go to "
                                       "the primary contact %2 only. Add the people responsible "
                                       "for %1 to this list."))
                    .arg(label, erstkontakt);
        }
        out.append(warning);
    }
}

// The people (personal, deliverable addresses) who receive security mailings: the Erstkontakt,
// the confirmed contacts flagged for critical information and the security Verteiler — the
// recipients nb::recipients::resolve() gives a security mailing.
QStringList securityPeople(const Input &input)
{
    QStringList candidates{input.company.primaryContactEmail};
    for (const Contact &contact : input.contacts) {
        if (receivesCritical(input, contact))
            candidates.append(contact.email);
    }
    candidates += verteilerOf(input, QStringLiteral("security"));
    QStringList people;
    QSet<QString> seen;
    for (const QString &address : std::as_const(candidates)) {
        const QString key = stateKey(address);
        if (key.isEmpty() || seen.contains(key) || isGenericMailbox(address) ||
            hasState(input, address, AddressState::State::Bounced))
            continue;
        seen.insert(key);
        people.append(address.trimmed());
    }
    return people;
}

void singleSecurityPerson(const Input &input, QList<Warning> &out)
{
    const QStringList people = securityPeople(input);
    if (people.size() >= 2)
        return;
    const QString label = distributionCategoryLabel(QStringLiteral("security"));
    Warning warning;
    warning.code = QStringLiteral("single-security-person");
    if (people.size() == 1) {
        warning.address = people.constFirst();
        warning.message =
            text(QT_TRANSLATE_NOOP(
                     "nb::coverage",
                     "Only one person receives security mailings: %1. When %1 is away or leaves, "
                     "security patches and their deadlines go unnoticed. Add a second person to "
                     "the distribution list %2."))
                .arg(warning.address, label);
    } else {
        warning.message =
            text(QT_TRANSLATE_NOOP("nb::coverage",
                                   "No person receives security mailings in person, only shared "
                                   "mailboxes or none at all. Add at least two people to the "
                                   "distribution list %1."))
                .arg(label);
    }
    out.append(warning);
}

void noEmergencyContact(const Input &input, QList<Warning> &out)
{
    for (const Contact &contact : input.contacts) {
        if (contact.emergencyContact)
            return;
    }
    Warning warning;
    warning.code = QStringLiteral("no-emergency-contact");
    warning.message = text(QT_TRANSLATE_NOOP(
        "nb::coverage",
        "Nobody is marked as emergency contact. In an emergency, such as a security incident or an "
        "outage, the vendor does not know whom to call. Mark a contact person as emergency "
        "contact and enter a phone number for them."));
    out.append(warning);
}

void unconfirmedContacts(const Input &input, QList<Warning> &out)
{
    for (const Contact &contact : input.contacts) {
        if (!contact.receivesCriticalInformation || stateKey(contact.email).isEmpty())
            continue;
        const auto state = stateOf(input, contact.email);
        if (state && state->state != AddressState::State::Unconfirmed)
            continue; // confirmed, or bounced (its own warning)
        Warning warning;
        warning.code = QStringLiteral("contact-unconfirmed");
        warning.address = contact.email.trimmed();
        warning.contactId = contact.id;
        warning.message =
            text(QT_TRANSLATE_NOOP("nb::coverage",
                                   "%1 (%2) is to receive critical information but has not "
                                   "confirmed the address yet: nothing is sent there until then. "
                                   "Ask %1 to enter the code from the confirmation mail, or send "
                                   "it again."))
                .arg(contactName(contact), warning.address);
        out.append(warning);
    }
}

} // namespace

bool isGenericMailbox(const QString &address)
{
    const QString local = comparableLocalPart(address);
    if (local.isEmpty())
        return false;
    static const QRegularExpression separators(QStringLiteral("[._-]"));
    const QSet<QString> &shared = sharedMailboxWords();
    QString compact = local;
    compact.remove(separators);
    if (shared.contains(withoutTrailingDigits(compact)))
        return true; // "info", "no-reply", "e-mail", "service24"
    const QStringList words = local.split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    if (shared.contains(withoutTrailingDigits(words.constFirst())))
        return true; // "info.berlin", "it-abteilung"
    for (const QString &word : words) {
        if (unmistakableMailboxWords().contains(withoutTrailingDigits(word)))
            return true; // "berlin.info", "vertrieb-kontakt"
    }
    return false;
}

QList<Warning> check(const Input &input)
{
    QList<Warning> warnings;
    genericErstkontakt(input, warnings);
    bouncedAddresses(input, warnings);
    fallingBackCategories(input, warnings);
    singleSecurityPerson(input, warnings);
    noEmergencyContact(input, warnings);
    unconfirmedContacts(input, warnings);
    return warnings;
}

} // namespace nb::coverage
