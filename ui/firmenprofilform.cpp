#include "ui/firmenprofilform.h"

#include "client/offlinestore.h"
#include "core/fieldrules.h"
#include "ui/genericmailbox.h"

namespace nb::ui {

namespace {
const CompanyField *fieldInfo(const QString &field)
{
    for (const CompanyField &info : companyFields()) {
        if (field == QLatin1String(info.key))
            return &info;
    }
    return nullptr;
}

QString messageOf(const std::optional<Error> &error)
{
    return error ? error->message : QString();
}
} // namespace

FirmenprofilForm::FirmenprofilForm(client::OfflineStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

const QStringList &FirmenprofilForm::editableFields()
{
    static const QStringList fields = [] {
        QStringList names;
        for (const CompanyField &info : companyFields())
            names.append(QLatin1String(info.key));
        return names;
    }();
    return fields;
}

qsizetype FirmenprofilForm::maxLength(const QString &field)
{
    const CompanyField *info = fieldInfo(field);
    return info ? info->maxLength : 0;
}

Status FirmenprofilForm::load()
{
    const auto company = m_store->company();
    if (!company)
        return company.error();
    m_loaded = company->has_value();
    m_saved = m_loaded ? **company : Company{};
    m_edited = m_saved;
    const QStringList previous = m_errors.keys();
    m_errors.clear();
    for (const QString &field : previous)
        Q_EMIT fieldErrorChanged(field, QString());
    Q_EMIT loaded();
    Q_EMIT stateChanged();
    return {};
}

QString *FirmenprofilForm::member(const QString &field)
{
    const CompanyField *info = fieldInfo(field);
    return info ? &(m_edited.*(info->member)) : nullptr;
}

QString FirmenprofilForm::value(const QString &field) const
{
    if (field == QLatin1String("customerNumber"))
        return m_edited.customerNumber;
    const CompanyField *info = fieldInfo(field);
    return info ? m_edited.*(info->member) : QString();
}

void FirmenprofilForm::setValue(const QString &field, const QString &value)
{
    QString *target = member(field);
    if (!target || *target == value)
        return;
    *target = value;
    validate(field);
    if (field == QLatin1String("country"))
        validate(QStringLiteral("postcode"));
    Q_EMIT stateChanged();
}

void FirmenprofilForm::validate(const QString &field)
{
    const QString value = this->value(field);
    QString message;
    if (value.size() > maxLength(field)) {
        message = tr("At most %1 characters.").arg(maxLength(field));
    } else if (field == QLatin1String("name")) {
        if (value.trimmed().isEmpty())
            message = tr("Enter the company name.");
    } else if (field == QLatin1String("primaryContactEmail")) {
        QString email = value;
        if (value.trimmed().isEmpty())
            message = tr("Enter the e-mail address that receives mandatory mailings.");
        else
            message = messageOf(rules::checkEmail(&email, field));
    } else if (field == QLatin1String("country")) {
        message = messageOf(rules::checkCountry(value.toUpper()));
    } else if (field == QLatin1String("postcode")) {
        message = messageOf(rules::checkPostcode(value, m_edited.country.toUpper()));
    } else if (field == QLatin1String("phone")) {
        message = messageOf(rules::checkPhone(value));
    } else if (field == QLatin1String("website")) {
        message = messageOf(rules::checkWebsite(value));
    } else if (field == QLatin1String("vatId")) {
        message = messageOf(rules::checkVatId(QString(value).remove(QLatin1Char(' ')).toUpper()));
    }
    setFieldError(field, message);
}

void FirmenprofilForm::setFieldError(const QString &field, const QString &message)
{
    if (m_errors.value(field) == message)
        return;
    if (message.isEmpty())
        m_errors.remove(field);
    else
        m_errors.insert(field, message);
    Q_EMIT fieldErrorChanged(field, message);
}

bool FirmenprofilForm::erstkontaktIsGeneric() const
{
    return isGenericMailbox(m_edited.primaryContactEmail);
}

Status FirmenprofilForm::save()
{
    if (!m_loaded)
        return Error{
            QStringLiteral("not-loaded"), tr("The company profile is not loaded yet."), {}};
    for (const QString &field : editableFields())
        validate(field);
    for (const QString &name : editableFields()) {
        if (m_errors.contains(name))
            return Error{QStringLiteral("invalid-value"), m_errors.value(name), name};
    }
    // The server's own reading of the representation: the same checks and normalisation.
    const Result<Company> checked = companyFromJson(m_edited.toJson(), m_saved);
    if (!checked) {
        applyServerError(checked.error());
        return checked.error();
    }
    if (const Status stored = m_store->saveCompany(*checked); !stored)
        return stored;
    m_saved = *checked;
    m_edited = *checked;
    Q_EMIT loaded(); // normalised values back into the fields
    Q_EMIT stateChanged();
    Q_EMIT saved();
    return {};
}

void FirmenprofilForm::applyServerError(const Error &error)
{
    if (fieldInfo(error.field))
        setFieldError(error.field, error.message);
    else
        Q_EMIT generalError(error.message);
    Q_EMIT stateChanged();
}

} // namespace nb::ui
