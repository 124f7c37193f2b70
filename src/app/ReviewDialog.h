// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValidatingDialog.h"

#include "staffpath/model/PmReview.h"

#include <QList>
#include <QPair>

#include <functional>
#include <memory>

namespace Ui {
class ReviewDialog;
}

namespace staffpath::app {

/**
 * Records or edits a performance-management review: its kind, the day held, the reviewer, summary, outcome and
 * whether it is confidential (on by default). The caller's validator says what refuses the save (a date outside
 * the cycle at "held_on"; a final review before every objective has an outcome at "kind").
 */
class ReviewDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    using Validator = std::function<services::FieldIssues(const PmReview&)>;

    ReviewDialog(const PmReview& review, Validator validator, const QList<QPair<Id, QString>>& reviewers,
                 QWidget* parent = nullptr);
    ~ReviewDialog() override;

    PmReview value() const;
    Ui::ReviewDialog* ui() const { return m_ui.get(); }

    static QString text(ReviewKind kind);

protected:
    services::FieldIssues collectIssues() const override;

private:
    PmReview build(services::FieldIssues* issues) const;

    std::unique_ptr<Ui::ReviewDialog> m_ui;
    PmReview m_initial;
    Validator m_validator;
};

} // namespace staffpath::app
