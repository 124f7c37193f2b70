// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffListWidget.h"

#include "StaffFilterProxyModel.h"
#include "StaffTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace staffpath::app {

namespace {

constexpr int kMaxAutoColumnWidth = 170;

// Shown in the person panel anyway; the list starts with the columns people scan and sort by.
// Long free text that elides well; numbers and flags keep their width.
constexpr std::array kShrinkFirst{StaffTableModel::Column::Role, StaffTableModel::Column::School,
                                  StaffTableModel::Column::Name};
constexpr std::array kHiddenByDefault{StaffTableModel::Column::Qts, StaffTableModel::Column::StartDate};

} // namespace

StaffListWidget::StaffListWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new StaffTableModel(this))
    , m_proxy(new StaffFilterProxyModel(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("staffListWidget"));
    m_proxy->setObjectName(QStringLiteral("staffFilterProxyModel"));
    m_model->setObjectName(QStringLiteral("staffTableModel"));
    m_proxy->setSourceModel(m_model);

    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setObjectName(QStringLiteral("searchLabel"));
    searchLabel->setBuddy(m_searchLineEdit);

    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Name, role, school, payroll number or email"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setAccessibleName(tr("Search staff"));
    m_searchLineEdit->setAccessibleDescription(tr("Shows only the staff whose details contain every word typed"));
    // Qt's clear button is an icon-only tool button with no name of its own.
    for (QToolButton* button : m_searchLineEdit->findChildren<QToolButton*>()) {
        button->setAccessibleName(tr("Clear search"));
        button->setToolTip(tr("Clear search"));
    }
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_proxy, &StaffFilterProxyModel::setSearchText);

    m_searchLineEdit->installEventFilter(this);

    m_countLabel->setObjectName(QStringLiteral("staffCountLabel"));

    m_view->setObjectName(QStringLiteral("staffTableView"));
    m_view->setAccessibleName(tr("Staff"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(static_cast<int>(StaffTableModel::Column::Name), Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(false);
    for (const StaffTableModel::Column column : kHiddenByDefault) {
        m_view->horizontalHeader()->hideSection(static_cast<int>(column));
    }
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &StaffListWidget::showColumnMenu);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentStaffChanged(
                    current.isValid() ? current.data(StaffTableModel::kStaffIdRole).value<qint64>() : Id{0});
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &StaffListWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &StaffListWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StaffListWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &StaffListWidget::updateCount);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchLineEdit, 1);
    searchRow->addWidget(m_countLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);

    setTabOrder(m_searchLineEdit, m_view);
    updateCount();
}

void StaffListWidget::setStaff(std::vector<StaffSummary> staff)
{
    m_model->setStaff(std::move(staff));
    if (!m_headerRestored && !m_fittedToWidth) {
        fitColumns();
    }
    updateCount();
}

void StaffListWidget::clear()
{
    m_model->clear();
    updateCount();
}

Id StaffListWidget::currentStaffId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(StaffTableModel::kStaffIdRole).value<qint64>() : Id{0};
}

bool StaffListWidget::selectStaff(Id staffId)
{
    const auto sourceRow = m_model->rowOf(staffId);
    if (!sourceRow) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(*sourceRow, 0));
    if (!index.isValid()) {
        return false; // hidden by the search
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool StaffListWidget::selectFirstRow()
{
    const QModelIndex first = m_proxy->index(0, 0);
    if (!first.isValid()) {
        return false;
    }
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(first);
    return true;
}

void StaffListWidget::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
}

QByteArray StaffListWidget::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void StaffListWidget::restoreHeaderState(const QByteArray& state)
{
    auto* header = m_view->horizontalHeader();
    m_headerRestored = !state.isEmpty() && header->restoreState(state);
    if (m_headerRestored) {
        // restoreState() puts the sort arrow back without sorting; sort to match it.
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void StaffListWidget::updateCount()
{
    m_countLabel->setText(tr("%1 of %n staff", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void StaffListWidget::showColumnMenu(const QPoint& position)
{
    // Right-click on the header chooses the columns (qBittorrent's transfer list does the same).
    auto* header = m_view->horizontalHeader();
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("staffColumnsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < header->count(); ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name column always stays: a list of rows nobody can identify is no use.
        action->setEnabled(column != static_cast<int>(StaffTableModel::Column::Name));
        connect(action, &QAction::toggled, header,
                [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu->popup(header->viewport()->mapToGlobal(position));
}

bool StaffListWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Down or Enter in the search box goes to the results, as in KeePassXC: search, then arrow through.
    if (watched == m_searchLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_view->selectionModel()->currentIndex().isValid()) {
                selectFirstRow();
            }
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StaffListWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_headerRestored && !m_fittedToWidth) {
        fitColumns(); // the viewport has its real width only now
    }
}

void StaffListWidget::fitColumns()
{
    // Until the user sizes them: columns fit what they hold, no single long title crowds out the rest, and
    // when the view is too narrow the text columns give way so every visible column stays on screen.
    auto* header = m_view->horizontalHeader();
    m_view->resizeColumnsToContents();
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        header->resizeSection(column, std::min(header->sectionSize(column) + 8, kMaxAutoColumnWidth));
        total += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    }
    // Leave room for the vertical scroll bar a long list will need, whether or not it shows yet.
    const int available =
        m_view->viewport()->width() - m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view) - 2;
    if (!isVisible() || available <= 0 || m_model->rowCount() == 0) {
        return; // try again when there is something to measure
    }
    m_fittedToWidth = true;
    const int excess = total - available;
    if (excess <= 0) {
        return;
    }
    int shrinkable = 0;
    for (const StaffTableModel::Column column : kShrinkFirst) {
        shrinkable += header->sectionSize(static_cast<int>(column));
    }
    for (const StaffTableModel::Column column : kShrinkFirst) {
        const int size = header->sectionSize(static_cast<int>(column));
        header->resizeSection(static_cast<int>(column), std::max(60, size - excess * size / shrinkable));
    }
}

} // namespace staffpath::app
