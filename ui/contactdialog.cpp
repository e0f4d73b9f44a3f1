#include "ui/contactdialog.h"

#include "ui/contactform.h"
#include "ui/fielderror.h"
#include "ui/labels.h"
#include "ui_contactdialog.h"

namespace nb::ui {

ContactDialog::ContactDialog(client::OfflineStore *store, const Contact &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_form(new ContactForm(store, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(existing.id == 0 ? tr("Contact >> Add") : tr("Contact >> Edit"));
    setUpChoices();

    connectField(QStringLiteral("title"), m_ui->titleEdit, m_ui->titleError);
    connectField(QStringLiteral("firstName"), m_ui->firstNameEdit, m_ui->firstNameError);
    connectField(QStringLiteral("lastName"), m_ui->lastNameEdit, m_ui->lastNameError);
    connectField(QStringLiteral("position"), m_ui->positionEdit, m_ui->positionError);
    connectField(QStringLiteral("email"), m_ui->emailEdit, m_ui->emailError);
    connectField(QStringLiteral("phone"), m_ui->phoneEdit, m_ui->phoneError);
    connectField(QStringLiteral("mobile"), m_ui->mobileEdit, m_ui->mobileError);
    styleErrorLabel(m_ui->generalError);

    connect(m_form, &ContactForm::fieldErrorChanged, this,
            [this](const QString &field, const QString &message) {
                if (m_errorLabels.contains(field))
                    showFieldError(m_edits.value(field), m_errorLabels.value(field), message);
                else
                    showFieldError(nullptr, m_ui->generalError, message);
            });
    connect(m_form, &ContactForm::stateChanged, this,
            [this] { m_ui->saveButton->setEnabled(m_form->canSave()); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ContactDialog::save);
    connect(m_ui->backButton, &QPushButton::clicked, this, &QDialog::reject);

    if (existing.id == 0)
        m_form->startNew();
    else
        m_form->startEdit(existing);
    fill(m_form->contact());
    m_ui->saveButton->setEnabled(m_form->canSave());
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::setUpChoices()
{
    for (const QString &salutation : salutations())
        m_ui->salutationCombo->addItem(salutationLabel(salutation), salutation);
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("en")})
        m_ui->languageCombo->addItem(languageLabel(language), language);
    for (const QString &area : contactAreas()) {
        // A literal && so that "Einkauf & Abrechnung" is not read as an accelerator.
        auto *check = new QCheckBox(
            QString(contactAreaLabel(area)).replace(QLatin1Char('&'), QStringLiteral("&&")),
            m_ui->areasGroup);
        check->setObjectName(QStringLiteral("area_") + area);
        check->setAccessibleName(contactAreaLabel(area));
        m_ui->areasLayout->addWidget(check);
        m_areaChecks.insert(area, check);
        connect(check, &QCheckBox::toggled, this,
                [this, area](bool on) { m_form->setArea(area, on); });
    }
    connect(m_ui->salutationCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_form->setSalutation(m_ui->salutationCombo->currentData().toString()); });
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_form->setLanguage(m_ui->languageCombo->currentData().toString()); });
    connect(m_ui->receivesCriticalInformationCheck, &QCheckBox::toggled, m_form,
            &ContactForm::setReceivesCriticalInformation);
    connect(m_ui->emergencyContactCheck, &QCheckBox::toggled, m_form,
            &ContactForm::setEmergencyContact);
    connect(m_ui->dataProtectionOfficerCheck, &QCheckBox::toggled, m_form,
            &ContactForm::setDataProtectionOfficer);
}

void ContactDialog::connectField(const QString &field, QLineEdit *edit, QLabel *errorLabel)
{
    m_edits.insert(field, edit);
    m_errorLabels.insert(field, errorLabel);
    styleErrorLabel(errorLabel);
    edit->setMaxLength(static_cast<int>(ContactForm::maxLength(field)));
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { m_form->setText(field, text); });
}

void ContactDialog::fill(const Contact &contact)
{
    const QSignalBlocker blockSalutation(m_ui->salutationCombo);
    const QSignalBlocker blockLanguage(m_ui->languageCombo);
    m_ui->salutationCombo->setCurrentIndex(
        std::max(0, m_ui->salutationCombo->findData(contact.salutation)));
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(contact.language)));
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        it.value()->setText(m_form->text(it.key()));
    for (auto it = m_areaChecks.cbegin(); it != m_areaChecks.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(contact.areas.contains(it.key()));
    }
    const QSignalBlocker b1(m_ui->receivesCriticalInformationCheck);
    const QSignalBlocker b2(m_ui->emergencyContactCheck);
    const QSignalBlocker b3(m_ui->dataProtectionOfficerCheck);
    m_ui->receivesCriticalInformationCheck->setChecked(contact.receivesCriticalInformation);
    m_ui->emergencyContactCheck->setChecked(contact.emergencyContact);
    m_ui->dataProtectionOfficerCheck->setChecked(contact.dataProtectionOfficer);
}

void ContactDialog::save()
{
    const Result<Contact> saved = m_form->save();
    if (!saved) {
        if (m_edits.contains(saved.error().field))
            m_edits.value(saved.error().field)->setFocus();
        else
            showFieldError(nullptr, m_ui->generalError, saved.error().message);
        return;
    }
    Q_EMIT contactSaved(*saved);
    accept();
}

} // namespace nb::ui
