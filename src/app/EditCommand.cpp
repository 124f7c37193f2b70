// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include <utility>

namespace staffpath::app {

EditCommand::EditCommand(const QString& text, Id staffId, Step apply, Step revert, AfterStep after)
    : QUndoCommand(text)
    , m_staffId(staffId)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
    , m_after(std::move(after))
{}

void EditCommand::redo()
{
    if (m_appliedOnce) {
        m_appliedOnce = false;
        return;
    }
    run(m_apply);
}

void EditCommand::undo()
{
    run(m_revert);
}

void EditCommand::run(const Step& step)
{
    const Status outcome = step();
    if (!outcome) {
        setObsolete(true);
    }
    if (m_after) {
        m_after(m_staffId, outcome);
    }
}

} // namespace staffpath::app
