// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/StaffRecord.h"

#include <QFrame>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace staffpath::services {
class Workspace;
}

namespace staffpath::app {

/**
 * One person's required training that is due, overdue or missing, as sentences for the top of their record, most
 * pressing first; empty when everything is valid. Reads only that person (their record plus one query), so it is
 * cheap enough for every selection. A rules file or database that cannot be read gives one sentence saying so.
 */
QStringList trainingWarnings(const services::Workspace& workspace, const StaffRecord& record, const Date& today);

/**
 * The box at the top of the Record tab that lists those sentences in the Pathway tab's "Worth knowing first"
 * style. Hidden when there is nothing to say, so a clean record looks clean.
 */
class TrainingNotice : public QFrame
{
    Q_OBJECT

public:
    explicit TrainingNotice(QWidget* parent = nullptr);

    void setWarnings(const QStringList& warnings);
    QStringList warnings() const { return m_warnings; }

private:
    QVBoxLayout* m_lines = nullptr;
    QStringList m_warnings;
};

} // namespace staffpath::app
