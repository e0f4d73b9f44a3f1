#include "client/domainjson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nb::client {

namespace {

bool hasStrings(const QJsonObject &json, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (!json.value(QLatin1String(key)).isString())
            return false;
    }
    return true;
}

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

std::optional<QStringList> strings(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

} // namespace

std::optional<Company> companyFromServer(const QJsonObject &json)
{
    if (!hasStrings(json, {"name", "primaryContactEmail"}))
        return std::nullopt;
    Company company;
    company.customerNumber = text(json, "customerNumber");
    company.name = text(json, "name");
    company.street = text(json, "street");
    company.postcode = text(json, "postcode");
    company.city = text(json, "city");
    company.country = text(json, "country");
    company.phone = text(json, "phone");
    company.website = text(json, "website");
    company.vatId = text(json, "vatId");
    company.primaryContactEmail = text(json, "primaryContactEmail");
    return company;
}

std::optional<Contact> contactFromServer(const QJsonObject &json)
{
    const qint64 id = json.value(QStringLiteral("id")).toInteger();
    if (id == 0 || !hasStrings(json, {"firstName", "lastName", "email"}))
        return std::nullopt;
    Contact contact;
    contact.id = id;
    contact.salutation = text(json, "salutation");
    contact.title = text(json, "title");
    contact.firstName = text(json, "firstName");
    contact.lastName = text(json, "lastName");
    contact.position = text(json, "position");
    contact.email = text(json, "email");
    contact.phone = text(json, "phone");
    contact.mobile = text(json, "mobile");
    contact.areas = strings(json.value(QStringLiteral("areas"))).value_or(QStringList());
    contact.dataProtectionOfficer = json.value(QStringLiteral("dataProtectionOfficer")).toBool();
    contact.emergencyContact = json.value(QStringLiteral("emergencyContact")).toBool();
    contact.receivesCriticalInformation =
        json.value(QStringLiteral("receivesCriticalInformation")).toBool();
    contact.language = json.value(QStringLiteral("language")).toString(QStringLiteral("de"));
    return contact;
}

std::optional<DistributionList> distributionFromServer(const QJsonObject &json)
{
    const auto addresses = strings(json.value(QStringLiteral("addresses")));
    if (!json.value(QStringLiteral("category")).isString() || !addresses)
        return std::nullopt;
    return DistributionList{text(json, "category"), *addresses, 1};
}

std::optional<ProductInfo> productFromServer(const QJsonObject &json)
{
    if (!hasStrings(json, {"code", "name", "color"}))
        return std::nullopt;
    const QString color = text(json, "color");
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (text(json, "code").isEmpty() || !hexColor.match(color).hasMatch())
        return std::nullopt;
    return ProductInfo{text(json, "code"), text(json, "name"), color.toUpper(),
                       json.value(QStringLiteral("licensed")).toBool()};
}

std::optional<AccountSnapshot> accountFromServer(const QJsonObject &json)
{
    const QJsonValue contacts = json.value(QStringLiteral("contacts"));
    const QJsonValue categories = json.value(QStringLiteral("categories"));
    if (!json.value(QStringLiteral("company")).isObject() || !contacts.isArray() ||
        !categories.isArray() || !json.value(QStringLiteral("branding")).isObject())
        return std::nullopt;
    const QJsonObject companyJson = json.value(QStringLiteral("company")).toObject();
    const auto company = companyFromServer(companyJson);
    const auto branding = brandingFromServer(json.value(QStringLiteral("branding")).toObject());
    if (!company || !branding)
        return std::nullopt;
    AccountSnapshot snapshot;
    snapshot.company = *company;
    snapshot.companyEtag = text(companyJson, "etag").toLatin1();
    snapshot.branding = *branding;
    for (const QJsonValue &value : contacts.toArray()) {
        const auto contact = contactFromServer(value.toObject());
        if (!contact)
            return std::nullopt;
        snapshot.contacts.append(*contact);
        snapshot.contactEtags.append(text(value.toObject(), "etag").toLatin1());
    }
    for (const QJsonValue &value : categories.toArray()) {
        const auto list = distributionFromServer(value.toObject());
        if (!list)
            return std::nullopt;
        snapshot.categories.append(*list);
        snapshot.categoryEtags.append(text(value.toObject(), "etag").toLatin1());
    }
    // Servers before products had no "products": an empty catalogue then.
    const QJsonValue products = json.value(QStringLiteral("products"));
    if (!products.isUndefined()) {
        if (!products.isArray())
            return std::nullopt;
        for (const QJsonValue &value : products.toArray()) {
            const auto product = productFromServer(value.toObject());
            if (!product)
                return std::nullopt;
            snapshot.products.append(*product);
        }
    }
    return snapshot;
}

QJsonObject contactBody(const Contact &contact)
{
    QJsonObject body = contact.toJson();
    body.remove(QStringLiteral("id"));
    return body;
}

} // namespace nb::client

namespace nb::client {

bool stateHasBody(const QJsonObject &state, const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (state.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QJsonObject bodyFields(const QString &kind, const QJsonObject &json)
{
    QStringList keys;
    if (kind == QLatin1String("company"))
        keys = Company().toJson().keys();
    else if (kind == QLatin1String("contact"))
        keys = contactBody(Contact()).keys();
    else
        keys = QStringList{QStringLiteral("addresses")};
    QJsonObject body;
    for (const QString &key : keys) {
        if (json.contains(key))
            body.insert(key, json.value(key));
    }
    return body;
}

} // namespace nb::client
