// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValidatingDialog.h"

#include "staffpath/model/School.h"
#include "staffpath/model/StaffSummary.h"
#include "staffpath/services/BulkCpd.h"

#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class BulkCpdDialog;
}

namespace staffpath::app {

class BulkCpdPeopleModel;
class BulkCpdPeopleFilter;

using BulkCpdValidator = std::function<services::FieldIssues(const services::BulkCpdEntry&)>;

/**
 * Records one piece of training (an INSET day, a trust conference) for several people: the activity at the top,
 * the people below with a check each and their own hours or cost where they differ. The cost typed is the
 * total for everyone, split in pence (docs/cpd.md). OK stays disabled until the entry is valid; the form says
 * why beside the field.
 */
class BulkCpdDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    BulkCpdDialog(std::vector<StaffSummary> staff, const std::vector<School>& schools, const Date& startDate,
                  BulkCpdValidator validator, QWidget* parent = nullptr);
    ~BulkCpdDialog() override;

    services::BulkCpdEntry value() const;
    BulkCpdPeopleModel* people() const { return m_people; }
    /** Checks the person whose record is open, so the usual case needs one click fewer. */
    void preselect(Id staffId);

protected:
    services::FieldIssues collectIssues() const override;

private:
    services::BulkCpdEntry build(services::FieldIssues* issues) const;
    void updateState();

    std::unique_ptr<Ui::BulkCpdDialog> m_ui;
    BulkCpdPeopleModel* m_people;
    BulkCpdPeopleFilter* m_filter;
    BulkCpdValidator m_validator;
};

} // namespace staffpath::app
