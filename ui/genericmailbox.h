#pragma once

#include <QStringView>

namespace nb::ui {

// True when the e-mail address names a shared company mailbox (info@, office@, kontakt@ ...)
// rather than a person. Mandatory mailings sent there may not reach the right person, so the
// Firmenprofil advises to enter a personal address as the Erstkontakt. Case-insensitive; a
// "+tag" in the local part is ignored. No validation: an address without '@' is not generic.
bool isGenericMailbox(QStringView email);

} // namespace nb::ui
