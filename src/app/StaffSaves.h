// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/Staff.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <string>

class QWidget;

namespace staffpath::services {
struct StaffConflict;
class Workspace;
} // namespace staffpath::services

namespace staffpath::app {

class Dialogs;

/**
 * Saves a person's details for Edit Details and its undo steps. When someone else saved that person first (the
 * stored row version moved on), the user chooses through the Dialogs seam instead of anyone being overwritten
 * unseen: Reload Theirs, Keep Mine (services::RecordEditor::overwriteStaff over the version shown, asked again
 * if yet another save came in between) or, from the form, Cancel to go back to it.
 *
 * It remembers the row version this window last saved for each person, so undoing an older step after a newer
 * one of the same person is not mistaken for someone else's change. Reload Theirs leaves that memory as it was,
 * so an older undo step that would overwrite their version asks first too.
 */
class StaffSaves
{
    Q_DECLARE_TR_FUNCTIONS(staffpath::app::StaffSaves)

public:
    /** The first save of an edit, from the form. */
    struct FormSave
    {
        QWidget* form = nullptr;       ///< the question's parent
        bool backToForm = false;       ///< set when the user chose Cancel: nothing saved, the form stays open
        std::optional<Staff> replaced; ///< set when Keep Mine replaced someone else's version: undo brings it back
    };

    StaffSaves(Dialogs& dialogs, QWidget* window, std::function<services::Workspace*()> workspace);

    /**
     * Saves `staff`: with `form`, over the version the form was opened on (staff.rowVersion); without, an undo
     * or redo, over the version this window last saved. Ok when it was saved, by Keep Mine too. Reload Theirs
     * and Cancel write nothing and give Cancelled, with a sentence saying what is shown now (none for Cancel).
     * Any other refusal is the store's.
     */
    Status save(Staff staff, FormSave* form = nullptr);

    /** The question's text: whose details, where the two versions differ, and what each button does. */
    QString questionText(const Staff& mine, const services::StaffConflict& conflict, bool fromForm) const;

private:
    enum class Choice { ReloadTheirs, KeepMine, Cancel };

    Choice ask(QWidget* parent, const Staff& mine, const services::StaffConflict& conflict, bool fromForm) const;
    static QString fieldLabel(const std::string& field);
    QString valueText(const Staff& staff, const std::string& field) const;

    Dialogs& m_dialogs;
    QWidget* m_window;
    std::function<services::Workspace*()> m_workspace;
    std::map<Id, int> m_versions; ///< ids are the open file's; a save from a form sets its entry before use
};

} // namespace staffpath::app
