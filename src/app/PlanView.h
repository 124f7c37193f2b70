// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/CareerConversation.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/PlanItem.h"
#include "staffpath/model/StaffRecord.h"

#include <QList>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

namespace staffpath::app {

/**
 * The "Plan" tab: the person's development plan (the steps agreed, in order, with their due dates and where
 * each stands) above their career conversations (newest first, the selected one in full). It only displays
 * and asks: every change goes out as a signal, and MainWindow turns it into an undoable edit.
 */
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(QWidget* parent = nullptr);

    /** `targetTitle` names the role a route leads to ("Deputy headteacher"); empty when it is not known. */
    void showRecord(const StaffRecord& record, bool showConfidential = true, const QString& targetTitle = {});
    void clear(const QString& message = {});

    std::optional<Id> staffId() const { return m_staffId; }
    QTreeWidget* planTree() const { return m_plan; }
    QListWidget* conversationList() const { return m_conversations; }
    QTextBrowser* conversationDetail() const { return m_detail; }
    QPushButton* recordConversationButton() const { return m_record; }
    /** The selected conversation, if any (for Edit and for the tests). */
    std::optional<CareerConversation> selectedConversation() const;
    /** The plan steps selected in the tree, in plan order. */
    std::vector<PlanItem> selectedPlanItems() const;
    /** Selects the conversation with this id, if it is listed. */
    void selectConversation(Id conversationId);

Q_SIGNALS:
    void recordConversationRequested();
    void editConversationRequested(const staffpath::CareerConversation& conversation);
    void removeConversationRequested(const staffpath::CareerConversation& conversation);
    void planItemChangeRequested(const staffpath::PlanItem& before, const staffpath::PlanItem& after);
    void removePlanItemsRequested(const std::vector<staffpath::PlanItem>& items);
    void exportPlanRequested();
    void printPlanRequested();

private:
    void showConversation(int row);
    void updateButtons();
    void setSelectedStatus(PlanItemStatus status);

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_planSummary;
    QTreeWidget* m_plan;
    QPushButton* m_markDone;
    QPushButton* m_markStarted;
    QPushButton* m_removeSteps;
    QPushButton* m_exportPdf;
    QPushButton* m_print;
    QListWidget* m_conversations;
    QTextBrowser* m_detail;
    QPushButton* m_record;
    QPushButton* m_editConversation;
    QPushButton* m_removeConversation;
    std::optional<Id> m_staffId;
    std::vector<PlanItem> m_items;
    std::vector<CareerConversation> m_shownConversations;
};

/** A conversation as the Plan tab shows it in full: HTML with every user value escaped. */
QString conversationHtml(const CareerConversation& conversation);

} // namespace staffpath::app
