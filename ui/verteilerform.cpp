#include "ui/verteilerform.h"

#include "client/offlinestore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nb::ui {

VerteilerForm::VerteilerForm(client::OfflineStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

Status VerteilerForm::load()
{
    const auto lists = m_store->distribution();
    if (!lists)
        return lists.error();
    m_lists = *lists;
    Q_EMIT loaded();
    return {};
}

QStringList VerteilerForm::addresses(const QString &category) const
{
    for (const DistributionList &list : m_lists) {
        if (list.category == category)
            return list.addresses;
    }
    return {};
}

Result<QStringList> VerteilerForm::check(const QStringList &addresses)
{
    return distributionAddressesFromJson(
        QJsonObject{{QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)}});
}

int VerteilerForm::addressIndex(const Error &error)
{
    static const QRegularExpression pattern(QStringLiteral("^addresses\\[(\\d+)\\]$"));
    const QRegularExpressionMatch match = pattern.match(error.field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

Status VerteilerForm::save(const QString &category, const QStringList &addresses)
{
    const Result<QStringList> checked = check(addresses);
    if (!checked)
        return checked.error();
    if (const Status stored = m_store->saveDistribution(category, *checked); !stored)
        return stored;
    return load();
}

} // namespace nb::ui
