#pragma once

#include "client/offlinestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace nb::ui {

// One line of the conflict view: a field, what the user wanted and what the server has now.
struct ConflictRow
{
    QString field; // the API's name, or ConflictForm::wholeObject for a contact deleted locally
    QString label;
    QString localText;
    QString serverText;
    bool differs = false;
};

// The work behind the conflict view (no widgets): the per-field rows of a Conflict (arrays such as
// areas or addresses shown joined) and the object the user chose from them. A differing field has
// no choice until the user makes one: nothing is decided on the user's behalf, and the conflict
// is complete only when every differing field has a choice. Equal fields keep the server's value.
class ConflictForm
{
    Q_DECLARE_TR_FUNCTIONS(nb::ui::ConflictForm)

public:
    enum class Choice
    {
        None,
        Mine,
        Server
    };

    static const QString wholeObject; // the row of a contact the user deleted and the server kept

    explicit ConflictForm(const client::Conflict &conflict);

    const client::Conflict &conflict() const { return m_conflict; }
    QString title() const; // names the object, e.g. "Conflict: contact Jonas Weber"
    const QList<ConflictRow> &rows() const { return m_rows; }
    int differingCount() const;

    Choice choice(const QString &field) const { return m_choices.value(field, Choice::None); }
    void choose(const QString &field, Choice choice);
    void chooseAll(Choice choice);
    bool isComplete() const; // every differing field has a choice

    // The server's object with the fields chosen as "mine" taken from the local side; an empty
    // object when the user keeps the deletion of a contact (OfflineStore::resolveConflict).
    QJsonObject chosen() const;

    // How a value reads in the view: labels for areas, salutation and language, arrays joined.
    static QString displayText(const QString &field, const QJsonValue &value);

private:
    void buildRows();
    QString displayName() const;

    client::Conflict m_conflict;
    QList<ConflictRow> m_rows;
    QHash<QString, Choice> m_choices;
};

} // namespace nb::ui
