#include "contactarguments.h"

#include <QCoreApplication>

namespace nb::cli {

namespace {

const QString firstName = QStringLiteral("first-name");
const QString lastName = QStringLiteral("last-name");
const QString email = QStringLiteral("email");
const QString salutation = QStringLiteral("salutation");
const QString title = QStringLiteral("title");
const QString position = QStringLiteral("position");
const QString phone = QStringLiteral("phone");
const QString mobile = QStringLiteral("mobile");
const QString area = QStringLiteral("area");
const QString language = QStringLiteral("language");
const QString critical = QStringLiteral("critical");
const QString emergency = QStringLiteral("emergency");
const QString dataProtectionOfficer = QStringLiteral("data-protection-officer");

} // namespace

ContactArguments::ContactArguments()
    : m_options{
          {firstName,
           QCoreApplication::translate("nb::cli::ContactArguments", "The first name (required)."),
           QStringLiteral("name")},
          {lastName,
           QCoreApplication::translate("nb::cli::ContactArguments", "The last name (required)."),
           QStringLiteral("name")},
          {email,
           QCoreApplication::translate("nb::cli::ContactArguments",
                                       "The contact's e-mail address (required)."),
           QStringLiteral("address")},
          {salutation,
           QCoreApplication::translate("nb::cli::ContactArguments", "mr, ms or diverse."),
           QStringLiteral("salutation")},
          {title, QCoreApplication::translate("nb::cli::ContactArguments", "The title, e.g. Dr."),
           QStringLiteral("title")},
          {position,
           QCoreApplication::translate("nb::cli::ContactArguments", "The position in the company."),
           QStringLiteral("text")},
          {phone, QCoreApplication::translate("nb::cli::ContactArguments", "The phone number."),
           QStringLiteral("number")},
          {mobile, QCoreApplication::translate("nb::cli::ContactArguments", "The mobile number."),
           QStringLiteral("number")},
          {area,
           QCoreApplication::translate(
               "nb::cli::ContactArguments",
               "An area of responsibility, repeatable: purchasing-and-billing, "
               "marketing-and-sales, operations-and-maintenance, it-and-technology, "
               "data-protection."),
           QStringLiteral("area")},
          {language,
           QCoreApplication::translate("nb::cli::ContactArguments", "de or en (default: de)."),
           QStringLiteral("language")},
          {critical, QCoreApplication::translate("nb::cli::ContactArguments",
                                                 "Receives critical information.")},
          {emergency,
           QCoreApplication::translate("nb::cli::ContactArguments", "Is an emergency contact.")},
          {dataProtectionOfficer, QCoreApplication::translate("nb::cli::ContactArguments",
                                                              "Is the data protection officer.")},
      }
{
    m_parser.addOptions(m_options);
}

bool ContactArguments::parse(const QStringList &arguments)
{
    if (!m_parser.parse(QStringList{QStringLiteral("contact add")} + arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        m_error = QCoreApplication::translate("nb::cli::ContactArguments",
                                              "contact add takes options only, not: %1")
                      .arg(m_parser.positionalArguments().join(QLatin1Char(' ')));
        return false;
    }
    m_contact.firstName = m_parser.value(firstName);
    m_contact.lastName = m_parser.value(lastName);
    m_contact.email = m_parser.value(email);
    m_contact.salutation = m_parser.value(salutation);
    m_contact.title = m_parser.value(title);
    m_contact.position = m_parser.value(position);
    m_contact.phone = m_parser.value(phone);
    m_contact.mobile = m_parser.value(mobile);
    m_contact.areas = m_parser.values(area);
    if (m_parser.isSet(language))
        m_contact.language = m_parser.value(language);
    m_contact.receivesCriticalInformation = m_parser.isSet(critical);
    m_contact.emergencyContact = m_parser.isSet(emergency);
    m_contact.dataProtectionOfficer = m_parser.isSet(dataProtectionOfficer);
    return true;
}

QStringList ContactArguments::helpLines() const
{
    QStringList lines;
    for (const QCommandLineOption &option : m_options) {
        QString name = QStringLiteral("--") + option.names().constFirst();
        if (!option.valueName().isEmpty())
            name += QStringLiteral(" <%1>").arg(option.valueName());
        lines.append(QStringLiteral("%1  %2").arg(name, -28).arg(option.description()));
    }
    return lines;
}

} // namespace nb::cli
