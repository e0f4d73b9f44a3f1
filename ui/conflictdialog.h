#pragma once

#include "ui/conflictform.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <memory>

class QRadioButton;

namespace nb::client {
class OfflineStore;
}
namespace Ui {
class ConflictDialog;
}

namespace nb::ui {

// The conflict view: every field with the user's value beside the server's; a differing field
// needs a choice ("Keep mine" / "Take the server's", or all at once). "Apply" resolves the
// conflict in the OfflineStore with the chosen mix; "Later" leaves it as it is.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(client::OfflineStore *store, const client::Conflict &conflict,
                   QWidget *parent = nullptr);
    ~ConflictDialog() override;

    const ConflictForm &form() const { return m_form; }
    // The radio button of a differing field (objectName "mine_<field>" / "server_<field>").
    QRadioButton *choiceButton(const QString &field, ConflictForm::Choice choice) const;

Q_SIGNALS:
    void resolved(qint64 conflictId);

private:
    void fillTable();
    void addChoiceCell(int row, const ConflictRow &conflictRow);
    void chooseAll(ConflictForm::Choice choice);
    void apply();

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    client::OfflineStore *m_store;
    ConflictForm m_form;
    QHash<QString, QRadioButton *> m_mineButtons;
    QHash<QString, QRadioButton *> m_serverButtons;
};

// Shows the store's open conflicts one after another over `window` (window-modal), including
// any that appear meanwhile; a conflict put off with "Later" is not shown again in this round.
class ConflictQueue : public QObject
{
    Q_OBJECT

public:
    ConflictQueue(client::OfflineStore *store, QWidget *window);

    void start();
    ConflictDialog *currentDialog() const { return m_dialog; }

Q_SIGNALS:
    void finished(int resolvedCount);

private:
    void openNext();

    client::OfflineStore *m_store;
    QWidget *m_window;
    QPointer<ConflictDialog> m_dialog;
    QSet<qint64> m_shown;
    int m_resolved = 0;
};

} // namespace nb::ui
