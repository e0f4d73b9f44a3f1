#include "ui/conflictform.h"

#include "ui/labels.h"

#include <QJsonArray>
#include <QStringList>
#include <algorithm>

namespace nb::ui {

namespace {

struct FieldSpec
{
    const char *key;
    const char *label; // translated in the context nb::ui::ConflictForm
};

const QList<FieldSpec> &fieldsOf(const QString &kind)
{
    static const QList<FieldSpec> contact{
        {"salutation", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Salutation")},
        {"title", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Title")},
        {"firstName", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "First name")},
        {"lastName", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Last name")},
        {"position", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Position")},
        {"email", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "E-mail address")},
        {"phone", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Phone")},
        {"mobile", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Mobile")},
        {"areas", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Areas of responsibility")},
        {"receivesCriticalInformation",
         QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Receives critical information")},
        {"emergencyContact", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Emergency contact")},
        {"dataProtectionOfficer",
         QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Data protection officer")},
        {"language", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Language")},
    };
    static const QList<FieldSpec> company{
        {"customerNumber", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Customer number")},
        {"name", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Company name")},
        {"street", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Street")},
        {"postcode", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Postcode")},
        {"city", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "City")},
        {"country", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Country code")},
        {"phone", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Phone")},
        {"website", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Website")},
        {"vatId", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "VAT ID")},
        {"primaryContactEmail",
         QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Primary contact e-mail address")},
    };
    static const QList<FieldSpec> distribution{
        {"addresses", QT_TRANSLATE_NOOP("nb::ui::ConflictForm", "Addresses")},
    };
    if (kind == QLatin1String("company"))
        return company;
    if (kind == QLatin1String("contact"))
        return contact;
    return distribution;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// Areas are a set: the same areas in another order are no difference.
bool sameValue(const QString &field, const QJsonValue &local, const QJsonValue &server)
{
    if (field == QLatin1String("areas")) {
        QStringList a = strings(local);
        QStringList b = strings(server);
        a.sort();
        b.sort();
        return a == b;
    }
    return local == server;
}

} // namespace

const QString ConflictForm::wholeObject = QStringLiteral("object");

ConflictForm::ConflictForm(const client::Conflict &conflict)
    : m_conflict(conflict)
{
    buildRows();
}

QString ConflictForm::displayText(const QString &field, const QJsonValue &value)
{
    QString text;
    if (field == QLatin1String("areas")) {
        QStringList labels;
        for (const QString &area : strings(value))
            labels.append(contactAreaLabel(area));
        text = labels.join(QStringLiteral(", "));
    } else if (value.isArray()) {
        text = strings(value).join(QStringLiteral(", "));
    } else if (value.isBool()) {
        text = value.toBool() ? tr("Yes") : tr("No");
    } else if (field == QLatin1String("salutation")) {
        return salutationLabel(value.toString());
    } else if (field == QLatin1String("language")) {
        text = value.toString().isEmpty() ? QString() : languageLabel(value.toString());
    } else {
        text = value.toVariant().toString();
    }
    return text.isEmpty() ? tr("(empty)") : text;
}

void ConflictForm::buildRows()
{
    const QJsonObject &local = m_conflict.local;
    const QJsonObject &server = m_conflict.server;
    if (m_conflict.kind == QLatin1String("contact") && local.isEmpty()) {
        const QString summary = QStringList{server.value(QLatin1String("firstName")).toString(),
                                            server.value(QLatin1String("lastName")).toString()}
                                    .join(QLatin1Char(' '))
                                    .trimmed();
        m_rows.append(ConflictRow{wholeObject, tr("Contact"), tr("(deleted)"),
                                  summary.isEmpty() ? tr("(empty)") : summary, true});
        return;
    }
    for (const FieldSpec &spec : fieldsOf(m_conflict.kind)) {
        const QString field = QLatin1String(spec.key);
        const QJsonValue mine = local.contains(field) ? local.value(field) : server.value(field);
        const QJsonValue theirs = server.value(field);
        m_rows.append(ConflictRow{field, tr(spec.label), displayText(field, mine),
                                  displayText(field, theirs), !sameValue(field, mine, theirs)});
    }
}

QString ConflictForm::displayName() const
{
    if (m_conflict.kind == QLatin1String("company"))
        return {};
    if (m_conflict.kind != QLatin1String("contact"))
        return distributionCategoryLabel(m_conflict.key);
    for (const QJsonObject &side : {m_conflict.local, m_conflict.server}) {
        const QString name = QStringList{side.value(QLatin1String("firstName")).toString(),
                                         side.value(QLatin1String("lastName")).toString()}
                                 .join(QLatin1Char(' '))
                                 .trimmed();
        if (!name.isEmpty())
            return name;
    }
    return m_conflict.key;
}

QString ConflictForm::title() const
{
    if (m_conflict.kind == QLatin1String("company"))
        return tr("Conflict: company profile");
    if (m_conflict.kind == QLatin1String("contact"))
        return tr("Conflict: contact %1").arg(displayName());
    return tr("Conflict: distribution list %1").arg(displayName());
}

int ConflictForm::differingCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
                                          [](const ConflictRow &row) { return row.differs; }));
}

void ConflictForm::choose(const QString &field, Choice choice)
{
    const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                  [&field](const ConflictRow &r) { return r.field == field; });
    if (row != m_rows.cend() && row->differs)
        m_choices.insert(field, choice);
}

void ConflictForm::chooseAll(Choice choice)
{
    for (const ConflictRow &row : std::as_const(m_rows))
        choose(row.field, choice);
}

bool ConflictForm::isComplete() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [this](const ConflictRow &row) {
        return !row.differs || choice(row.field) != Choice::None;
    });
}

QJsonObject ConflictForm::chosen() const
{
    if (choice(wholeObject) == Choice::Mine)
        return {};
    QJsonObject chosen = m_conflict.server;
    for (const ConflictRow &row : m_rows) {
        if (row.field != wholeObject && choice(row.field) == Choice::Mine &&
            m_conflict.local.contains(row.field))
            chosen.insert(row.field, m_conflict.local.value(row.field));
    }
    return chosen;
}

} // namespace nb::ui
