// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Ids.h"
#include "staffpath/model/StaffRecord.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace staffpath::app {

class CpdRecordTableModel;
class PostTableModel;
class QualificationTableModel;
class TrainingNotice;

/**
 * The record card for one member of staff: who they are, their current post and pay, professional status, their
 * posts over time, qualifications, and CPD totals with the most recent records. Shows a placeholder sentence when
 * no one is selected. It only renders a StaffRecord; fetching it is the window's job, and so is editing: the
 * buttons beside each list (and a double-click on a row) ask for it with the row's value.
 */
class PersonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PersonPanel(QWidget* parent = nullptr);

    /** Shows the record; any training warnings of the person shown before are cleared. */
    void showRecord(const StaffRecord& record);
    /** Due, overdue and missing training for the person shown, as sentences; none hides the box. */
    void setTrainingWarnings(const QStringList& warnings);
    TrainingNotice* trainingNotice() const { return m_trainingNotice; }
    /** Back to the placeholder, which says `message` (a default sentence when empty). */
    void clear(const QString& message = {});

    std::optional<Id> staffId() const { return m_staffId; }
    QString displayedName() const;

    QualificationTableModel* qualificationModel() const { return m_qualificationModel; }
    CpdRecordTableModel* cpdModel() const { return m_cpdModel; }
    PostTableModel* postModel() const { return m_postModel; }
    QTableView* postsView() const { return m_postsView; }
    QTableView* qualificationsView() const { return m_qualificationsView; }
    QTableView* cpdView() const { return m_cpdView; }

Q_SIGNALS:
    void editDetailsRequested();
    void addPostRequested();
    void editPostRequested(const staffpath::Post& post);
    void endPostRequested(const staffpath::Post& post);
    void removePostRequested(const staffpath::Post& post);
    void addQualificationRequested();
    void editQualificationRequested(const staffpath::QualificationHeld& qualification);
    void removeQualificationRequested(const staffpath::QualificationHeld& qualification);
    void addCpdRequested();
    void editCpdRequested(const staffpath::CpdRecord& record);
    void removeCpdRequested(const staffpath::CpdRecord& record);

private:
    QWidget* createRecordPage();
    QGroupBox* createEmploymentGroup();
    QGroupBox* createStatusGroup();
    QGroupBox* createPostsGroup();
    QGroupBox* createQualificationsGroup();
    QGroupBox* createCpdGroup();
    QLabel* addField(QFormLayout* form, QWidget* parent, const QString& label, const QString& objectName);
    static void addColumns(QGroupBox* group, QFormLayout* left, QFormLayout* right);
    static void fitHeightToRows(QTableView* view, int rows);
    static void setValue(QLabel* label, const QString& value);
    static QTableView* createTable(QWidget* parent, const QString& objectName, const QString& accessibleName);
    static QPushButton* createButton(QWidget* parent, const QString& text, const QString& objectName);
    /** The buttons under a list, left-aligned; those in `needRow` are enabled only while a row is selected. */
    static QLayout* buttonRow(QTableView* view, const QList<QPushButton*>& buttons, const QList<QPushButton*>& needRow);
    static int selectedRow(const QTableView* view);
    void connectEditing();

    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholderLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    TrainingNotice* m_trainingNotice = nullptr;
    QLabel* m_postValue = nullptr;
    QLabel* m_schoolValue = nullptr;
    QLabel* m_teamValue = nullptr;
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
    QPushButton* m_editDetailsButton = nullptr;
    QGroupBox* m_postsGroup = nullptr;
    QTableView* m_postsView = nullptr;
    QPushButton* m_addPostButton = nullptr;
    QPushButton* m_editPostButton = nullptr;
    QPushButton* m_endPostButton = nullptr;
    QPushButton* m_removePostButton = nullptr;
    QPushButton* m_addQualificationButton = nullptr;
    QPushButton* m_editQualificationButton = nullptr;
    QPushButton* m_removeQualificationButton = nullptr;
    QPushButton* m_addCpdButton = nullptr;
    QPushButton* m_editCpdButton = nullptr;
    QPushButton* m_removeCpdButton = nullptr;
    QGroupBox* m_qualificationsGroup = nullptr;
    QTableView* m_qualificationsView = nullptr;
    QGroupBox* m_cpdGroup = nullptr;
    QLabel* m_cpdTotalsLabel = nullptr;
    QTableView* m_cpdView = nullptr;
    QualificationTableModel* m_qualificationModel = nullptr;
    CpdRecordTableModel* m_cpdModel = nullptr;
    PostTableModel* m_postModel = nullptr;
    std::optional<Id> m_staffId;
};

} // namespace staffpath::app
