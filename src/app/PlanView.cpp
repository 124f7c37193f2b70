// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanView.h"

#include "DisplayText.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace staffpath::app {

namespace {

enum PlanColumn { StepColumn, KindColumn, DueColumn, StatusColumn, ColumnCount };

QString kindWord(PlanItemKind kind)
{
    switch (kind) {
    case PlanItemKind::Role:
        return PlanView::tr("Role");
    case PlanItemKind::Programme:
        return PlanView::tr("Programme");
    case PlanItemKind::Experience:
        return PlanView::tr("Experience");
    case PlanItemKind::Action:
        return PlanView::tr("Action");
    }
    return {};
}

QString statusWord(PlanItemStatus status)
{
    switch (status) {
    case PlanItemStatus::Planned:
        return PlanView::tr("Planned");
    case PlanItemStatus::InProgress:
        return PlanView::tr("Under way");
    case PlanItemStatus::Done:
        return PlanView::tr("Done");
    case PlanItemStatus::Dropped:
        return PlanView::tr("Dropped");
    }
    return {};
}

QString escaped(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

QString paragraphs(const std::string& text)
{
    return escaped(text).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

QString conversationHtml(const CareerConversation& c)
{
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(PlanView::tr("Career conversation, %1").arg(DisplayText::date(c.heldOn)));
    if (c.confidential) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(PlanView::tr("Confidential"));
    }
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(PlanView::tr("Led by:"), c.ledByName.empty() ? PlanView::tr("not recorded") : escaped(c.ledByName));
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(PlanView::tr("Where would you like to be in three years?"),
                     c.aspiration.empty() ? PlanView::tr("Not recorded.") : paragraphs(c.aspiration));
    if (!c.targetRoleTitle.empty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(PlanView::tr("Target role:"), escaped(c.targetRoleTitle));
    }
    if (!c.notes.empty()) {
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(PlanView::tr("Notes:"), paragraphs(c.notes));
    }
    if (!c.actions.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellspacing=0 cellpadding=3 border=0>")
                    .arg(PlanView::tr("Agreed actions"));
        html += QStringLiteral("<tr><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th></tr>")
                    .arg(PlanView::tr("Action"), PlanView::tr("Who"), PlanView::tr("By"));
        for (const auto& action : c.actions) {
            html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(action.done ? QStringLiteral("✓ ") : QString(), escaped(action.description),
                             escaped(action.owner), DisplayText::date(action.due));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(PlanView::tr("Next review:"),
                     c.nextReview ? DisplayText::date(c.nextReview) : PlanView::tr("not set"));
    return html;
}

PlanView::PlanView(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_planSummary(new QLabel(this))
    , m_plan(new QTreeWidget(this))
    , m_markDone(new QPushButton(tr("Mar&k done"), this))
    , m_markStarted(new QPushButton(tr("Mark under &way"), this))
    , m_removeSteps(new QPushButton(tr("Rem&ove step"), this))
    , m_exportPdf(new QPushButton(tr("Save plan &as PDF…"), this))
    , m_print(new QPushButton(tr("Print plan…"), this))
    , m_conversations(new QListWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_record(new QPushButton(tr("Record co&nversation…"), this))
    , m_editConversation(new QPushButton(tr("Edit…"), this))
    , m_removeConversation(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("planView"));
    m_placeholder->setObjectName(QStringLiteral("planPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_planSummary->setObjectName(QStringLiteral("planSummaryLabel"));
    m_planSummary->setWordWrap(true);
    m_plan->setObjectName(QStringLiteral("planTree"));
    m_plan->setAccessibleName(tr("Development plan steps"));
    m_plan->setColumnCount(ColumnCount);
    m_plan->setHeaderLabels({tr("Step"), tr("Kind"), tr("Due"), tr("Status")});
    m_plan->setRootIsDecorated(false);
    m_plan->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_plan->setAlternatingRowColors(true);
    m_plan->header()->setStretchLastSection(false);
    m_plan->header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    for (int c = KindColumn; c < ColumnCount; ++c) {
        m_plan->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_markDone->setObjectName(QStringLiteral("markDoneButton"));
    m_markStarted->setObjectName(QStringLiteral("markStartedButton"));
    m_removeSteps->setObjectName(QStringLiteral("removePlanStepsButton"));
    m_exportPdf->setObjectName(QStringLiteral("exportPlanButton"));
    m_print->setObjectName(QStringLiteral("printPlanButton"));

    auto* planGroup = new QGroupBox(tr("Development plan"), this);
    auto* planButtons = new QHBoxLayout;
    planButtons->addWidget(m_markStarted);
    planButtons->addWidget(m_markDone);
    planButtons->addWidget(m_removeSteps);
    planButtons->addStretch(1);
    planButtons->addWidget(m_print);
    planButtons->addWidget(m_exportPdf);
    auto* planLayout = new QVBoxLayout(planGroup);
    planLayout->addWidget(m_planSummary);
    planLayout->addWidget(m_plan, 1);
    planLayout->addLayout(planButtons);

    m_conversations->setObjectName(QStringLiteral("conversationList"));
    m_conversations->setAccessibleName(tr("Career conversations"));
    m_detail->setObjectName(QStringLiteral("conversationDetail"));
    m_detail->setAccessibleName(tr("The selected conversation"));
    m_detail->setOpenLinks(false);
    m_record->setObjectName(QStringLiteral("recordConversationButton"));
    m_editConversation->setObjectName(QStringLiteral("editConversationButton"));
    m_editConversation->setAccessibleName(tr("Edit the selected conversation"));
    m_removeConversation->setObjectName(QStringLiteral("removeConversationButton"));
    m_removeConversation->setAccessibleName(tr("Remove the selected conversation"));

    auto* talkGroup = new QGroupBox(tr("Career conversations"), this);
    auto* talkSplit = new QSplitter(Qt::Horizontal, talkGroup);
    talkSplit->addWidget(m_conversations);
    talkSplit->addWidget(m_detail);
    talkSplit->setStretchFactor(0, 1);
    talkSplit->setStretchFactor(1, 2);
    talkSplit->setChildrenCollapsible(false);
    auto* talkButtons = new QHBoxLayout;
    talkButtons->addWidget(m_record);
    talkButtons->addWidget(m_editConversation);
    talkButtons->addWidget(m_removeConversation);
    talkButtons->addStretch(1);
    auto* talkLayout = new QVBoxLayout(talkGroup);
    talkLayout->addWidget(talkSplit, 1);
    talkLayout->addLayout(talkButtons);

    auto* page = new QWidget(this);
    auto* pageSplit = new QSplitter(Qt::Vertical, page);
    pageSplit->addWidget(planGroup);
    pageSplit->addWidget(talkGroup);
    pageSplit->setChildrenCollapsible(false);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(pageSplit);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);

    connect(m_plan, &QTreeWidget::itemSelectionChanged, this, &PlanView::updateButtons);
    connect(m_markDone, &QPushButton::clicked, this, [this] { setSelectedStatus(PlanItemStatus::Done); });
    connect(m_markStarted, &QPushButton::clicked, this, [this] { setSelectedStatus(PlanItemStatus::InProgress); });
    connect(m_removeSteps, &QPushButton::clicked, this, [this] {
        const auto items = selectedPlanItems();
        if (!items.empty()) {
            Q_EMIT removePlanItemsRequested(items);
        }
    });
    connect(m_exportPdf, &QPushButton::clicked, this, &PlanView::exportPlanRequested);
    connect(m_print, &QPushButton::clicked, this, &PlanView::printPlanRequested);
    connect(m_conversations, &QListWidget::currentRowChanged, this, &PlanView::showConversation);
    connect(m_conversations, &QListWidget::itemActivated, this, [this] {
        if (auto c = selectedConversation()) {
            Q_EMIT editConversationRequested(*c);
        }
    });
    connect(m_record, &QPushButton::clicked, this, &PlanView::recordConversationRequested);
    connect(m_editConversation, &QPushButton::clicked, this, [this] {
        if (auto c = selectedConversation()) {
            Q_EMIT editConversationRequested(*c);
        }
    });
    connect(m_removeConversation, &QPushButton::clicked, this, [this] {
        if (auto c = selectedConversation()) {
            Q_EMIT removeConversationRequested(*c);
        }
    });
    clear();
}

void PlanView::clear(const QString& message)
{
    m_staffId.reset();
    m_items.clear();
    m_shownConversations.clear();
    m_plan->clear();
    m_conversations->clear();
    m_detail->clear();
    m_placeholder->setText(message.isEmpty() ? tr("Select a member of staff to see their plan and conversations.")
                                             : message);
    m_stack->setCurrentWidget(m_placeholder);
    updateButtons();
}

void PlanView::showRecord(const StaffRecord& record, bool showConfidential, const QString& targetTitle)
{
    const bool samePerson = m_staffId == record.staff.id;
    const int previousRow = m_conversations->currentRow();
    m_staffId = record.staff.id;
    m_items = record.plan;

    m_plan->clear();
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const auto& item = m_items[i];
        auto* row = new QTreeWidgetItem(m_plan);
        row->setText(StepColumn, QString::fromStdString(item.title));
        row->setToolTip(StepColumn, QString::fromStdString(item.detail.empty() ? item.title : item.detail));
        row->setText(KindColumn, kindWord(item.kind));
        row->setText(DueColumn, DisplayText::date(item.due));
        row->setText(StatusColumn, statusWord(item.status));
        row->setData(StepColumn, Qt::UserRole, static_cast<qulonglong>(i));
        if (item.status == PlanItemStatus::Done || item.status == PlanItemStatus::Dropped) {
            for (int c = 0; c < ColumnCount; ++c) {
                row->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    const auto done = std::count_if(m_items.begin(), m_items.end(),
                                    [](const PlanItem& i) { return i.status == PlanItemStatus::Done; });
    std::string target;
    for (const auto& item : m_items) {
        if (!item.targetRoleId.empty() && item.kind == PlanItemKind::Role) {
            target = item.title; // the last role step of a route is where it leads
        }
    }
    if (m_items.empty()) {
        m_planSummary->setText(tr("No steps agreed yet. Plan a route in the Route tab and choose \"Add to plan\", "
                                  "or record a conversation."));
    } else {
        QString text = tr("%n step(s), %1 done.", nullptr, static_cast<int>(m_items.size())).arg(done);
        if (!targetTitle.isEmpty() || !target.empty()) {
            text = tr("Towards %1: %2").arg(targetTitle.isEmpty() ? QString::fromStdString(target) : targetTitle, text);
        }
        m_planSummary->setText(text);
    }

    m_conversations->clear();
    m_shownConversations.clear();
    for (const auto& c : record.conversations) {
        if (c.confidential && !showConfidential) {
            continue;
        }
        m_shownConversations.push_back(c);
        QString line = DisplayText::date(c.heldOn);
        if (!c.targetRoleTitle.empty()) {
            line += QStringLiteral(" — ") + QString::fromStdString(c.targetRoleTitle);
        }
        if (!c.ledByName.empty()) {
            line += tr(" (with %1)").arg(QString::fromStdString(c.ledByName));
        }
        m_conversations->addItem(line);
    }
    if (m_shownConversations.empty()) {
        m_detail->setHtml(tr("<p>No career conversation recorded yet.</p>"));
    } else {
        const int row = samePerson && previousRow >= 0 && previousRow < static_cast<int>(m_shownConversations.size())
                            ? previousRow
                            : 0;
        m_conversations->setCurrentRow(row);
        showConversation(row);
    }
    m_stack->setCurrentIndex(1);
    updateButtons();
}

void PlanView::showConversation(int row)
{
    if (row < 0 || row >= static_cast<int>(m_shownConversations.size())) {
        m_detail->clear();
    } else {
        m_detail->setHtml(conversationHtml(m_shownConversations[static_cast<std::size_t>(row)]));
    }
    updateButtons();
}

std::optional<CareerConversation> PlanView::selectedConversation() const
{
    const int row = m_conversations->currentRow();
    if (row < 0 || row >= static_cast<int>(m_shownConversations.size())) {
        return std::nullopt;
    }
    return m_shownConversations[static_cast<std::size_t>(row)];
}

void PlanView::selectConversation(Id conversationId)
{
    for (std::size_t i = 0; i < m_shownConversations.size(); ++i) {
        if (m_shownConversations[i].id == conversationId) {
            m_conversations->setCurrentRow(static_cast<int>(i));
            return;
        }
    }
}

std::vector<PlanItem> PlanView::selectedPlanItems() const
{
    std::vector<std::size_t> rows;
    for (const auto* row : m_plan->selectedItems()) {
        rows.push_back(row->data(StepColumn, Qt::UserRole).toULongLong());
    }
    std::sort(rows.begin(), rows.end());
    std::vector<PlanItem> out;
    for (auto i : rows) {
        if (i < m_items.size()) {
            out.push_back(m_items[i]);
        }
    }
    return out;
}

void PlanView::setSelectedStatus(PlanItemStatus status)
{
    for (const auto& item : selectedPlanItems()) {
        if (item.status != status) {
            PlanItem after = item;
            after.status = status;
            Q_EMIT planItemChangeRequested(item, after);
        }
    }
}

void PlanView::updateButtons()
{
    const bool person = m_staffId.has_value();
    const bool steps = !m_plan->selectedItems().isEmpty();
    m_markDone->setEnabled(steps);
    m_markStarted->setEnabled(steps);
    m_removeSteps->setEnabled(steps);
    m_exportPdf->setEnabled(person);
    m_print->setEnabled(person);
    m_record->setEnabled(person);
    const bool conversation = m_conversations->currentRow() >= 0;
    m_editConversation->setEnabled(conversation);
    m_removeConversation->setEnabled(conversation);
}

} // namespace staffpath::app
