#include "ui/verteilerpage.h"

#include "client/offlinestore.h"
#include "core/distribution.h"
#include "ui/verteilercategorywidget.h"
#include "ui/verteilerform.h"
#include "ui_verteilerpage.h"

namespace nb::ui {

VerteilerPage::VerteilerPage(client::OfflineStore *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VerteilerPage>())
    , m_form(new VerteilerForm(store, this))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    for (const QString &category : distributionCategories()) {
        auto *widget = new VerteilerCategoryWidget(category, m_ui->categoriesContainer);
        m_ui->categoriesLayout->addWidget(widget);
        m_categories.insert(category, widget);
        connect(widget, &VerteilerCategoryWidget::saveRequested, this, &VerteilerPage::save);
    }
    m_ui->categoriesLayout->addStretch();
    connect(m_form, &VerteilerForm::loaded, this, &VerteilerPage::fill);
    connect(store, &client::OfflineStore::changed, this, &VerteilerPage::reload);
    reload();
}

VerteilerPage::~VerteilerPage() = default;

VerteilerCategoryWidget *VerteilerPage::categoryWidget(const QString &category) const
{
    return m_categories.value(category);
}

void VerteilerPage::reload()
{
    if (const Status loaded = m_form->load(); !loaded)
        m_ui->statusLabel->setText(loaded.error().message);
}

void VerteilerPage::fill()
{
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it)
        it.value()->setAddresses(m_form->addresses(it.key()));
}

void VerteilerPage::save(const QString &category, const QStringList &addresses)
{
    VerteilerCategoryWidget *widget = m_categories.value(category);
    const Status saved = m_form->save(category, addresses);
    if (!saved) {
        widget->showError(saved.error());
        return;
    }
    widget->finishEditing();
    m_ui->statusLabel->setText(tr("Saved. The change is sent to the server with the next sync."));
}

} // namespace nb::ui
