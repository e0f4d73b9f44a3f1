#include "ui/labels.h"

#include <QCoreApplication>

namespace nb::ui {

QString contactAreaLabel(const QString &area)
{
    if (area == QLatin1String("purchasing-and-billing"))
        return QCoreApplication::translate("nb::ui::Labels", "Purchasing and billing");
    if (area == QLatin1String("marketing-and-sales"))
        return QCoreApplication::translate("nb::ui::Labels", "Marketing and sales");
    if (area == QLatin1String("operations-and-maintenance"))
        return QCoreApplication::translate("nb::ui::Labels", "Operations and maintenance");
    if (area == QLatin1String("it-and-technology"))
        return QCoreApplication::translate("nb::ui::Labels", "IT and technology");
    if (area == QLatin1String("data-protection"))
        return QCoreApplication::translate("nb::ui::Labels", "Data protection");
    return area;
}

QString distributionCategoryLabel(const QString &category)
{
    if (category == QLatin1String("security"))
        return QCoreApplication::translate("nb::ui::Labels", "Security");
    if (category == QLatin1String("maintenance-and-outages"))
        return QCoreApplication::translate("nb::ui::Labels", "Maintenance and outages");
    if (category == QLatin1String("updates-and-technical-changes"))
        return QCoreApplication::translate("nb::ui::Labels", "Updates and technical changes");
    if (category == QLatin1String("billing-and-contracts"))
        return QCoreApplication::translate("nb::ui::Labels", "Billing and contracts");
    if (category == QLatin1String("data-protection-and-legal"))
        return QCoreApplication::translate("nb::ui::Labels", "Data protection and legal");
    if (category == QLatin1String("product-news"))
        return QCoreApplication::translate("nb::ui::Labels", "Product news");
    return category;
}

QString salutationLabel(const QString &salutation)
{
    if (salutation == QLatin1String("mr"))
        return QCoreApplication::translate("nb::ui::Labels", "Mr");
    if (salutation == QLatin1String("ms"))
        return QCoreApplication::translate("nb::ui::Labels", "Ms");
    if (salutation == QLatin1String("diverse"))
        return QCoreApplication::translate("nb::ui::Labels", "Mx");
    return QCoreApplication::translate("nb::ui::Labels", "(none)");
}

QString languageLabel(const QString &language)
{
    if (language == QLatin1String("en"))
        return QCoreApplication::translate("nb::ui::Labels", "English");
    return QCoreApplication::translate("nb::ui::Labels", "German");
}

} // namespace nb::ui
