// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/services/Compliance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace staffpath::app {

class ComplianceTableModel;

/**
 * View → Training & Requirements: staff down, requirements across, each cell coloured and worded (valid, due with
 * its date, overdue, missing). A school filter and "Only people with something due" narrow it; double-clicking a
 * row asks the main window to select that person. It displays a grid the core worked out; MainWindow reads it.
 */
class ComplianceView : public QDialog
{
    Q_OBJECT

public:
    explicit ComplianceView(services::ComplianceGrid grid, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ComplianceTableModel* model() const { return m_model; }
    QComboBox* schoolFilter() const { return m_school; }
    QCheckBox* onlyProblems() const { return m_onlyProblems; }

Q_SIGNALS:
    void personActivated(staffpath::Id staffId);

private:
    void applyFilter();

    ComplianceTableModel* m_model;
    QTableView* m_table;
    QComboBox* m_school;
    QCheckBox* m_onlyProblems;
    QLabel* m_summary;
};

} // namespace staffpath::app
