#pragma once

#include "core/mailinglint.h"

#include <QIcon>
#include <QString>
#include <QStringList>

namespace nb::ui {

// Display texts of the staff area for the API's machine values (translated; context
// "nb::ui::StaffLabels"; German first: Entwurf / Freigegeben / Gesendet, Erstkontakt /
// Ansprechpartner / Verteiler / Fallback).
QString mailingStateLabel(const QString &state);
QString recipientSourceLabel(const QString &source);
// The labels of `sources` joined with ", ".
QString recipientSourcesText(const QStringList &sources);
// The editor field a lint finding names ("subject", "actBy", ...), e.g. "Subject".
QString lintFieldLabel(const QString &field);
// The style's error / warning icon.
QIcon lintSeverityIcon(lint::Severity severity);

} // namespace nb::ui
