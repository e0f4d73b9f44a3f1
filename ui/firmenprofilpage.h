#pragma once

#include <QHash>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;

namespace nb {
struct Error;
}
namespace nb::client {
class OfflineStore;
}
namespace Ui {
class FirmenprofilPage;
}

namespace nb::ui {

class FirmenprofilForm;

// "Mein Konto" → Meine Firma → Firmenprofil: every field of the company, the Erstkontakt with
// the vendor's name in its label and advice when it is a shared mailbox, Speichern.
class FirmenprofilPage : public QWidget
{
    Q_OBJECT

public:
    FirmenprofilPage(client::OfflineStore *store, const QString &vendorName,
                     QWidget *parent = nullptr);
    ~FirmenprofilPage() override;

    FirmenprofilForm *form() const { return m_form; }
    void setVendorName(const QString &vendorName);
    void reload();
    void applyServerError(const Error &error);

Q_SIGNALS:
    void contactsRequested(); // "Go to contacts" in the advice on generic mailboxes

private:
    void connectField(const QString &field, QLineEdit *edit, QLabel *errorLabel);
    void fillFields();
    void updateState();
    void showStatus(const QString &message);

    std::unique_ptr<Ui::FirmenprofilPage> m_ui;
    FirmenprofilForm *m_form;
    QString m_vendorName;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_errorLabels;
    bool m_filling = false;
};

} // namespace nb::ui
