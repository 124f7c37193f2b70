// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/Result.h"

#include <QUndoCommand>

#include <functional>

namespace staffpath::app {

/**
 * One undoable change to the open database: a pair of service calls that each either happen wholly or not at
 * all (every store write is one transaction). The change is made once before the command is pushed (so a
 * refusal never reaches the stack), which is why the first redo() does nothing.
 *
 * If a later undo or redo is refused (the disk is full; for a person's details, the user chose to keep someone
 * else's newer version), the command reports it and makes itself obsolete: QUndoStack drops it rather than
 * pretending the change was undone.
 */
class EditCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    /** Called after every undo and redo with the person it touched and how it went. */
    using AfterStep = std::function<void(Id staffId, const Status& outcome)>;

    EditCommand(const QString& text, Id staffId, Step apply, Step revert, AfterStep after);

    void redo() override;
    void undo() override;

    Id staffId() const { return m_staffId; }

private:
    void run(const Step& step);

    Id m_staffId;
    Step m_apply;
    Step m_revert;
    AfterStep m_after;
    bool m_appliedOnce = true;
};

} // namespace staffpath::app
