#pragma once

#include "core/distribution.h"
#include "core/result.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace nb::client {
class OfflineStore;
}

namespace nb::ui {

// The work behind the Verteiler page: the six categories with their addresses from the
// OfflineStore, checked with the server's rules and saved per category through the store.
class VerteilerForm : public QObject
{
    Q_OBJECT

public:
    explicit VerteilerForm(client::OfflineStore *store, QObject *parent = nullptr);

    Status load();
    const QList<DistributionList> &lists() const { return m_lists; }
    QStringList addresses(const QString &category) const;

    // The server's check of a category's list: the normalised addresses, or an error whose
    // field names the entry ("addresses[2]"; see addressIndex()).
    static Result<QStringList> check(const QStringList &addresses);
    // The entry an error names, or -1.
    static int addressIndex(const Error &error);

    // Checks and queues the new list of `category`; nothing is queued when a check fails.
    Status save(const QString &category, const QStringList &addresses);

Q_SIGNALS:
    void loaded();

private:
    client::OfflineStore *m_store;
    QList<DistributionList> m_lists;
};

} // namespace nb::ui
