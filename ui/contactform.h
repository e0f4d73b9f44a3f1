#pragma once

#include "core/contact.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace nb::client {
class OfflineStore;
}

namespace nb::ui {

// The work behind the "Contact >> Add/Edit" dialog: holds the contact being edited, validates
// each text field with the core rules the server uses, saves through the OfflineStore (a new
// contact gets its local id) and maps server errors back onto their field. Field names are the
// API's (firstName, lastName, email, phone, mobile, title, position).
class ContactForm : public QObject
{
    Q_OBJECT

public:
    explicit ContactForm(client::OfflineStore *store, QObject *parent = nullptr);

    static qsizetype maxLength(const QString &field);

    void startNew();
    void startEdit(const Contact &contact);
    bool isNew() const { return m_contact.id == 0; }
    const Contact &contact() const { return m_contact; }

    QString text(const QString &field) const;
    void setText(const QString &field, const QString &value);
    void setSalutation(const QString &salutation) { m_contact.salutation = salutation; }
    void setLanguage(const QString &language) { m_contact.language = language; }
    void setArea(const QString &area, bool on);
    void setDataProtectionOfficer(bool on) { m_contact.dataProtectionOfficer = on; }
    void setEmergencyContact(bool on) { m_contact.emergencyContact = on; }
    void setReceivesCriticalInformation(bool on) { m_contact.receivesCriticalInformation = on; }

    QString fieldError(const QString &field) const { return m_errors.value(field); }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    bool canSave() const; // no text field is invalid or a required one empty

    // Validates everything as the server does and stores the contact (add or update).
    Result<Contact> save();
    // A server refusal shown on the field it names ("general" when it names none).
    void applyServerError(const Error &error);

Q_SIGNALS:
    void fieldErrorChanged(const QString &field, const QString &message);
    void stateChanged();

private:
    void validate(const QString &field);
    void validateAll();
    void setFieldError(const QString &field, const QString &message);
    QString *member(const QString &field);

    client::OfflineStore *m_store;
    Contact m_contact;
    QHash<QString, QString> m_errors;
};

} // namespace nb::ui
