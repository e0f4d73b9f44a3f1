#include "ui/verteilercategorywidget.h"

#include "ui/fielderror.h"
#include "ui/labels.h"
#include "ui/verteilerform.h"
#include "ui_verteilercategorywidget.h"

namespace nb::ui {

VerteilerCategoryWidget::VerteilerCategoryWidget(const QString &category, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::VerteilerCategoryWidget>())
    , m_category(category)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("category_") + category);
    setFrameShape(QFrame::StyledPanel);
    const QString title = distributionCategoryLabel(category);
    m_ui->titleLabel->setText(title);
    QFont bold = m_ui->titleLabel->font();
    bold.setBold(true);
    m_ui->titleLabel->setFont(bold);
    setAccessibleName(title);

    const QIcon pencil = QIcon::fromTheme(QStringLiteral("document-edit"));
    if (!pencil.isNull()) {
        m_ui->editButton->setIcon(pencil);
        m_ui->editButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    } else {
        m_ui->editButton->setText(QStringLiteral("\u270E")); // ✎ pencil
    }
    m_ui->editButton->setToolTip(tr("Edit the addresses of %1").arg(title));
    m_ui->editButton->setAccessibleName(tr("Edit the addresses of %1").arg(title));
    styleErrorLabel(m_ui->errorLabel);

    connect(m_ui->editButton, &QToolButton::clicked, this, &VerteilerCategoryWidget::startEditing);
    connect(m_ui->addAddressButton, &QPushButton::clicked, this,
            &VerteilerCategoryWidget::addAddress);
    connect(m_ui->newAddressEdit, &QLineEdit::returnPressed, this,
            &VerteilerCategoryWidget::addAddress);
    connect(m_ui->removeAddressButton, &QPushButton::clicked, this, [this] {
        delete m_ui->addressList->currentItem();
        validate();
    });
    connect(m_ui->addressList, &QListWidget::itemChanged, this, &VerteilerCategoryWidget::validate);
    connect(m_ui->addressList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->removeAddressButton->setEnabled(row >= 0); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this,
            &VerteilerCategoryWidget::finishEditing);
    connect(m_ui->saveButton, &QPushButton::clicked, this,
            [this] { Q_EMIT saveRequested(m_category, editedAddresses()); });
    updateView();
}

VerteilerCategoryWidget::~VerteilerCategoryWidget() = default;

void VerteilerCategoryWidget::setAddresses(const QStringList &addresses)
{
    m_addresses = addresses;
    updateView();
}

bool VerteilerCategoryWidget::isEditing() const
{
    return !m_ui->editorFrame->isHidden();
}

QStringList VerteilerCategoryWidget::editedAddresses() const
{
    QStringList addresses;
    for (int i = 0; i < m_ui->addressList->count(); ++i)
        addresses.append(m_ui->addressList->item(i)->text().trimmed());
    return addresses;
}

void VerteilerCategoryWidget::startEditing()
{
    const QSignalBlocker block(m_ui->addressList);
    m_ui->addressList->clear();
    for (const QString &address : std::as_const(m_addresses)) {
        auto *entry = new QListWidgetItem(address, m_ui->addressList);
        entry->setFlags(entry->flags() | Qt::ItemIsEditable);
    }
    m_ui->newAddressEdit->clear();
    m_ui->editorFrame->setVisible(true);
    m_ui->editButton->setEnabled(false);
    m_ui->removeAddressButton->setEnabled(false);
    m_ui->newAddressEdit->setFocus();
    validate();
}

void VerteilerCategoryWidget::finishEditing()
{
    m_ui->editorFrame->setVisible(false);
    m_ui->editButton->setEnabled(true);
    showFieldError(nullptr, m_ui->errorLabel, QString());
    updateView();
}

void VerteilerCategoryWidget::showError(const Error &error)
{
    showFieldError(m_ui->addressList, m_ui->errorLabel, error.message);
    const int index = VerteilerForm::addressIndex(error);
    if (index >= 0 && index < m_ui->addressList->count())
        m_ui->addressList->setCurrentRow(index);
}

void VerteilerCategoryWidget::addAddress()
{
    const QString address = m_ui->newAddressEdit->text().trimmed();
    if (address.isEmpty())
        return;
    const Result<QStringList> single = VerteilerForm::check({address});
    if (!single) {
        showFieldError(m_ui->newAddressEdit, m_ui->errorLabel, single.error().message);
        return;
    }
    auto *entry = new QListWidgetItem(address, m_ui->addressList);
    entry->setFlags(entry->flags() | Qt::ItemIsEditable);
    m_ui->newAddressEdit->clear();
    validate();
}

void VerteilerCategoryWidget::validate()
{
    const Result<QStringList> checked = VerteilerForm::check(editedAddresses());
    m_ui->saveButton->setEnabled(checked.ok());
    if (checked)
        showFieldError(m_ui->addressList, m_ui->errorLabel, QString());
    else
        showError(checked.error());
}

void VerteilerCategoryWidget::updateView()
{
    m_ui->addressesLabel->setText(m_addresses.join(QLatin1Char('\n')));
    m_ui->addressesLabel->setVisible(!m_addresses.isEmpty());
    m_ui->fallbackLabel->setVisible(m_addresses.isEmpty());
}

} // namespace nb::ui
