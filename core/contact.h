#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nb {

// An Ansprechpartner (contact person) of a company, with the Kundencenter's fields.
struct Contact
{
    qint64 id = 0;
    QString salutation; // "", "mr", "ms", "diverse"
    QString title;
    QString firstName;
    QString lastName;
    QString position;
    QString email;
    QString phone;
    QString mobile;
    QStringList areas; // sorted subset of contactAreas()
    bool dataProtectionOfficer = false;
    bool emergencyContact = false;
    bool receivesCriticalInformation = false;
    QString language = QStringLiteral("de"); // "de" or "en"
    qint64 version = 1;

    QJsonObject toJson() const; // includes "id"
    bool operator==(const Contact &) const = default;
};

// The areas of responsibility a contact can have, in display order.
const QStringList &contactAreas();
const QStringList &salutations();

// Reads a POST or PUT body: every field known, required ones present (firstName, lastName,
// email), optional ones defaulted. "id" is not accepted from clients.
Result<Contact> contactFromJson(const QJsonObject &json);

} // namespace nb
