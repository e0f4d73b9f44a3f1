#pragma once

#include <QFrame>
#include <QStringList>
#include <memory>

namespace nb {
struct Error;
}
namespace Ui {
class VerteilerCategoryWidget;
}

namespace nb::ui {

// One Verteiler category: its addresses (or the note that mailings fall back to the
// Erstkontakt) and a pencil button that opens inline editing: add, change (double-click an
// entry), remove; Speichern is enabled only while every entry passes the server's checks.
class VerteilerCategoryWidget : public QFrame
{
    Q_OBJECT

public:
    explicit VerteilerCategoryWidget(const QString &category, QWidget *parent = nullptr);
    ~VerteilerCategoryWidget() override;

    QString category() const { return m_category; }
    void setAddresses(const QStringList &addresses);
    bool isEditing() const;
    QStringList editedAddresses() const;

    void startEditing();
    void finishEditing();
    void showError(const Error &error);

Q_SIGNALS:
    void saveRequested(const QString &category, const QStringList &addresses);

private:
    void addAddress();
    void validate();
    void updateView();

    std::unique_ptr<Ui::VerteilerCategoryWidget> m_ui;
    QString m_category;
    QStringList m_addresses;
};

} // namespace nb::ui
