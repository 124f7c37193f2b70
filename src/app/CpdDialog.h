// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditChoices.h"
#include "ValidatingDialog.h"

#include "staffpath/model/CpdRecord.h"

#include <QList>
#include <QPair>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class CpdDialog;
}

namespace staffpath::app {

/**
 * Adds or edits one piece of professional development: the activity (title, type, provider, delivery, status,
 * dates, hours, cost and funding) beside its purpose and impact (the DfE standard's five parts, intended outcome,
 * impact level and evaluation, evidence). Cost is typed in pounds and kept in pence. value() is the edited
 * record; id, staff id and the fields this form does not show (event, linked qualification, objective,
 * confidentiality) are carried over.
 */
class CpdDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    CpdDialog(const CpdRecord& record, CpdValidator validator, QWidget* parent = nullptr);
    ~CpdDialog() override;

    CpdRecord value() const;
    /**
     * Offers the person's performance-management objectives, (id, label), in an "Objective" list the CPD can be
     * linked to; without this call the link is kept as it was.
     */
    void setObjectives(const QList<QPair<Id, QString>>& objectives);

    /** "£120.50", "120.5", "1,200", "" (nothing: 0) in pence; nullopt for text that is not an amount. */
    static std::optional<std::int64_t> parsePounds(const QString& text);
    /** 12050 → "120.50"; what the cost field shows. */
    static QString poundsText(std::int64_t pence);

protected:
    services::FieldIssues collectIssues() const override;

private:
    CpdRecord build(services::FieldIssues* issues) const;
    void load(const CpdRecord& record);

    std::unique_ptr<Ui::CpdDialog> m_ui;
    CpdRecord m_initial;
    CpdValidator m_validator;
    QComboBox* m_objective = nullptr;
};

} // namespace staffpath::app
