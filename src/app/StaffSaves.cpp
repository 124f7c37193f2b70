// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffSaves.h"

#include "Dialogs.h"
#include "DisplayText.h"
#include "EnumWords.h"

#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QStringList>

#include <algorithm>

namespace staffpath::app {

namespace {

// Enough lines to see what changed without a box taller than the screen.
constexpr int kMostFieldsListed = 8;

QString nameOf(const Staff& staff)
{
    const std::string name = staff.displayName();
    return name.empty() ? StaffSaves::tr("this member of staff") : DisplayText::text(name);
}

} // namespace

StaffSaves::StaffSaves(Dialogs& dialogs, QWidget* window, std::function<services::Workspace*()> workspace)
    : m_dialogs(dialogs)
    , m_window(window)
    , m_workspace(std::move(workspace))
{}

Status StaffSaves::save(Staff staff, FormSave* form)
{
    services::Workspace* workspace = m_workspace();
    if (workspace == nullptr) {
        return makeError(ErrorCode::NotFound, tr("Open or create a database first.").toStdString());
    }
    services::RecordEditor& editor = workspace->editor();
    if (form != nullptr) {
        m_versions[staff.id] = staff.rowVersion; // what the person at the keyboard last saw
    } else if (const auto known = m_versions.find(staff.id); known != m_versions.end()) {
        staff.rowVersion = known->second;
    }
    for (;;) {
        auto saved = editor.saveStaff(staff);
        if (saved) {
            m_versions[staff.id] = saved->rowVersion;
            return {};
        }
        if (saved.error().code != ErrorCode::Conflict) {
            return saved.error();
        }
        auto conflict = editor.staffConflict(staff);
        if (!conflict) {
            return conflict.error();
        }
        if (!conflict->has_value()) {
            return saved.error(); // a payroll number or email someone else took: the store's sentence says which
        }
        const services::StaffConflict& theirs = **conflict;
        switch (ask(form ? form->form : m_window, staff, theirs, form != nullptr)) {
        case Choice::KeepMine:
            if (form != nullptr) {
                form->replaced = theirs.theirs;
            }
            // Over the version just shown and no other: a save after it is asked about in the next round.
            staff.rowVersion = theirs.theirs.rowVersion;
            continue;
        case Choice::Cancel:
            if (form != nullptr) {
                form->backToForm = true;
            }
            return makeError(ErrorCode::Cancelled, {});
        case Choice::ReloadTheirs:
            break;
        }
        const QString shown = form ? tr("%1's details are shown as someone else saved them; your changes were not "
                                        "saved.")
                                   : tr("%1's details are shown as someone else saved them; the step that would "
                                        "have replaced them was taken off the undo list.");
        return makeError(ErrorCode::Cancelled, shown.arg(nameOf(theirs.theirs)).toStdString());
    }
}

StaffSaves::Choice StaffSaves::ask(QWidget* parent, const Staff& mine, const services::StaffConflict& conflict,
                                   bool fromForm) const
{
    QStringList buttons{tr("&Reload Theirs"), tr("&Keep Mine")};
    if (fromForm) {
        buttons << tr("Cancel");
    }
    // Escape never overwrites: from the form it goes back to it, from an undo step it keeps their version.
    const int chosen = m_dialogs.choose(parent, tr("Changed by Someone Else"), questionText(mine, conflict, fromForm),
                                        buttons, fromForm ? 2 : 0);
    switch (chosen) {
    case 1:
        return Choice::KeepMine;
    case 2:
        return Choice::Cancel;
    default:
        return Choice::ReloadTheirs;
    }
}

QString StaffSaves::questionText(const Staff& mine, const services::StaffConflict& conflict, bool fromForm) const
{
    QStringList lines;
    lines << tr("Someone else saved the details of %1 after you opened them.").arg(nameOf(conflict.theirs));
    lines << QString();
    if (conflict.fields.empty()) {
        lines << tr("Their version and yours are the same.");
    } else {
        lines << tr("Where their version and yours differ:");
        const int listed = std::min(kMostFieldsListed, static_cast<int>(conflict.fields.size()));
        for (int i = 0; i < listed; ++i) {
            const std::string& field = conflict.fields[static_cast<std::size_t>(i)];
            lines << tr("• %1: theirs %2, yours %3")
                         .arg(fieldLabel(field), valueText(conflict.theirs, field), valueText(mine, field));
        }
        if (const int more = static_cast<int>(conflict.fields.size()) - listed; more > 0) {
            lines << tr("• and %n more", nullptr, more);
        }
    }
    lines << QString();
    lines << (fromForm ? tr("Reload Theirs shows their version and drops your changes. Keep Mine saves yours over "
                            "theirs. Cancel goes back to your changes without saving.")
                       : tr("Reload Theirs keeps their version and takes this step off the undo list. Keep Mine "
                            "saves this step's values over theirs."));
    return lines.join(QLatin1Char('\n'));
}

QString StaffSaves::fieldLabel(const std::string& field)
{
    static const std::map<std::string, const char*> labels{
        {"title", QT_TR_NOOP("Title")},
        {"legal_forename", QT_TR_NOOP("Legal forename")},
        {"legal_surname", QT_TR_NOOP("Legal surname")},
        {"preferred_name", QT_TR_NOOP("Preferred name")},
        {"date_of_birth", QT_TR_NOOP("Date of birth")},
        {"email", QT_TR_NOOP("Email")},
        {"ni_number", QT_TR_NOOP("NI number")},
        {"prior_career", QT_TR_NOOP("Prior career")},
        {"payroll_number", QT_TR_NOOP("Payroll number")},
        {"school", QT_TR_NOOP("School")},
        {"team", QT_TR_NOOP("Team or department")},
        {"line_manager", QT_TR_NOOP("Line manager")},
        {"contract_type", QT_TR_NOOP("Contract type")},
        {"fte", QT_TR_NOOP("FTE")},
        {"start_date", QT_TR_NOOP("Start date")},
        {"leaving_date", QT_TR_NOOP("Leaving date")},
        {"trn", QT_TR_NOOP("TRN")},
        {"qts", QT_TR_NOOP("QTS")},
        {"qts_date", QT_TR_NOOP("QTS date")},
        {"induction_completed", QT_TR_NOOP("Induction completed")},
        {"wants_headship", QT_TR_NOOP("Wants headship")},
    };
    const auto found = labels.find(field);
    return found != labels.end() ? tr(found->second) : DisplayText::text(field);
}

QString StaffSaves::valueText(const Staff& staff, const std::string& field) const
{
    auto quoted = [](const QString& text) { return text.isEmpty() ? tr("(empty)") : tr("“%1”").arg(text); };
    if (field == "school" || field == "line_manager") {
        const std::optional<Id> id = field == "school" ? staff.schoolId : staff.lineManagerId;
        services::Workspace* workspace = id ? m_workspace() : nullptr;
        if (workspace == nullptr) {
            return quoted({});
        }
        if (field == "school") {
            if (auto schools = workspace->staff().schools()) {
                for (const School& school : schools.value()) {
                    if (school.id == *id) {
                        return quoted(DisplayText::text(school.name));
                    }
                }
            }
        } else if (auto people = workspace->staff().list()) {
            for (const StaffSummary& person : people.value()) {
                if (person.id == *id) {
                    return quoted(DisplayText::text(person.displayName));
                }
            }
        }
        return quoted(QString::number(*id));
    }
    static const std::map<std::string, std::function<QString(const Staff&)>> values{
        {"title", [](const Staff& s) { return DisplayText::text(s.title); }},
        {"legal_forename", [](const Staff& s) { return DisplayText::text(s.legalForename); }},
        {"legal_surname", [](const Staff& s) { return DisplayText::text(s.legalSurname); }},
        {"preferred_name", [](const Staff& s) { return DisplayText::text(s.preferredName); }},
        {"date_of_birth", [](const Staff& s) { return DisplayText::date(s.dateOfBirth); }},
        {"email", [](const Staff& s) { return DisplayText::text(s.email); }},
        {"ni_number", [](const Staff& s) { return DisplayText::text(s.niNumber); }},
        {"prior_career", [](const Staff& s) { return DisplayText::text(s.priorCareer); }},
        {"payroll_number", [](const Staff& s) { return DisplayText::text(s.payrollNumber); }},
        {"team", [](const Staff& s) { return DisplayText::text(s.team); }},
        {"contract_type", [](const Staff& s) { return EnumWords::text(s.contractType); }},
        {"fte", [](const Staff& s) { return DisplayText::fte(s.fte); }},
        {"start_date", [](const Staff& s) { return DisplayText::date(s.startDate); }},
        {"leaving_date", [](const Staff& s) { return DisplayText::date(s.leavingDate); }},
        {"trn", [](const Staff& s) { return DisplayText::text(s.trn); }},
        {"qts", [](const Staff& s) { return DisplayText::yesNo(s.qts); }},
        {"qts_date", [](const Staff& s) { return DisplayText::date(s.qtsDate); }},
        {"induction_completed", [](const Staff& s) { return DisplayText::date(s.inductionCompleted); }},
        {"wants_headship", [](const Staff& s) { return EnumWords::text(s.wantsHeadship); }},
    };
    const auto found = values.find(field);
    return quoted(found != values.end() ? found->second(staff) : QString());
}

} // namespace staffpath::app
