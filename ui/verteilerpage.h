#pragma once

#include <QHash>
#include <QWidget>
#include <memory>

namespace nb::client {
class OfflineStore;
}
namespace Ui {
class VerteilerPage;
}

namespace nb::ui {

class VerteilerCategoryWidget;
class VerteilerForm;

// Verteiler: every category with its addresses and a pencil button to edit them inline.
class VerteilerPage : public QWidget
{
    Q_OBJECT

public:
    explicit VerteilerPage(client::OfflineStore *store, QWidget *parent = nullptr);
    ~VerteilerPage() override;

    VerteilerForm *form() const { return m_form; }
    VerteilerCategoryWidget *categoryWidget(const QString &category) const;
    void reload();

private:
    void save(const QString &category, const QStringList &addresses);
    void fill();

    std::unique_ptr<Ui::VerteilerPage> m_ui;
    VerteilerForm *m_form;
    QHash<QString, VerteilerCategoryWidget *> m_categories;
};

} // namespace nb::ui
