// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Explainer.h"
#include "staffpath/reports/PlanReport.h"

#include <QCoreApplication>
#include <QString>

namespace staffpath::reports {

/**
 * Writes a PlanReportInput as HTML, one section at a time. Every text that came from a person or a file is
 * escaped on its way in (esc()); only the markup written here is left as it is. Borrows the input, which
 * must outlive it.
 */
class PlanHtml
{
    Q_DECLARE_TR_FUNCTIONS(staffpath::reports::PlanHtml)

public:
    explicit PlanHtml(const PlanReportInput& input);

    QString build() const;

private:
    QString heading() const;
    QString profile() const;
    QString qualifications() const;
    QString cpd() const;
    QString suggestions() const;
    QString plan() const;
    QString conversation() const;
    QString signOff() const;

    /** The latest conversation that may be printed; nullptr when there is none. */
    const CareerConversation* shownConversation() const;
    const Post* currentPost() const;
    QString targetRole() const;
    QString title(const std::string& id) const;

    const PlanReportInput& m_input;
    engine::Explainer m_explain;
};

} // namespace staffpath::reports
