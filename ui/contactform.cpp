#include "ui/contactform.h"

#include "client/offlinestore.h"
#include "core/fieldrules.h"

namespace nb::ui {

namespace {
struct FieldInfo
{
    const char *name;
    QString Contact::*member;
    qsizetype maxLength; // as contactFromJson enforces
};

constexpr FieldInfo kFields[] = {
    {"title", &Contact::title, 40},       {"firstName", &Contact::firstName, 80},
    {"lastName", &Contact::lastName, 80}, {"position", &Contact::position, 80},
    {"email", &Contact::email, 254},      {"phone", &Contact::phone, 30},
    {"mobile", &Contact::mobile, 30},
};

const FieldInfo *fieldInfo(const QString &field)
{
    for (const FieldInfo &info : kFields) {
        if (field == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}
} // namespace

ContactForm::ContactForm(client::OfflineStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    startNew();
}

qsizetype ContactForm::maxLength(const QString &field)
{
    const FieldInfo *info = fieldInfo(field);
    return info ? info->maxLength : 0;
}

void ContactForm::startNew()
{
    startEdit(Contact{});
}

void ContactForm::startEdit(const Contact &contact)
{
    m_contact = contact;
    const QStringList previous = m_errors.keys();
    m_errors.clear();
    for (const QString &field : previous)
        Q_EMIT fieldErrorChanged(field, QString());
    // A new contact starts empty: the required fields are marked only once the user typed, but
    // Speichern stays disabled until they are filled.
    if (isNew()) {
        for (const char *required : {"firstName", "lastName", "email"})
            m_errors.insert(QLatin1String(required), QString());
    }
    Q_EMIT stateChanged();
}

QString *ContactForm::member(const QString &field)
{
    const FieldInfo *info = fieldInfo(field);
    return info ? &(m_contact.*(info->member)) : nullptr;
}

QString ContactForm::text(const QString &field) const
{
    const FieldInfo *info = fieldInfo(field);
    return info ? m_contact.*(info->member) : QString();
}

void ContactForm::setText(const QString &field, const QString &value)
{
    QString *target = member(field);
    if (!target)
        return;
    *target = value;
    validate(field);
    Q_EMIT stateChanged();
}

void ContactForm::setArea(const QString &area, bool on)
{
    m_contact.areas.removeAll(area);
    if (on)
        m_contact.areas.append(area);
}

void ContactForm::validate(const QString &field)
{
    const QString value = text(field);
    QString message;
    const bool required = field == QLatin1String("firstName") ||
                          field == QLatin1String("lastName") || field == QLatin1String("email");
    if (value.size() > maxLength(field)) {
        message = tr("At most %1 characters.").arg(maxLength(field));
    } else if (required && value.trimmed().isEmpty()) {
        if (field == QLatin1String("firstName"))
            message = tr("Enter the first name.");
        else if (field == QLatin1String("lastName"))
            message = tr("Enter the last name.");
        else
            message = tr("Enter the e-mail address.");
    } else if (field == QLatin1String("email")) {
        QString email = value;
        if (auto error = rules::checkEmail(&email, field))
            message = error->message;
    } else if (field == QLatin1String("phone") || field == QLatin1String("mobile")) {
        if (auto error = rules::checkPhone(value))
            message = error->message;
    }
    setFieldError(field, message);
}

void ContactForm::validateAll()
{
    for (const FieldInfo &info : kFields)
        validate(QLatin1String(info.name));
}

void ContactForm::setFieldError(const QString &field, const QString &message)
{
    const bool had = m_errors.contains(field);
    if (!had && message.isEmpty())
        return;
    if (message.isEmpty())
        m_errors.remove(field);
    else
        m_errors.insert(field, message);
    Q_EMIT fieldErrorChanged(field, message);
}

bool ContactForm::canSave() const
{
    for (const FieldInfo &info : kFields) {
        if (m_errors.contains(QLatin1String(info.name)))
            return false;
    }
    return true;
}

Result<Contact> ContactForm::save()
{
    // Messages on other fields came from an earlier check; this save checks again.
    for (const QString &field : m_errors.keys()) {
        if (!fieldInfo(field))
            setFieldError(field, QString());
    }
    validateAll();
    for (const FieldInfo &info : kFields) {
        const QString field = QLatin1String(info.name);
        if (m_errors.contains(field))
            return Error{QStringLiteral("invalid-value"), m_errors.value(field), field};
    }
    QJsonObject json = m_contact.toJson();
    json.remove(QStringLiteral("id"));
    Result<Contact> checked = contactFromJson(json); // the server's own reading
    if (!checked) {
        applyServerError(checked.error());
        return checked.error();
    }
    checked->id = m_contact.id;
    checked->version = m_contact.version;
    if (isNew()) {
        Result<Contact> added = m_store->addContact(*checked);
        if (added)
            m_contact = *added;
        return added;
    }
    if (const Status updated = m_store->updateContact(*checked); !updated)
        return updated.error();
    m_contact = *checked;
    return m_contact;
}

void ContactForm::applyServerError(const Error &error)
{
    setFieldError(error.field.isEmpty() ? QStringLiteral("general") : error.field, error.message);
    Q_EMIT stateChanged();
}

} // namespace nb::ui
