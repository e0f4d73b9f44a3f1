#include "core/contact.h"

#include "core/fieldrules.h"
#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nb {

const QStringList &contactAreas()
{
    static const QStringList areas{
        QStringLiteral("purchasing-and-billing"), QStringLiteral("marketing-and-sales"),
        QStringLiteral("operations-and-maintenance"), QStringLiteral("it-and-technology"),
        QStringLiteral("data-protection")};
    return areas;
}

const QStringList &salutations()
{
    static const QStringList values{QString(), QStringLiteral("mr"), QStringLiteral("ms"),
                                    QStringLiteral("diverse")};
    return values;
}

QJsonObject Contact::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("salutation"), salutation},
        {QStringLiteral("title"), title},
        {QStringLiteral("firstName"), firstName},
        {QStringLiteral("lastName"), lastName},
        {QStringLiteral("position"), position},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("mobile"), mobile},
        {QStringLiteral("areas"), QJsonArray::fromStringList(areas)},
        {QStringLiteral("dataProtectionOfficer"), dataProtectionOfficer},
        {QStringLiteral("emergencyContact"), emergencyContact},
        {QStringLiteral("receivesCriticalInformation"), receivesCriticalInformation},
        {QStringLiteral("language"), language},
    };
}

Result<Contact> contactFromJson(const QJsonObject &json)
{
    static const QStringList keys{QStringLiteral("salutation"),
                                  QStringLiteral("title"),
                                  QStringLiteral("firstName"),
                                  QStringLiteral("lastName"),
                                  QStringLiteral("position"),
                                  QStringLiteral("email"),
                                  QStringLiteral("phone"),
                                  QStringLiteral("mobile"),
                                  QStringLiteral("areas"),
                                  QStringLiteral("dataProtectionOfficer"),
                                  QStringLiteral("emergencyContact"),
                                  QStringLiteral("receivesCriticalInformation"),
                                  QStringLiteral("language")};
    JsonReader reader(json, keys);
    Contact contact;
    contact.salutation = reader.string(QStringLiteral("salutation"), false, 10).value_or(QString());
    contact.title = reader.string(QStringLiteral("title"), false, 40).value_or(QString());
    contact.firstName = reader.string(QStringLiteral("firstName"), true, 80).value_or(QString());
    contact.lastName = reader.string(QStringLiteral("lastName"), true, 80).value_or(QString());
    contact.position = reader.string(QStringLiteral("position"), false, 80).value_or(QString());
    contact.email = reader.string(QStringLiteral("email"), true, 254).value_or(QString());
    contact.phone = reader.string(QStringLiteral("phone"), false, 30).value_or(QString());
    contact.mobile = reader.string(QStringLiteral("mobile"), false, 30).value_or(QString());
    contact.areas =
        reader.stringList(QStringLiteral("areas"), false, 10, 40).value_or(QStringList());
    contact.dataProtectionOfficer =
        reader.boolean(QStringLiteral("dataProtectionOfficer"), false).value_or(false);
    contact.emergencyContact =
        reader.boolean(QStringLiteral("emergencyContact"), false).value_or(false);
    contact.receivesCriticalInformation =
        reader.boolean(QStringLiteral("receivesCriticalInformation"), false).value_or(false);
    contact.language =
        reader.string(QStringLiteral("language"), false, 2).value_or(QStringLiteral("de"));
    if (!reader.ok())
        return reader.error();

    const auto fail = [](const char *code, const char *field, const QString &message) {
        return Error{QLatin1String(code), message, QLatin1String(field)};
    };
    if (!salutations().contains(contact.salutation))
        return fail("invalid-value", "salutation",
                    QCoreApplication::translate(
                        "nb::Contact", "The salutation must be one of: mr, ms, diverse or empty."));
    if (contact.firstName.isEmpty())
        return fail("required", "firstName",
                    QCoreApplication::translate("nb::Contact", "Enter the contact's first name."));
    if (contact.lastName.isEmpty())
        return fail("required", "lastName",
                    QCoreApplication::translate("nb::Contact", "Enter the contact's last name."));
    if (contact.email.isEmpty())
        return fail(
            "required", "email",
            QCoreApplication::translate("nb::Contact", "Enter the contact's e-mail address."));
    if (auto error = rules::checkEmail(&contact.email, QStringLiteral("email")))
        return *error;
    if (auto error = rules::checkPhone(contact.phone)) {
        error->field = QStringLiteral("phone");
        return *error;
    }
    if (auto error = rules::checkPhone(contact.mobile)) {
        error->field = QStringLiteral("mobile");
        return *error;
    }
    for (const QString &area : contact.areas) {
        if (!contactAreas().contains(area))
            return fail("invalid-value", "areas",
                        QCoreApplication::translate("nb::Contact",
                                                    "\"%1\" is not a known area of responsibility.")
                            .arg(area));
    }
    contact.areas.removeDuplicates();
    std::sort(contact.areas.begin(), contact.areas.end(), [](const QString &a, const QString &b) {
        return contactAreas().indexOf(a) < contactAreas().indexOf(b);
    });
    if (contact.language != QLatin1String("de") && contact.language != QLatin1String("en"))
        return fail("invalid-value", "language",
                    QCoreApplication::translate("nb::Contact", "The language must be de or en."));
    return contact;
}

} // namespace nb
