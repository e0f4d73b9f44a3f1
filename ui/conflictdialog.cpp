#include "ui/conflictdialog.h"

#include "client/offlinestore.h"
#include "ui/fielderror.h"
#include "ui_conflictdialog.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QRadioButton>

namespace nb::ui {

namespace {

enum Column
{
    FieldColumn,
    LocalColumn,
    ServerColumn,
    ChoiceColumn
};

QTableWidgetItem *cell(const QString &text, const ConflictRow &row, const QPalette &palette)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    if (row.differs) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    } else {
        item->setForeground(palette.color(QPalette::Disabled, QPalette::Text));
    }
    return item;
}

} // namespace

ConflictDialog::ConflictDialog(client::OfflineStore *store, const client::Conflict &conflict,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
    , m_store(store)
    , m_form(conflict)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(m_form.title());
    styleErrorLabel(m_ui->errorLabel);
    fillTable();

    connect(m_ui->keepAllMineButton, &QPushButton::clicked, this,
            [this] { chooseAll(ConflictForm::Choice::Mine); });
    connect(m_ui->takeAllServerButton, &QPushButton::clicked, this,
            [this] { chooseAll(ConflictForm::Choice::Server); });
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ConflictDialog::apply);
    connect(m_ui->laterButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->applyButton->setEnabled(m_form.isComplete());
    resize(820, 520);
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::fillTable()
{
    QTableWidget *table = m_ui->conflictTable;
    const QList<ConflictRow> &rows = m_form.rows();
    table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < table->rowCount(); ++i) {
        const ConflictRow &row = rows.at(i);
        table->setItem(i, FieldColumn, cell(row.label, row, palette()));
        table->setItem(i, LocalColumn, cell(row.localText, row, palette()));
        table->setItem(i, ServerColumn, cell(row.serverText, row, palette()));
        if (row.differs)
            addChoiceCell(i, row);
        else
            table->setItem(i, ChoiceColumn, cell(tr("Same on both sides"), row, palette()));
    }
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LocalColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ServerColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);
    table->resizeRowsToContents();
}

void ConflictDialog::addChoiceCell(int row, const ConflictRow &conflictRow)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(4, 0, 4, 0);
    auto *group = new QButtonGroup(box);
    auto *mine = new QRadioButton(tr("Keep mine"), box);
    auto *server = new QRadioButton(tr("Take the server's"), box);
    mine->setObjectName(QStringLiteral("mine_") + conflictRow.field);
    server->setObjectName(QStringLiteral("server_") + conflictRow.field);
    mine->setAccessibleName(tr("%1: keep mine").arg(conflictRow.label));
    server->setAccessibleName(tr("%1: take the server's").arg(conflictRow.label));
    group->addButton(mine);
    group->addButton(server);
    layout->addWidget(mine);
    layout->addWidget(server);
    m_mineButtons.insert(conflictRow.field, mine);
    m_serverButtons.insert(conflictRow.field, server);
    const QString field = conflictRow.field;
    const auto choose = [this, field](ConflictForm::Choice choice, bool checked) {
        if (!checked)
            return;
        m_form.choose(field, choice);
        m_ui->applyButton->setEnabled(m_form.isComplete());
    };
    connect(mine, &QRadioButton::toggled, this,
            [choose](bool checked) { choose(ConflictForm::Choice::Mine, checked); });
    connect(server, &QRadioButton::toggled, this,
            [choose](bool checked) { choose(ConflictForm::Choice::Server, checked); });
    m_ui->conflictTable->setCellWidget(row, ChoiceColumn, box);
}

QRadioButton *ConflictDialog::choiceButton(const QString &field, ConflictForm::Choice choice) const
{
    if (choice == ConflictForm::Choice::Mine)
        return m_mineButtons.value(field);
    if (choice == ConflictForm::Choice::Server)
        return m_serverButtons.value(field);
    return nullptr;
}

void ConflictDialog::chooseAll(ConflictForm::Choice choice)
{
    const QHash<QString, QRadioButton *> &buttons =
        choice == ConflictForm::Choice::Mine ? m_mineButtons : m_serverButtons;
    for (QRadioButton *button : buttons)
        button->setChecked(true);
}

void ConflictDialog::apply()
{
    if (!m_form.isComplete())
        return;
    const qint64 id = m_form.conflict().id;
    const Status done = m_store->resolveConflict(id, m_form.chosen());
    if (!done) {
        showFieldError(nullptr, m_ui->errorLabel,
                       tr("Could not apply your choice: %1").arg(done.error().message));
        return;
    }
    Q_EMIT resolved(id);
    accept();
}

ConflictQueue::ConflictQueue(client::OfflineStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{}

void ConflictQueue::start()
{
    openNext();
}

void ConflictQueue::openNext()
{
    const Result<QList<client::Conflict>> conflicts = m_store->conflicts();
    const client::Conflict *next = nullptr;
    if (conflicts) {
        for (const client::Conflict &conflict : *conflicts) {
            if (!m_shown.contains(conflict.id)) {
                next = &conflict;
                break;
            }
        }
    }
    if (!next) {
        m_dialog = nullptr;
        Q_EMIT finished(m_resolved);
        return;
    }
    m_shown.insert(next->id);
    m_dialog = new ConflictDialog(m_store, *next, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConflictDialog::resolved, this, [this] { ++m_resolved; });
    connect(m_dialog, &QDialog::finished, this, &ConflictQueue::openNext);
    m_dialog->open();
}

} // namespace nb::ui
