#include "ui/firmenprofilpage.h"

#include "client/offlinestore.h"
#include "ui/fielderror.h"
#include "ui/firmenprofilform.h"
#include "ui_firmenprofilpage.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace nb::ui {

FirmenprofilPage::FirmenprofilPage(client::OfflineStore *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FirmenprofilPage>())
    , m_store(store)
    , m_form(new FirmenprofilForm(store, this))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    connectField(QStringLiteral("name"), m_ui->nameEdit, m_ui->nameError);
    connectField(QStringLiteral("street"), m_ui->streetEdit, m_ui->streetError);
    connectField(QStringLiteral("postcode"), m_ui->postcodeEdit, m_ui->postcodeError);
    connectField(QStringLiteral("city"), m_ui->cityEdit, m_ui->cityError);
    connectField(QStringLiteral("country"), m_ui->countryEdit, m_ui->countryError);
    connectField(QStringLiteral("vatId"), m_ui->vatIdEdit, m_ui->vatIdError);
    connectField(QStringLiteral("phone"), m_ui->phoneEdit, m_ui->phoneError);
    connectField(QStringLiteral("website"), m_ui->websiteEdit, m_ui->websiteError);
    connectField(QStringLiteral("primaryContactEmail"), m_ui->primaryContactEmailEdit,
                 m_ui->primaryContactEmailError);
    styleErrorLabel(m_ui->customerNumberError);

    connect(m_form, &FirmenprofilForm::fieldErrorChanged, this,
            [this](const QString &field, const QString &message) {
                if (m_errorLabels.contains(field))
                    showFieldError(m_edits.value(field), m_errorLabels.value(field), message);
            });
    connect(m_form, &FirmenprofilForm::loaded, this, &FirmenprofilPage::fillFields);
    connect(m_form, &FirmenprofilForm::stateChanged, this, &FirmenprofilPage::updateState);
    connect(m_form, &FirmenprofilForm::generalError, this, &FirmenprofilPage::showStatus);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const Status saved = m_form->save();
        showStatus(saved ? tr("Saved. The change is sent to the server with the next sync.")
                         : saved.error().message);
    });
    connect(m_ui->toContactsButton, &QPushButton::clicked, this,
            &FirmenprofilPage::contactsRequested);
    connect(store, &client::OfflineStore::changed, this, [this] {
        if (!m_form->isModified())
            reload();
        else
            applyBranding();
    });
    reload();
}

FirmenprofilPage::~FirmenprofilPage() = default;

void FirmenprofilPage::connectField(const QString &field, QLineEdit *edit, QLabel *errorLabel)
{
    m_edits.insert(field, edit);
    m_errorLabels.insert(field, errorLabel);
    styleErrorLabel(errorLabel);
    edit->setMaxLength(static_cast<int>(FirmenprofilForm::maxLength(field)));
    connect(edit, &QLineEdit::textChanged, this, [this, field](const QString &text) {
        if (!m_filling)
            m_form->setValue(field, text);
    });
}

void FirmenprofilPage::applyBranding()
{
    // Before the first sync (or when the store cannot be read): the defaults.
    const auto stored = m_store->branding();
    const client::Branding branding = stored && *stored ? **stored : client::Branding();
    if (m_shownBranding == branding)
        return;
    m_shownBranding = branding;
    const QString &vendorName = branding.vendorName;
    const QString text = tr("E-mail address (primary contact for %1):").arg(vendorName);
    m_ui->primaryContactEmailLabel->setText(text);
    m_ui->primaryContactEmailEdit->setAccessibleName(
        tr("E-mail address, primary contact for %1").arg(vendorName));
    m_ui->adviceLabel->setText(
        tr("This looks like your company's shared mailbox. Mandatory mailings from %1 may not "
           "reach the right person automatically. Enter the e-mail address of the person who "
           "should receive them, or add further contacts who receive critical information.")
            .arg(vendorName));
    QPalette heading = m_ui->headingLabel->palette();
    heading.setColor(QPalette::WindowText, QColor(branding.primaryColor));
    m_ui->headingLabel->setPalette(heading);
    m_ui->genericMailboxAdvice->setStyleSheet(
        QStringLiteral("#genericMailboxAdvice { border: 2px solid %1; border-radius: 4px; }")
            .arg(branding.accentColor));
}

void FirmenprofilPage::reload()
{
    applyBranding();
    const Status loaded = m_form->load();
    if (!loaded)
        showStatus(loaded.error().message);
    else
        showStatus(m_form->hasCompany()
                       ? QString()
                       : tr("The company profile has not been loaded from the server yet."));
}

void FirmenprofilPage::applyServerError(const Error &error)
{
    m_form->applyServerError(error);
    if (m_edits.contains(error.field))
        m_edits.value(error.field)->setFocus();
}

void FirmenprofilPage::fillFields()
{
    m_filling = true;
    m_ui->customerNumberEdit->setText(m_form->value(QStringLiteral("customerNumber")));
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (it.value()->text() != m_form->value(it.key()))
            it.value()->setText(m_form->value(it.key()));
    }
    m_filling = false;
    updateState();
}

void FirmenprofilPage::updateState()
{
    m_ui->saveButton->setEnabled(m_form->canSave());
    m_ui->genericMailboxAdvice->setVisible(m_form->hasCompany() && m_form->erstkontaktIsGeneric());
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->setEnabled(m_form->hasCompany());
    if (m_form->isModified())
        showStatus(QString());
}

void FirmenprofilPage::showStatus(const QString &message)
{
    m_ui->statusLabel->setText(message);
}

} // namespace nb::ui
