#pragma once

#include <QString>

namespace nb::ui {

// Display names for the API's machine values (translated; context "nb::ui::Labels").
QString contactAreaLabel(const QString &area);
QString distributionCategoryLabel(const QString &category);
QString salutationLabel(const QString &salutation);
QString languageLabel(const QString &language);

} // namespace nb::ui
