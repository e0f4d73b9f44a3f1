#include "ui/mailingeditor.h"

#include "core/distribution.h"
#include "ui/fielderror.h"
#include "ui/labels.h"
#include "ui/lintpanel.h"
#include "ui/noticelabels.h"
#include "ui_mailingeditor.h"

#include <QLocale>
#include <QPixmap>
#include <QPointer>
#include <QShortcut>

namespace nb::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr qsizetype kSubjectLimit = 78; // as the lint counts (core/mailinglint.cpp)

QIcon swatch(const QString &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor(color).isValid() ? QColor(color) : QColor(Qt::gray));
    return QIcon(pixmap);
}

QString shortDateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

bool isAuthError(const Error &error)
{
    return error.code == QLatin1String("session-expired") ||
           error.code == QLatin1String("unauthorized");
}

// The index of the item whose data is `value`, added with `label` when there is none.
int ensureItem(QComboBox *combo, const QString &value, const QString &label)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(label, value);
        index = combo->count() - 1;
    }
    return index;
}
} // namespace

MailingEditor::MailingEditor(client::StaffService *service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MailingEditor>())
    , m_service(service)
    , m_context{QDate::currentDate(), {}}
{
    m_ui->setupUi(this);
    m_ui->editorSplitter->setStretchFactor(0, 3);
    m_ui->editorSplitter->setStretchFactor(1, 2);
    m_ui->conflictNotice->setStyleSheet(
        QStringLiteral("#conflictNotice { border: 2px solid #D68910; border-radius: 4px; }"));
    m_ui->actByEdit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_ui->subjectCountLabel->setMinimumWidth(
        m_ui->subjectCountLabel->fontMetrics().horizontalAdvance(QStringLiteral("000/78")));
    m_ui->subjectCountLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ui->patchList->setSelectionMode(QAbstractItemView::SingleSelection);
    fillChoices();

    for (QLineEdit *edit : {m_ui->subjectEdit, m_ui->linkEdit})
        connect(edit, &QLineEdit::textChanged, this, &MailingEditor::fieldsEdited);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &MailingEditor::fieldsEdited);
    for (QComboBox *combo :
         {m_ui->categoryCombo, m_ui->severityCombo, m_ui->noticeStatusCombo, m_ui->followUpCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &MailingEditor::fieldsEdited);
    connect(m_ui->followUpCombo, &QComboBox::editTextChanged, this, &MailingEditor::fieldsEdited);
    connect(m_ui->productList, &QListWidget::itemChanged, this, &MailingEditor::fieldsEdited);
    connect(m_ui->actByEdit, &QDateEdit::dateChanged, this, &MailingEditor::fieldsEdited);
    connect(m_ui->noDeadlineCheck, &QCheckBox::toggled, this, [this](bool none) {
        m_ui->actByEdit->setEnabled(!none && !m_ui->noDeadlineCheck->property("readOnly").toBool());
        fieldsEdited();
    });
    connect(m_ui->patchList, &QTreeWidget::itemSelectionChanged, this,
            &MailingEditor::updateButtons);

    connect(m_ui->lintPanel, &LintPanel::findingActivated, this,
            [this](const lint::Finding &finding) { focusField(finding.field); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MailingEditor::save);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &MailingEditor::approve);
    connect(m_ui->testSendButton, &QPushButton::clicked, this, &MailingEditor::testSend);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MailingEditor::send);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &MailingEditor::removeMailing);
    connect(m_ui->addPatchButton, &QPushButton::clicked, this, &MailingEditor::addPatch);
    connect(m_ui->removePatchButton, &QPushButton::clicked, this,
            &MailingEditor::removeSelectedPatch);
    connect(m_ui->keepMineButton, &QPushButton::clicked, this, &MailingEditor::reloadKeepingText);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &MailingEditor::reloadTheirs);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_ui->saveButton->isEnabled())
            save();
    });
    newMailing();
}

MailingEditor::~MailingEditor() = default;

LintPanel *MailingEditor::lintPanel() const
{
    return m_ui->lintPanel;
}

QString MailingEditor::stateText() const
{
    return m_ui->stateLabel->text();
}

QString MailingEditor::messageText() const
{
    return m_ui->messageLabel->text();
}

void MailingEditor::fillChoices()
{
    m_ui->categoryCombo->addItem(tr("(choose a category)"), QString());
    for (const QString &category : distributionCategories())
        m_ui->categoryCombo->addItem(distributionCategoryLabel(category), category);
    for (const NoticeSeverity severity :
         {NoticeSeverity::Info, NoticeSeverity::Important, NoticeSeverity::Urgent})
        m_ui->severityCombo->addItem(severityLabel(severity), severityKey(severity));
    for (const NoticeStatus status :
         {NoticeStatus::Announced, NoticeStatus::InProgress, NoticeStatus::Resolved})
        m_ui->noticeStatusCombo->addItem(noticeStatusLabel(status), statusKey(status));
    m_ui->followUpCombo->addItem(tr("(none: a first mailing)"), QString());
}

void MailingEditor::setProducts(const QList<client::StaffProduct> &products)
{
    m_products = products;
    const QStringList checked = checkedProducts();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_ui->productList->clear();
    for (const client::StaffProduct &product : products) {
        auto *item = new QListWidgetItem(swatch(product.color),
                                         product.name.isEmpty() ? product.code : product.name,
                                         m_ui->productList);
        item->setData(kCodeRole, product.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(product.code) ? Qt::Checked : Qt::Unchecked);
    }
    // Codes the mailing names that the list does not know stay visible (and checked).
    for (const QString &code : checked) {
        bool known = false;
        for (const client::StaffProduct &product : products)
            known = known || product.code == code;
        if (!known) {
            auto *item = new QListWidgetItem(code, m_ui->productList);
            item->setData(kCodeRole, code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    m_filling = wasFilling;
    fieldsEdited();
}

void MailingEditor::setNotices(const QList<client::PublishedNotice> &notices)
{
    m_notices = notices;
    const QString current = followUpId();
    const bool wasFilling = m_filling;
    m_filling = true;
    while (m_ui->followUpCombo->count() > 1)
        m_ui->followUpCombo->removeItem(1);
    for (const client::PublishedNotice &notice : notices)
        m_ui->followUpCombo->addItem(tr("%1 – %2").arg(notice.id, notice.subject), notice.id);
    const int index = current.isEmpty() ? 0 : m_ui->followUpCombo->findData(current);
    if (index >= 0)
        m_ui->followUpCombo->setCurrentIndex(index);
    else
        m_ui->followUpCombo->setEditText(current);
    m_filling = wasFilling;
    fieldsEdited();
}

void MailingEditor::setLintContext(const lint::Context &context)
{
    m_context = context;
    relint();
    updateButtons();
}

QStringList MailingEditor::checkedProducts() const
{
    QStringList codes;
    for (int row = 0; row < m_ui->productList->count(); ++row) {
        const QListWidgetItem *item = m_ui->productList->item(row);
        if (item->checkState() == Qt::Checked)
            codes.append(item->data(kCodeRole).toString());
    }
    return codes;
}

QString MailingEditor::followUpId() const
{
    const QComboBox *combo = m_ui->followUpCombo;
    const int index = combo->currentIndex();
    if (index >= 0 && combo->currentText() == combo->itemText(index))
        return combo->itemData(index).toString();
    return combo->currentText().trimmed(); // an id typed by hand
}

Notice MailingEditor::draft() const
{
    Notice notice;
    notice.products = checkedProducts();
    notice.category = m_ui->categoryCombo->currentData().toString();
    notice.severity = severityFromKey(m_ui->severityCombo->currentData().toString())
                          .value_or(NoticeSeverity::Info);
    notice.status = statusFromKey(m_ui->noticeStatusCombo->currentData().toString())
                        .value_or(NoticeStatus::Announced);
    notice.subject = m_ui->subjectEdit->text();
    notice.body = m_ui->bodyEdit->toPlainText();
    if (!m_ui->noDeadlineCheck->isChecked())
        notice.actBy = m_ui->actByEdit->date();
    notice.followUpOf = followUpId();
    notice.link = m_ui->linkEdit->text().trimmed();
    if (m_mailing)
        notice.patches = m_mailing->draft.patches;
    return notice;
}

bool MailingEditor::isModified() const
{
    return draft() != (m_mailing ? m_mailing->draft : Notice{});
}

void MailingEditor::newMailing()
{
    m_mailing.reset();
    m_ui->conflictNotice->hide();
    setFields(Notice{});
    showMessage(QString());
}

void MailingEditor::openMailing(qint64 id)
{
    setBusy(true, tr("Loading…"));
    QPointer<MailingEditor> self(this);
    m_service->get(id, [self](const Result<client::Mailing> &mailing) {
        if (!self)
            return;
        self->setBusy(false);
        if (!mailing) {
            self->showError(mailing.error());
            return;
        }
        self->showMailing(*mailing);
        Q_EMIT self->mailingChanged(*mailing);
    });
}

void MailingEditor::showMailing(const client::Mailing &mailing)
{
    m_mailing = mailing;
    m_ui->conflictNotice->hide();
    setFields(mailing.draft);
}

void MailingEditor::setFields(const Notice &draft)
{
    m_filling = true;
    for (int row = 0; row < m_ui->productList->count(); ++row) {
        QListWidgetItem *item = m_ui->productList->item(row);
        item->setCheckState(draft.products.contains(item->data(kCodeRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    for (const QString &code : draft.products) {
        if (!checkedProducts().contains(code)) { // not (yet) in the product list
            auto *item = new QListWidgetItem(code, m_ui->productList);
            item->setData(kCodeRole, code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    m_ui->categoryCombo->setCurrentIndex(
        ensureItem(m_ui->categoryCombo, draft.category, draft.category));
    m_ui->severityCombo->setCurrentIndex(
        m_ui->severityCombo->findData(severityKey(draft.severity)));
    m_ui->noticeStatusCombo->setCurrentIndex(
        m_ui->noticeStatusCombo->findData(statusKey(draft.status)));
    m_ui->noDeadlineCheck->setChecked(!draft.actBy.has_value());
    m_ui->actByEdit->setDate(draft.actBy.value_or(m_context.today.addDays(14)));
    if (m_ui->subjectEdit->text() != draft.subject)
        m_ui->subjectEdit->setText(draft.subject);
    if (m_ui->bodyEdit->toPlainText() != draft.body)
        m_ui->bodyEdit->setPlainText(draft.body);
    const int followUp = m_ui->followUpCombo->findData(draft.followUpOf);
    if (followUp >= 0)
        m_ui->followUpCombo->setCurrentIndex(followUp);
    else
        m_ui->followUpCombo->setEditText(draft.followUpOf);
    m_ui->linkEdit->setText(draft.link);
    m_ui->patchList->clear();
    for (const PatchReference &patch : draft.patches) {
        auto *item = new QTreeWidgetItem(m_ui->patchList);
        item->setText(0, patch.fileName);
        item->setText(1, QLocale().formattedDataSize(patch.size));
        const QString hash = QString::fromLatin1(patch.sha256.toHex());
        item->setText(2, hash.left(16) + QChar(0x2026));
        item->setToolTip(2, hash);
    }
    m_filling = false;
    setReadOnly(m_mailing && m_mailing->summary.state == QLatin1String("sent"));
    fieldsEdited();
}

void MailingEditor::setReadOnly(bool readOnly)
{
    m_ui->subjectEdit->setReadOnly(readOnly);
    m_ui->bodyEdit->setReadOnly(readOnly);
    m_ui->linkEdit->setReadOnly(readOnly);
    m_ui->noDeadlineCheck->setProperty("readOnly", readOnly);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->productList, m_ui->categoryCombo, m_ui->severityCombo, m_ui->noticeStatusCombo,
             m_ui->followUpCombo, m_ui->noDeadlineCheck})
        widget->setEnabled(!readOnly);
    m_ui->actByEdit->setEnabled(!readOnly && !m_ui->noDeadlineCheck->isChecked());
}

void MailingEditor::fieldsEdited()
{
    if (m_filling)
        return;
    relint();
    updateSubjectCount();
    updateStateLine();
    updateButtons();
}

void MailingEditor::relint()
{
    m_ui->lintPanel->setFindings(lint::lintMailing(draft(), m_context));
}

void MailingEditor::updateSubjectCount()
{
    const qsizetype length = m_ui->subjectEdit->text().size();
    m_ui->subjectCountLabel->setText(tr("%1/%2").arg(length).arg(kSubjectLimit));
    m_ui->subjectCountLabel->setToolTip(
        tr("Characters in the subject; an inbox shows about %1.").arg(kSubjectLimit));
    if (length > kSubjectLimit)
        styleErrorLabel(m_ui->subjectCountLabel);
    else
        m_ui->subjectCountLabel->setPalette(QPalette());
}

void MailingEditor::updateStateLine()
{
    const bool modified = isModified();
    QString text;
    if (!m_mailing) {
        text = tr("New mailing — not saved yet.");
    } else {
        const client::MailingSummary &summary = m_mailing->summary;
        if (summary.state == QLatin1String("sent")) {
            text = tr("Sent on %1 as notice %2 — it can no longer be changed; write a follow-up "
                      "mailing instead.")
                       .arg(shortDateTime(m_mailing->sentAt), summary.noticeId);
        } else if (summary.state == QLatin1String("approved")) {
            text = modified ? tr("Approved by %1 — saving your changes withdraws the approval.")
                                  .arg(summary.approvedBy)
                            : tr("Approved by %1 on %2 — any edit withdraws the approval.")
                                  .arg(summary.approvedBy, shortDateTime(m_mailing->approvedAt));
        } else {
            text = modified ? tr("Draft — unsaved changes.")
                            : tr("Draft — last changed by %1 on %2. A second staff member has "
                                 "to approve it before it can be sent.")
                                  .arg(summary.lastEditor, shortDateTime(summary.updatedAt));
        }
    }
    m_ui->stateLabel->setText(text);
}

void MailingEditor::updateButtons()
{
    const bool saved = m_mailing.has_value();
    const QString state = saved ? m_mailing->summary.state : QStringLiteral("draft");
    const bool sent = state == QLatin1String("sent");
    const bool modified = isModified();
    const bool errors = m_ui->lintPanel->hasErrors();
    const bool idle = !m_busy;
    const bool canApprove = saved && m_mailing->canApprove;

    m_ui->saveButton->setEnabled(idle && !sent && modified);
    m_ui->deleteButton->setVisible(saved && !sent);
    m_ui->deleteButton->setEnabled(idle);
    m_ui->addPatchButton->setEnabled(idle && saved && !sent);
    m_ui->addPatchButton->setToolTip(saved ? tr("Upload a file to the server; customers download "
                                                "it from there (never a mail attachment)")
                                           : tr("Save the mailing first."));
    m_ui->removePatchButton->setEnabled(idle && saved && !sent &&
                                        m_ui->patchList->currentItem() != nullptr);
    m_ui->testSendButton->setEnabled(idle && saved && !modified);
    m_ui->approveButton->setEnabled(idle && state == QLatin1String("draft") && canApprove &&
                                    !modified && !errors);
    m_ui->approveButton->setVisible(!sent);
    m_ui->sendButton->setEnabled(idle && state == QLatin1String("approved") && !modified);
    m_ui->sendButton->setVisible(!sent);

    QString hint;
    const bool ownWork = saved && !m_user.isEmpty() &&
                         (m_mailing->summary.author.compare(m_user, Qt::CaseInsensitive) == 0 ||
                          m_mailing->summary.lastEditor.compare(m_user, Qt::CaseInsensitive) == 0 ||
                          m_mailing->editors.contains(m_user, Qt::CaseInsensitive));
    if (sent)
        hint.clear();
    else if (!saved)
        hint = tr("Save the mailing; a second staff member approves it before it can be sent.");
    else if (modified)
        hint = tr("Save your changes before a test send, approval or sending.");
    else if (state == QLatin1String("approved"))
        hint = tr("Approved: ready to send.");
    else if (errors)
        hint = tr("Fix the errors in the rule check before the mailing can be approved.");
    else if (!canApprove && ownWork)
        hint = tr("You wrote or changed this mailing, so a staff member who did not edit it has "
                  "to approve it (four-eyes principle).");
    else if (!canApprove)
        hint = tr("You cannot approve this mailing.");
    m_ui->approveHintLabel->setText(hint);
    m_ui->approveHintLabel->setVisible(!hint.isEmpty());
}

void MailingEditor::focusField(const QString &field)
{
    QWidget *target = nullptr;
    if (field == QLatin1String("subject"))
        target = m_ui->subjectEdit;
    else if (field == QLatin1String("actBy"))
        target = m_ui->noDeadlineCheck->isChecked() ? static_cast<QWidget *>(m_ui->noDeadlineCheck)
                                                    : m_ui->actByEdit;
    else if (field == QLatin1String("body"))
        target = m_ui->bodyEdit;
    else if (field == QLatin1String("link"))
        target = m_ui->linkEdit;
    else if (field == QLatin1String("patches"))
        target = m_ui->addPatchButton->isEnabled() ? static_cast<QWidget *>(m_ui->addPatchButton)
                                                   : m_ui->patchList;
    else if (field == QLatin1String("products"))
        target = m_ui->productList;
    else if (field == QLatin1String("category"))
        target = m_ui->categoryCombo;
    else if (field == QLatin1String("followUpOf"))
        target = m_ui->followUpCombo;
    else if (field == QLatin1String("severity"))
        target = m_ui->severityCombo;
    else if (field == QLatin1String("status"))
        target = m_ui->noticeStatusCombo;
    if (!target)
        return;
    target->setFocus(Qt::OtherFocusReason);
    if (target == m_ui->subjectEdit && m_ui->subjectEdit->text().size() > kSubjectLimit)
        m_ui->subjectEdit->setSelection(static_cast<int>(kSubjectLimit),
                                        static_cast<int>(m_ui->subjectEdit->text().size()));
}

void MailingEditor::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    if (busy)
        showMessage(message);
    updateButtons();
}

void MailingEditor::showMessage(const QString &text)
{
    m_ui->messageLabel->setPalette(QPalette());
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void MailingEditor::showError(const Error &error)
{
    styleErrorLabel(m_ui->messageLabel);
    m_ui->messageLabel->setText(error.message);
    m_ui->messageLabel->setVisible(true);
    if (!error.field.isEmpty())
        focusField(error.field);
    if (isAuthError(error))
        Q_EMIT signInRequired();
}

} // namespace nb::ui
