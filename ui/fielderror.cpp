#include "ui/fielderror.h"

#include <QLabel>
#include <QPalette>

namespace nb::ui {

void styleErrorLabel(QLabel *errorLabel)
{
    QPalette palette = errorLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    errorLabel->setPalette(palette);
    errorLabel->setWordWrap(true);
    errorLabel->setTextFormat(Qt::PlainText);
}

void showFieldError(QWidget *field, QLabel *errorLabel, const QString &message)
{
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
    if (field)
        field->setAccessibleDescription(message);
}

} // namespace nb::ui
