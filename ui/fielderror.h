#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace nb::ui {

// Shows `message` in the error label beside `field` (hidden when empty) and tells assistive
// technology about it through the field's accessible description.
void showFieldError(QWidget *field, QLabel *errorLabel, const QString &message);
// The look of an error label: red text that wraps.
void styleErrorLabel(QLabel *errorLabel);

} // namespace nb::ui
