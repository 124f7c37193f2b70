// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValidatingDialog.h"

#include "staffpath/model/PmObjective.h"

#include <functional>
#include <memory>

namespace Ui {
class ObjectiveDialog;
}

namespace staffpath::app {

/**
 * Adds or edits a performance-management objective: category, text, the school priority it serves, success
 * criteria and status. The checks are the caller's (services::PerformanceCycle), so the form and the save agree;
 * value() is the edited objective with id, owner and cycle year carried over.
 */
class ObjectiveDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    using Validator = std::function<services::FieldIssues(const PmObjective&)>;

    ObjectiveDialog(const PmObjective& objective, Validator validator, QWidget* parent = nullptr);
    ~ObjectiveDialog() override;

    PmObjective value() const;
    Ui::ObjectiveDialog* ui() const { return m_ui.get(); }

    static QString text(ObjectiveCategory category);
    static QString text(ObjectiveStatus status);

protected:
    services::FieldIssues collectIssues() const override;

private:
    std::unique_ptr<Ui::ObjectiveDialog> m_ui;
    PmObjective m_initial;
    Validator m_validator;
};

} // namespace staffpath::app
