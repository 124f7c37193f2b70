// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/StaffRecord.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace staffpath::app {

class CpdRecordTableModel;
class QualificationTableModel;

/**
 * The read-only record card for one member of staff: who they are, their current post and pay, professional
 * status, qualifications, and CPD totals with the most recent records. Shows a placeholder sentence when no one
 * is selected. It only renders a StaffRecord; fetching it is the window's job.
 */
class PersonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PersonPanel(QWidget* parent = nullptr);

    void showRecord(const StaffRecord& record);
    /** Back to the placeholder, which says `message` (a default sentence when empty). */
    void clear(const QString& message = {});

    std::optional<Id> staffId() const { return m_staffId; }
    QString displayedName() const;

    QualificationTableModel* qualificationModel() const { return m_qualificationModel; }
    CpdRecordTableModel* cpdModel() const { return m_cpdModel; }

private:
    QWidget* createRecordPage();
    QGroupBox* createEmploymentGroup();
    QGroupBox* createStatusGroup();
    QGroupBox* createQualificationsGroup();
    QGroupBox* createCpdGroup();
    QLabel* addField(QFormLayout* form, QWidget* parent, const QString& label, const QString& objectName);
    static void addColumns(QGroupBox* group, QFormLayout* left, QFormLayout* right);
    static void fitHeightToRows(QTableView* view, int rows);
    static void setValue(QLabel* label, const QString& value);
    static QTableView* createTable(QWidget* parent, const QString& objectName, const QString& accessibleName);

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholderLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_postValue = nullptr;
    QLabel* m_schoolValue = nullptr;
    QLabel* m_gradeValue = nullptr;
    QLabel* m_fteValue = nullptr;
    QLabel* m_contractValue = nullptr;
    QLabel* m_startValue = nullptr;
    QLabel* m_lineManagerValue = nullptr;
    QLabel* m_qtsValue = nullptr;
    QLabel* m_inductionValue = nullptr;
    QLabel* m_trnValue = nullptr;
    QLabel* m_payrollValue = nullptr;
    QLabel* m_emailValue = nullptr;
    QGroupBox* m_qualificationsGroup = nullptr;
    QTableView* m_qualificationsView = nullptr;
    QGroupBox* m_cpdGroup = nullptr;
    QLabel* m_cpdTotalsLabel = nullptr;
    QTableView* m_cpdView = nullptr;
    QualificationTableModel* m_qualificationModel = nullptr;
    CpdRecordTableModel* m_cpdModel = nullptr;
    std::optional<Id> m_staffId;
};

} // namespace staffpath::app
