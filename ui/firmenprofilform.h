#pragma once

#include "core/company.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace nb::client {
class OfflineStore;
}

namespace nb::ui {

// The work behind the Firmenprofil page: loads the company from the OfflineStore, validates each
// field with the core rules the server uses (message per field), saves through the store (local
// view + outbox in one transaction) and maps server errors back onto the field they name.
// Field names are the API's: name, street, postcode, city, country, phone, website, vatId,
// primaryContactEmail (customerNumber is read-only).
class FirmenprofilForm : public QObject
{
    Q_OBJECT

public:
    explicit FirmenprofilForm(client::OfflineStore *store, QObject *parent = nullptr);

    static const QStringList &editableFields();
    static qsizetype maxLength(const QString &field);

    // Reads the store's local view; discards unsaved edits.
    Status load();
    bool hasCompany() const { return m_loaded; }
    const Company &company() const { return m_edited; }

    QString value(const QString &field) const;
    void setValue(const QString &field, const QString &value);

    QString fieldError(const QString &field) const { return m_errors.value(field); }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    bool isModified() const { return m_loaded && !(m_edited == m_saved); }
    bool canSave() const { return m_loaded && !hasErrors() && isModified(); }
    bool erstkontaktIsGeneric() const;

    // Validates everything as the server does and queues the change; on a validation error the
    // message lands on its field and nothing is queued.
    Status save();
    // A server refusal (problem+json with a field) shown on that field; one naming no editable
    // field is reported through generalError().
    void applyServerError(const Error &error);

Q_SIGNALS:
    void loaded();
    void fieldErrorChanged(const QString &field, const QString &message);
    void stateChanged(); // canSave / isModified / erstkontaktIsGeneric may have changed
    void saved();
    void generalError(const QString &message); // an error that names no editable field

private:
    void validate(const QString &field);
    void setFieldError(const QString &field, const QString &message);
    QString *member(const QString &field);

    client::OfflineStore *m_store;
    Company m_saved;
    Company m_edited;
    bool m_loaded = false;
    QHash<QString, QString> m_errors;
};

} // namespace nb::ui
