// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CareerConversation.h"
#include "staffpath/model/Ids.h"
#include "staffpath/services/RecordEditor.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QWidget;

namespace Ui {
class ConversationDialog;
}

namespace staffpath::app {

/**
 * Records or edits a career conversation: when, who led it, the three-year answer, the target role, notes,
 * the agreed actions (who does what by when) and the next review. Nothing is saved here: the caller takes
 * value() after accept() and saves it as one undoable edit.
 *
 * Mistakes are shown at the field that has them, in a sentence, and Save keeps the dialog open until none is
 * left: dates are read as people type them (parseDateInput) and the rest is checked by the validator the
 * caller passes (services::RecordEditor::validate), so the dialog and the service can never disagree.
 */
class ConversationDialog : public QDialog
{
    Q_OBJECT

public:
    using Validator = std::function<services::FieldIssues(const CareerConversation&)>;
    /** A typed target role read as a framework role: (role id, the framework's title), or nullopt. */
    using RoleReader = std::function<std::optional<std::pair<std::string, std::string>>(const QString&)>;

    ConversationDialog(const CareerConversation& initial, Validator validator, QWidget* parent = nullptr);
    ~ConversationDialog() override;

    /** Colleagues who might lead it, for the "Led by" list: (staff id, name). */
    void setLeaders(const QList<QPair<Id, QString>>& leaders);
    /** Titles and aliases offered while typing the target, and how typed text is read as a role. */
    void setRoles(const QStringList& names, RoleReader reader);

    CareerConversation value() const;
    /** The sentence shown at `field` (a FieldIssue field name), empty when it has none. */
    QString issueAt(const QString& field) const;
    /** Checks everything and marks what is wrong; true when nothing is. */
    bool check();

    Ui::ConversationDialog* ui() const { return m_ui.get(); }

public Q_SLOTS:
    void accept() override;
    void addAction();
    void removeSelectedAction();

private:
    /** Date fields that do not parse, as FieldIssues, with the parse error's sentence. */
    services::FieldIssues dateIssues() const;
    void showIssues(const services::FieldIssues& issues);
    QWidget* widgetFor(const QString& field) const;
    QLabel* labelFor(const QString& field) const;

    std::unique_ptr<Ui::ConversationDialog> m_ui;
    CareerConversation m_initial;
    Validator m_validator;
    RoleReader m_roleReader;
    QHash<QString, QString> m_issues;
};

} // namespace staffpath::app
