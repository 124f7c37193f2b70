// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/PathwayEngine.h"

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;
class QTableWidget;

namespace staffpath::app {

/**
 * View → Succession: every critical role (head, deputy, SENCO, SBM, DSL, …) with how many hold it, are ready
 * now and are ready within two years; roles with nobody come first and are marked. Selecting a role lists
 * the people in each band. It displays what the engine worked out; MainWindow gathers the people.
 */
class SuccessionDialog : public QDialog
{
    Q_OBJECT

public:
    SuccessionDialog(const engine::PathwayEngine& engine, std::vector<engine::Person> people, const Date& asOf,
                     QWidget* parent = nullptr);

    QTableWidget* rolesTable() const { return m_roles; }
    /** Selects the role with this id and shows its people; false when it is not a listed role. */
    bool selectRole(const QString& roleId);

    QListWidget* band(int index) const { return m_bands.at(static_cast<std::size_t>(index)); }

private:
    void showRole(int row);

    const engine::PathwayEngine& m_engine;
    std::vector<engine::Person> m_people;
    Date m_asOf;
    std::vector<engine::CoverageLine> m_lines;
    QTableWidget* m_roles;
    QLabel* m_heading;
    std::vector<QListWidget*> m_bands;
};

} // namespace staffpath::app
