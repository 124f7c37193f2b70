// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CpdRecord.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/Post.h"
#include "staffpath/model/QualificationHeld.h"
#include "staffpath/model/Staff.h"
#include "staffpath/services/RecordEditor.h"

#include <QString>

#include <functional>

namespace staffpath::app {

// The edit dialogs ask a validator (services::RecordEditor::validate in the window, a lambda in tests) about the
// value being edited; an empty function means no rules beyond what the dialog itself can read.
using StaffValidator = std::function<services::FieldIssues(const Staff&)>;
using PostValidator = std::function<services::FieldIssues(const Post&)>;
using QualificationValidator = std::function<services::FieldIssues(const QualificationHeld&)>;
using CpdValidator = std::function<services::FieldIssues(const CpdRecord&)>;

/** A person offered as a line manager. */
struct StaffChoice
{
    Id id = 0;
    QString name;
};

/** A framework role's title or one of its aliases, offered as a post title. `alias` is empty for the title. */
struct RoleChoice
{
    QString roleId;
    QString title;
    QString alias;
};

/** A framework qualification of either generation ("q.npqsl", "NPQSL: senior leadership"). */
struct QualificationChoice
{
    QString qualificationId;
    QString name;
};

} // namespace staffpath::app
