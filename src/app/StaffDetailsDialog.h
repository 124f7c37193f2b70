// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditChoices.h"
#include "ValidatingDialog.h"

#include "staffpath/model/School.h"
#include "staffpath/model/Staff.h"

#include <QList>

#include <memory>
#include <vector>

namespace Ui {
class StaffDetailsDialog;
}

namespace staffpath::app {

/**
 * Adds or edits a member of staff's own details: Personal (names, date of birth, email, NI number, prior career)
 * beside Employment (payroll number, school, team, line manager, contract, FTE, dates, TRN, QTS, induction, headship
 * aspiration). The line manager is a searchable list of `lineManagers` (the person themself is left out); the
 * school is one of `schools`. value() is the edited person, id and row version carried over. Saving is the
 * caller's job, after accept().
 */
class StaffDetailsDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    StaffDetailsDialog(const Staff& staff, StaffValidator validator, const QList<StaffChoice>& lineManagers,
                       const std::vector<School>& schools, QWidget* parent = nullptr);
    ~StaffDetailsDialog() override;

    Staff value() const;

protected:
    services::FieldIssues collectIssues() const override;

private:
    Staff build(services::FieldIssues* issues) const;
    void load(const Staff& staff);
    std::optional<Id> lineManager(services::FieldIssues* issues) const;

    std::unique_ptr<Ui::StaffDetailsDialog> m_ui;
    Staff m_initial;
    StaffValidator m_validator;
};

} // namespace staffpath::app
