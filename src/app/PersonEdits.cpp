// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonEdits.h"

#include "CpdDialog.h"
#include "DisplayText.h"
#include "EditChoices.h"
#include "PostDialog.h"
#include "QualificationDialog.h"
#include "StaffDetailsDialog.h"

#include "staffpath/engine/Framework.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/PerformanceCycle.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QWidget>

#include <memory>
#include <utility>

namespace staffpath::app {

namespace {

using services::RecordEditor;

/** The three store calls an undoable add, change or removal of one kind of row is made of. */
template <typename T>
struct RowCalls
{
    Result<Id> (RecordEditor::*add)(const T&);
    Status (RecordEditor::*save)(const T&);
    Status (RecordEditor::*remove)(Id);
};

constexpr RowCalls<Post> kPostCalls{&RecordEditor::addPost, &RecordEditor::savePost, &RecordEditor::removePost};
constexpr RowCalls<QualificationHeld> kQualificationCalls{
    &RecordEditor::addQualification, &RecordEditor::saveQualification, &RecordEditor::removeQualification};
constexpr RowCalls<CpdRecord> kCpdCalls{&RecordEditor::addCpd, &RecordEditor::saveCpd, &RecordEditor::removeCpd};

// A redo of an add puts the row back under the id the first add gave it, so later steps on the stack that name
// that id (an edit of the new row) still find it.
template <typename T>
bool pushAdd(const PersonEdits::Push& push, RecordEditor* editor, const QString& text, const T& value,
             RowCalls<T> calls)
{
    auto stored = std::make_shared<T>(value);
    return push(
        text, value.staffId,
        [editor, stored, calls]() -> Status {
            auto id = (editor->*calls.add)(*stored);
            if (!id) {
                return id.error();
            }
            stored->id = id.value();
            return {};
        },
        [editor, stored, calls] { return (editor->*calls.remove)(stored->id); });
}

template <typename T>
bool pushSave(const PersonEdits::Push& push, RecordEditor* editor, const QString& text, const T& before, const T& after,
              RowCalls<T> calls)
{
    return push(
        text, after.staffId, [editor, after, calls] { return (editor->*calls.save)(after); },
        [editor, before, calls] { return (editor->*calls.save)(before); });
}

template <typename T>
bool pushRemove(const PersonEdits::Push& push, RecordEditor* editor, const QString& text, const T& value,
                RowCalls<T> calls)
{
    return push(
        text, value.staffId, [editor, value, calls] { return (editor->*calls.remove)(value.id); },
        [editor, value, calls]() -> Status {
            auto id = (editor->*calls.add)(value);
            return id ? Status{} : Status{id.error()};
        });
}

std::vector<School> schoolsOf(services::Workspace& workspace)
{
    auto schools = workspace.staff().schools();
    return schools ? std::move(schools).value() : std::vector<School>{};
}

QList<RoleChoice> roleChoices(const engine::Framework* framework)
{
    QList<RoleChoice> choices;
    if (framework == nullptr) {
        return choices;
    }
    for (const auto& role : framework->roles()) {
        const QString id = DisplayText::text(role.id);
        const QString title = DisplayText::text(role.title);
        choices.append({id, title, {}});
        for (const auto& alias : role.aliases) {
            choices.append({id, title, DisplayText::text(alias)});
        }
    }
    return choices;
}

} // namespace

PersonEdits::PersonEdits(QWidget* window, Dialogs& dialogs, const services::Clock& clock, Context context)
    : QObject(window)
    , m_window(window)
    , m_dialogs(dialogs)
    , m_clock(clock)
    , m_context(std::move(context))
    , m_staffSaves(dialogs, window, m_context.workspace)
{}

bool PersonEdits::ready(bool needPerson) const
{
    if (m_context.workspace() == nullptr) {
        m_context.showError(tr("Open or create a database first."));
        return false;
    }
    if (needPerson && m_context.record() == nullptr) {
        m_context.showError(tr("Select a member of staff first."));
        return false;
    }
    return true;
}

QString PersonEdits::personName() const
{
    const StaffRecord* record = m_context.record();
    return record ? DisplayText::text(record->staff.displayName()) : QString();
}

void PersonEdits::show(ValidatingDialog* dialog, const QString& objectName, std::function<void()> accepted)
{
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDialogs(&m_dialogs);
    if (accepted) {
        connect(dialog, &QDialog::accepted, this, std::move(accepted));
    }
    dialog->open();
}

void PersonEdits::addStaff()
{
    if (!ready(false)) {
        return;
    }
    Staff initial;
    initial.startDate = m_clock.today();
    if (const StaffRecord* record = m_context.record()) {
        initial.schoolId = record->staff.schoolId; // most people are added to the school being looked at
        // Their team is left empty: colleagues at one school are in many teams, and a guessed team would be
        // saved unnoticed and counted in the wrong row of the team reports.
    }
    services::Workspace* workspace = m_context.workspace();
    RecordEditor* editor = &workspace->editor();
    QList<StaffChoice> managers;
    if (auto staff = workspace->staff().list()) {
        for (const auto& person : staff.value()) {
            if (!person.leavingDate) {
                managers.append({person.id, DisplayText::text(person.displayName)});
            }
        }
    }
    auto* dialog = new StaffDetailsDialog(
        initial, [editor](const Staff& s) { return editor->validate(s); }, managers, schoolsOf(*workspace), m_window);
    dialog->setWindowTitle(tr("Add Member of Staff"));
    show(dialog, QStringLiteral("addStaffDialog"), [this, dialog, editor] {
        auto stored = std::make_shared<Staff>(dialog->value());
        const bool added = m_context.push(
            tr("Add %1").arg(DisplayText::text(stored->displayName())), 0,
            [editor, stored]() -> Status {
                auto id = editor->addStaff(*stored);
                if (!id) {
                    return id.error();
                }
                stored->id = id.value();
                return {};
            },
            [editor, stored] { return editor->removeStaff(stored->id); });
        if (added) {
            m_context.select(stored->id);
        }
    });
}

void PersonEdits::editDetails()
{
    if (!ready()) {
        return;
    }
    services::Workspace* workspace = m_context.workspace();
    RecordEditor* editor = &workspace->editor();
    const Staff before = m_context.record()->staff;
    QList<StaffChoice> managers;
    if (auto staff = workspace->staff().list()) {
        for (const auto& person : staff.value()) {
            if (!person.leavingDate || person.id == before.lineManagerId) {
                managers.append({person.id, DisplayText::text(person.displayName)});
            }
        }
    }
    auto* dialog = new StaffDetailsDialog(
        before, [editor](const Staff& s) { return editor->validate(s); }, managers, schoolsOf(*workspace), m_window);
    // Saved before the form closes, so "changed by someone else" can send the user back to their changes.
    dialog->setCommit([this, dialog, before] { return saveDetails(dialog, before, dialog->value()); });
    show(dialog, QStringLiteral("staffDetailsDialog"), {});
}

bool PersonEdits::saveDetails(QWidget* form, const Staff& before, const Staff& after)
{
    StaffSaves* saves = &m_staffSaves;
    auto first = std::make_shared<StaffSaves::FormSave>();
    first->form = form;
    auto applied = std::make_shared<bool>(false);
    auto revertTo = std::make_shared<Staff>(before);
    m_context.push(
        tr("Edit details of %1").arg(DisplayText::text(after.displayName())), after.id,
        [saves, after, first, applied, revertTo]() -> Status {
            if (std::exchange(*applied, true)) {
                return saves->save(after);
            }
            const Status saved = saves->save(after, first.get());
            if (first->replaced) {
                *revertTo = *first->replaced; // undoing a deliberate overwrite brings back what it replaced
            }
            return saved;
        },
        [saves, revertTo] { return saves->save(*revertTo); });
    return !first->backToForm;
}

void PersonEdits::addPost()
{
    if (!ready()) {
        return;
    }
    const StaffRecord* record = m_context.record();
    Post initial;
    initial.staffId = record->staff.id;
    initial.schoolId = record->staff.schoolId;
    initial.from = m_clock.today();
    initial.fte = record->staff.fte;
    openPostDialog(initial, static_cast<int>(PostDialog::Mode::Add));
}

void PersonEdits::editPost(const Post& post)
{
    if (ready()) {
        openPostDialog(post, static_cast<int>(PostDialog::Mode::Edit));
    }
}

void PersonEdits::endPost(const Post& post)
{
    if (ready()) {
        openPostDialog(post, static_cast<int>(PostDialog::Mode::End));
    }
}

void PersonEdits::openPostDialog(const Post& post, int modeValue)
{
    const auto mode = static_cast<PostDialog::Mode>(modeValue);
    services::Workspace* workspace = m_context.workspace();
    RecordEditor* editor = &workspace->editor();
    auto* dialog = new PostDialog(
        post, [editor](const Post& p) { return editor->validate(p); }, roleChoices(m_context.framework()),
        schoolsOf(*workspace), m_window);
    dialog->setMode(mode, m_clock.today());
    show(dialog, QStringLiteral("postDialog"), [this, dialog, editor, post, mode] {
        const Post after = dialog->value();
        const QString title = DisplayText::text(after.title);
        if (mode == PostDialog::Mode::Add) {
            pushAdd(m_context.push, editor, tr("Add post \"%1\"").arg(title), after, kPostCalls);
        } else if (mode == PostDialog::Mode::End) {
            pushSave(m_context.push, editor, tr("End post \"%1\"").arg(title), post, after, kPostCalls);
        } else {
            pushSave(m_context.push, editor, tr("Edit post \"%1\"").arg(title), post, after, kPostCalls);
        }
    });
}

void PersonEdits::removePost(const Post& post)
{
    if (ready()) {
        pushRemove(m_context.push, &m_context.workspace()->editor(),
                   tr("Remove post \"%1\"").arg(DisplayText::text(post.title)), post, kPostCalls);
    }
}

void PersonEdits::addQualification()
{
    if (!ready()) {
        return;
    }
    QualificationHeld initial;
    initial.staffId = m_context.record()->staff.id;
    initial.status = QualificationStatus::Planned;
    openQualificationDialog(initial);
}

void PersonEdits::editQualification(const QualificationHeld& qualification)
{
    if (ready()) {
        openQualificationDialog(qualification);
    }
}

void PersonEdits::openQualificationDialog(const QualificationHeld& qualification)
{
    RecordEditor* editor = &m_context.workspace()->editor();
    auto* dialog = new QualificationDialog(
        qualification, [editor](const QualificationHeld& q) { return editor->validate(q); },
        m_context.framework() ? QualificationDialog::choices(*m_context.framework(), m_context.generation())
                              : QList<QualificationChoice>{},
        m_window);
    show(dialog, QStringLiteral("qualificationDialog"), [this, dialog, editor, qualification] {
        const QualificationHeld after = dialog->value();
        const QString name = DisplayText::text(after.name);
        if (qualification.id == 0) {
            pushAdd(m_context.push, editor, tr("Add qualification \"%1\"").arg(name), after, kQualificationCalls);
        } else {
            pushSave(m_context.push, editor, tr("Edit qualification \"%1\"").arg(name), qualification, after,
                     kQualificationCalls);
        }
    });
}

void PersonEdits::removeQualification(const QualificationHeld& qualification)
{
    if (ready()) {
        pushRemove(m_context.push, &m_context.workspace()->editor(),
                   tr("Remove qualification \"%1\"").arg(DisplayText::text(qualification.name)), qualification,
                   kQualificationCalls);
    }
}

void PersonEdits::addCpd()
{
    if (!ready()) {
        return;
    }
    CpdRecord initial;
    initial.staffId = m_context.record()->staff.id;
    initial.start = m_clock.today();
    openCpdDialog(initial);
}

void PersonEdits::editCpd(const CpdRecord& record)
{
    if (ready()) {
        openCpdDialog(record);
    }
}

void PersonEdits::openCpdDialog(const CpdRecord& record)
{
    RecordEditor* editor = &m_context.workspace()->editor();
    auto* dialog = new CpdDialog(
        record, [editor](const CpdRecord& r) { return editor->validate(r); }, m_window);
    if (auto objectives = services::allObjectives(m_context.workspace()->database(), record.staffId);
        objectives && !objectives->empty()) {
        QList<QPair<Id, QString>> choices;
        for (const PmObjective& o : *objectives) {
            choices.append({o.id, QStringLiteral("%1: %2").arg(
                                      QString::fromStdString(services::CycleCalendar::yearLabel(o.cycleYear)),
                                      QString::fromStdString(o.text))});
        }
        dialog->setObjectives(choices);
    }
    show(dialog, QStringLiteral("cpdDialog"), [this, dialog, editor, record] {
        const CpdRecord after = dialog->value();
        const QString title = DisplayText::text(after.title);
        if (record.id == 0) {
            pushAdd(m_context.push, editor, tr("Add CPD \"%1\"").arg(title), after, kCpdCalls);
        } else {
            pushSave(m_context.push, editor, tr("Edit CPD \"%1\"").arg(title), record, after, kCpdCalls);
        }
    });
}

void PersonEdits::removeCpd(const CpdRecord& record)
{
    if (ready()) {
        pushRemove(m_context.push, &m_context.workspace()->editor(),
                   tr("Remove CPD \"%1\"").arg(DisplayText::text(record.title)), record, kCpdCalls);
    }
}

} // namespace staffpath::app
