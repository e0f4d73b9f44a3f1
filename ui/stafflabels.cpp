#include "ui/stafflabels.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace nb::ui {

namespace {} // namespace

QString mailingStateLabel(const QString &state)
{
    if (state == QLatin1String("draft"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Draft");
    if (state == QLatin1String("approved"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Approved");
    if (state == QLatin1String("sent"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Sent");
    return state;
}

QString recipientSourceLabel(const QString &source)
{
    if (source == QLatin1String("erstkontakt"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Primary contact");
    if (source == QLatin1String("ansprechpartner"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Contact person");
    if (source == QLatin1String("verteiler"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Distribution list");
    if (source == QLatin1String("fallback"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Fallback");
    return source;
}

QString recipientSourcesText(const QStringList &sources)
{
    QStringList labels;
    for (const QString &source : sources)
        labels.append(recipientSourceLabel(source));
    return labels.join(QStringLiteral(", "));
}

QString lintFieldLabel(const QString &field)
{
    if (field == QLatin1String("subject"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Subject");
    if (field == QLatin1String("actBy"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Act by");
    if (field == QLatin1String("body"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Text");
    if (field == QLatin1String("link"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Forum/status link");
    if (field == QLatin1String("patches"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Patches");
    if (field == QLatin1String("products"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Products");
    if (field == QLatin1String("category"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Distribution category");
    if (field == QLatin1String("followUpOf"))
        return QCoreApplication::translate("nb::ui::StaffLabels", "Follow-up of");
    return field;
}

QIcon lintSeverityIcon(lint::Severity severity)
{
    QStyle *style = QApplication::style();
    return style->standardIcon(severity == lint::Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                 : QStyle::SP_MessageBoxWarning);
}

} // namespace nb::ui
