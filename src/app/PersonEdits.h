// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"
#include "StaffSaves.h"

#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Post.h"
#include "staffpath/model/QualificationHeld.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/StaffRecord.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace staffpath::engine {
class Framework;
}

namespace staffpath::services {
class Clock;
class Workspace;
} // namespace staffpath::services

namespace staffpath::app {

class Dialogs;
class ValidatingDialog;

/**
 * The edits to a person's record that the Record tab and the Edit menu offer: their details, posts,
 * qualifications and CPD, and adding someone new. Each opens its form (window-modal, so the rest of the app is
 * still drawn), checks it with services::RecordEditor as the user types, and on OK makes one undoable change
 * through `push`, which applies it and, if that worked, puts it on the window's undo stack.
 *
 * The window owns the open file and the selection; this only reads them through the Context it is given, so a
 * file opened later is the one an edit goes to.
 */
class PersonEdits : public QObject
{
    Q_OBJECT

public:
    using Push = std::function<bool(const QString& text, Id staffId, std::function<Status()> apply,
                                    std::function<Status()> revert)>;
    struct Context
    {
        std::function<services::Workspace*()> workspace;
        /** The framework for role and qualification names; may give nullptr (then titles are free text). */
        std::function<const engine::Framework*()> framework;
        /** Which generation of qualification names the forms offer first (Settings). */
        std::function<FrameworkGeneration()> generation;
        /** The selected person as last read; nullptr when nobody is selected. */
        std::function<const StaffRecord*()> record;
        Push push;
        std::function<void(const QString&)> showError;
        /** After a new person is added: select them. */
        std::function<void(Id)> select;
    };

    PersonEdits(QWidget* window, Dialogs& dialogs, const services::Clock& clock, Context context);

public Q_SLOTS:
    void addStaff();
    void editDetails();
    void addPost();
    void editPost(const staffpath::Post& post);
    void endPost(const staffpath::Post& post);
    void removePost(const staffpath::Post& post);
    void addQualification();
    void editQualification(const staffpath::QualificationHeld& qualification);
    void removeQualification(const staffpath::QualificationHeld& qualification);
    void addCpd();
    void editCpd(const staffpath::CpdRecord& record);
    void removeCpd(const staffpath::CpdRecord& record);

private:
    /** The open file's editor and the selected person, or the reason there is none (shown). */
    bool ready(bool needPerson = true) const;
    QString personName() const;
    void openPostDialog(const Post& post, int mode);
    void openQualificationDialog(const QualificationHeld& qualification);
    void openCpdDialog(const CpdRecord& record);
    /** Shows `dialog` window-modal and runs `accepted` on OK; the dialog deletes itself when closed. */
    void show(ValidatingDialog* dialog, const QString& objectName, std::function<void()> accepted);
    /** The undoable save of Edit Details; false keeps the form open (Cancel in "changed by someone else"). */
    bool saveDetails(QWidget* form, const Staff& before, const Staff& after);

    QWidget* m_window;
    Dialogs& m_dialogs;
    const services::Clock& m_clock;
    Context m_context;
    StaffSaves m_staffSaves;
};

} // namespace staffpath::app
