// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffListWidget.h"

#include "StaffFilterProxyModel.h"
#include "StaffTableModel.h"

#include <QCollator>
#include <QComboBox>
#include <QDataStream>
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

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace staffpath::app {

namespace {

constexpr int kMaxAutoColumnWidth = 170;

// Shown in the person panel anyway; the list starts with the columns people scan and sort by.
// Long free text that elides well; numbers and flags keep their width.
constexpr std::array kShrinkFirst{StaffTableModel::Column::Role, StaffTableModel::Column::School,
                                  StaffTableModel::Column::Team, StaffTableModel::Column::Name};
constexpr std::array kHiddenByDefault{StaffTableModel::Column::Qts, StaffTableModel::Column::StartDate,
                                      StaffTableModel::Column::Team};
// A column added after the others is shown beside the one it belongs with, not at the far right.
constexpr std::array kShownAfter{std::pair{StaffTableModel::Column::Team, StaffTableModel::Column::School}};

// A saved layout carries how many columns it knew, so a column added in a later version starts as the defaults
// say instead of where Qt puts a section it has no state for (shown, at the far right).
constexpr quint32 kLayoutMarker = 0x53504c31; // "SPL1"
// Layouts saved without the marker come from before the Team column.
constexpr int kColumnsOfUnmarkedLayouts = static_cast<int>(StaffTableModel::Column::Team);

/** Hides `column` if it starts hidden and moves it beside the column it belongs with. */
void placeByDefault(QHeaderView* header, StaffTableModel::Column column)
{
    if (std::find(kHiddenByDefault.begin(), kHiddenByDefault.end(), column) != kHiddenByDefault.end()) {
        header->hideSection(static_cast<int>(column));
    }
    for (const auto& [moved, after] : kShownAfter) {
        if (moved == column) {
            const int from = header->visualIndex(static_cast<int>(column));
            const int anchor = header->visualIndex(static_cast<int>(after));
            header->moveSection(from, from > anchor ? anchor + 1 : anchor);
        }
    }
}

QToolButton* toggle(const QString& text, const QString& objectName, const QString& toolTip, QWidget* parent)
{
    // Text, not icons: "Review due" needs no legend, and a screen reader reads it as a toggle with its state.
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QComboBox* filterCombo(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    // Long role and track titles must not widen the list's pane; the open list shows them whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(5);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return combo;
}

/** Replaces a combo's items with "All …" and `items` (text, data) sorted by text, keeping the choice if offered. */
void refill(QComboBox* combo, const QString& all, QList<QPair<QString, QVariant>> items, const QCollator& collator)
{
    const QVariant chosen = combo->currentData();
    std::sort(items.begin(), items.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all);
    for (const auto& [text, data] : items) {
        combo->addItem(text, data);
    }
    const int index = chosen.isValid() ? combo->findData(chosen) : 0;
    combo->setCurrentIndex(std::max(index, 0));
}

} // namespace

StaffListWidget::StaffListWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new StaffTableModel(this))
    , m_proxy(new StaffFilterProxyModel(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_schoolComboBox(filterCombo(QStringLiteral("schoolFilterComboBox"), tr("School filter"), this))
    , m_trackComboBox(filterCombo(QStringLiteral("trackFilterComboBox"), tr("Track filter"), this))
    , m_roleComboBox(filterCombo(QStringLiteral("roleFilterComboBox"), tr("Role filter"), this))
    , m_sltButton(toggle(tr("Leadership &team"), QStringLiteral("sltFilterButton"),
                         tr("Only staff on the senior leadership team"), this))
    , m_reviewDueButton(toggle(tr("Review &due"), QStringLiteral("reviewDueFilterButton"),
                               tr("Only staff whose agreed review is overdue or due within %n days", nullptr,
                                  StaffFilterProxyModel::kDefaultReviewWindowDays),
                               this))
    , m_readyNowButton(toggle(tr("Read&y now"), QStringLiteral("readyNowFilterButton"),
                              tr("Only staff the pathway engine finds ready now for a post, programme or step"), this))
    , m_hideLeaversButton(toggle(tr("Hide leavers"), QStringLiteral("hideLeaversFilterButton"),
                                 tr("Leave out staff whose leaving date has passed"), this))
    , m_clearFiltersButton(new QToolButton(this))
    , m_columnsButton(new QToolButton(this))
    , m_columnsMenu(new QMenu(this))
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
    m_searchLineEdit->setPlaceholderText(tr("Name, role, school, team, payroll number or email"));
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
    for (int column = 0; column < static_cast<int>(StaffTableModel::Column::Count); ++column) {
        placeByDefault(m_view->horizontalHeader(), static_cast<StaffTableModel::Column>(column));
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
    connect(m_proxy, &StaffFilterProxyModel::filtersChanged, this, &StaffListWidget::updateClearButton);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchLineEdit, 1);
    searchRow->addWidget(m_countLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Filters first, then the search and its count right above the rows they count: Tab then runs filters →
    // search → list in the order they are seen, and from the search the next stop is still the list.
    layout->addWidget(createFilterBar());
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);

    setTabOrder(m_hideLeaversButton, m_searchLineEdit);
    setTabOrder(m_searchLineEdit, m_view);
    updateCount();
    updateClearButton();
}

QWidget* StaffListWidget::createFilterBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("staffFilterBar"));

    connect(m_schoolComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant id = m_schoolComboBox->currentData();
        m_proxy->setSchoolFilter(id.isValid() ? std::optional<Id>(id.value<qint64>()) : std::nullopt);
    });
    connect(m_trackComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTrackFilter(m_trackComboBox->currentData().toString()); });
    connect(m_roleComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRoleFilter(m_roleComboBox->currentData().toString()); });
    connect(m_sltButton, &QToolButton::toggled, m_proxy, &StaffFilterProxyModel::setSltOnly);
    connect(m_reviewDueButton, &QToolButton::toggled, m_proxy, &StaffFilterProxyModel::setReviewDueOnly);
    connect(m_readyNowButton, &QToolButton::toggled, this, &StaffListWidget::applyReadyNowToggle);
    connect(m_hideLeaversButton, &QToolButton::toggled, this, [this](bool on) { m_proxy->setShowLeavers(!on); });

    m_clearFiltersButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFiltersButton->setText(tr("&Clear filters"));
    m_clearFiltersButton->setToolTip(tr("Show everyone again (the search is kept)"));
    m_clearFiltersButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_clearFiltersButton, &QToolButton::clicked, this, &StaffListWidget::clearFilters);

    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_columnsButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_columnsButton->setAccessibleName(tr("Choose columns"));
    m_columnsButton->setToolTip(tr("Choose the columns of the staff list (also a right-click on its header)"));
    // popup(), not a tool-button menu: that one runs its own event loop until closed.
    connect(m_columnsButton, &QToolButton::clicked, this, [this] {
        fillColumnsMenu();
        m_columnsMenu->popup(m_columnsButton->mapToGlobal(QPoint(0, m_columnsButton->height())));
    });
    m_columnsMenu->setObjectName(QStringLiteral("staffColumnsMenu"));

    // Two short rows, so the list's pane stays narrow enough for the person beside it on a 1024-pixel screen.
    auto* combos = new QHBoxLayout;
    combos->setContentsMargins(0, 0, 0, 0);
    combos->addWidget(m_schoolComboBox, 1);
    combos->addWidget(m_trackComboBox, 1);
    combos->addWidget(m_roleComboBox, 1);
    combos->addWidget(m_clearFiltersButton);
    combos->addWidget(m_columnsButton);

    auto* toggles = new QHBoxLayout;
    toggles->setContentsMargins(0, 0, 0, 0);
    for (QToolButton* button : {m_sltButton, m_reviewDueButton, m_readyNowButton, m_hideLeaversButton}) {
        toggles->addWidget(button);
    }
    toggles->addStretch(1);

    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(combos);
    layout->addLayout(toggles);

    QWidget* previous = m_schoolComboBox;
    for (QWidget* next :
         std::initializer_list<QWidget*>{m_trackComboBox, m_roleComboBox, m_clearFiltersButton, m_columnsButton,
                                         m_sltButton, m_reviewDueButton, m_readyNowButton, m_hideLeaversButton}) {
        setTabOrder(previous, next);
        previous = next;
    }
    fillFilterCombos();
    return bar;
}

void StaffListWidget::setToday(const Date& today)
{
    m_proxy->setToday(today);
}

void StaffListWidget::setRoles(QHash<QString, RoleInfo> roles)
{
    m_roles = std::move(roles);
    QHash<QString, QString> tracks;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        tracks.insert(it.key(), it.value().track);
    }
    m_proxy->setRoleTracks(std::move(tracks));
    fillFilterCombos();
}

void StaffListWidget::fillFilterCombos()
{
    QCollator collator(locale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);

    QHash<qint64, QString> schools;
    QSet<QString> tracks;
    QHash<QString, QString> roles; // id → title
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const StaffSummary& person = m_model->summary(row);
        if (person.schoolId) {
            schools.insert(*person.schoolId, QString::fromStdString(person.schoolName));
        }
        const QString roleId = QString::fromStdString(person.roleId);
        if (roleId.isEmpty()) {
            continue;
        }
        const auto known = m_roles.constFind(roleId);
        if (known != m_roles.cend() && !known->track.isEmpty()) {
            tracks.insert(known->track);
        }
        if (!roles.contains(roleId)) {
            // Without a framework, the school's own title for the post is the best name there is.
            const bool titled = known != m_roles.cend() && !known->title.isEmpty();
            roles.insert(roleId, titled ? known->title : QString::fromStdString(person.roleTitle));
        }
    }
    QList<QPair<QString, QVariant>> items;
    for (auto it = schools.cbegin(); it != schools.cend(); ++it) {
        items.append({it.value(), QVariant::fromValue(it.key())});
    }
    refill(m_schoolComboBox, tr("All schools"), items, collator);
    items.clear();
    for (const QString& track : std::as_const(tracks)) {
        items.append({track, track});
    }
    refill(m_trackComboBox, tr("All tracks"), items, collator);
    items.clear();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        items.append({it.value(), it.key()});
    }
    refill(m_roleComboBox, tr("All roles"), items, collator);

    // A choice no longer offered (another file) has fallen back to "All": the filters follow what is shown.
    const QVariant school = m_schoolComboBox->currentData();
    m_proxy->setSchoolFilter(school.isValid() ? std::optional<Id>(school.value<qint64>()) : std::nullopt);
    m_proxy->setTrackFilter(m_trackComboBox->currentData().toString());
    m_proxy->setRoleFilter(m_roleComboBox->currentData().toString());
}

void StaffListWidget::setReadyNowStaff(QSet<Id> staffIds)
{
    m_proxy->setReadyNowStaff(std::move(staffIds));
    m_readyNowKnown = true;
    if (m_readyNowPending) {
        m_readyNowPending = false;
        m_readyNowProgress.clear();
        m_proxy->setReadyNowOnly(m_readyNowButton->isChecked());
    }
    updateCount();
    updateClearButton();
}

void StaffListWidget::setReadyNow(Id staffId, bool ready)
{
    if (!m_readyNowKnown) {
        return;
    }
    // Leavers are never counted (the scan reads only current staff), whatever their record says.
    const auto row = m_model->rowOf(staffId);
    m_proxy->setReadyNow(staffId, ready && row && !m_proxy->isLeaver(m_model->summary(*row)));
}

void StaffListWidget::forgetReadyNow()
{
    m_readyNowKnown = false;
    m_readyNowPending = false; // any question asked was about the last file
    m_readyNowProgress.clear();
    m_proxy->setReadyNowStaff({});
    m_proxy->setReadyNowOnly(false);
    if (m_readyNowButton->isChecked()) {
        applyReadyNowToggle(true); // still wanted: ask about this file
    } else {
        updateCount();
    }
}

void StaffListWidget::showReadyNowProgress(int done, int total)
{
    if (!m_readyNowPending) {
        return;
    }
    // Short, so the label does not widen the pane while it counts.
    m_readyNowProgress = total > 0 ? tr("Checking readiness… %1%").arg(done * 100 / total) : tr("Checking readiness…");
    updateCount();
}

void StaffListWidget::readyNowFailed()
{
    m_readyNowPending = false;
    m_readyNowProgress.clear();
    const QSignalBlocker blocker(m_readyNowButton);
    m_readyNowButton->setChecked(false);
    m_proxy->setReadyNowOnly(false);
    updateCount();
    updateClearButton();
}

void StaffListWidget::applyReadyNowToggle(bool on)
{
    if (on && !m_readyNowKnown) {
        // Finding out costs seconds in a large trust, so it is done only once somebody asks.
        if (!m_readyNowPending) {
            m_readyNowPending = true;
            m_readyNowProgress = tr("Checking readiness…");
            updateCount();
            updateClearButton();
            Q_EMIT readyNowNeeded();
        }
        return;
    }
    if (!on && m_readyNowPending) {
        m_readyNowPending = false; // the answer, when it comes, is kept for next time
        m_readyNowProgress.clear();
        updateCount();
    }
    m_proxy->setReadyNowOnly(on);
    updateClearButton();
}

void StaffListWidget::clearFilters()
{
    for (QComboBox* combo : {m_schoolComboBox, m_trackComboBox, m_roleComboBox}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QToolButton* button : {m_sltButton, m_reviewDueButton, m_readyNowButton, m_hideLeaversButton}) {
        const QSignalBlocker blocker(button);
        button->setChecked(false);
    }
    m_readyNowPending = false;
    m_readyNowProgress.clear();
    m_proxy->clearFilters(); // one re-filter for all of them
    updateCount();
    updateClearButton();
}

void StaffListWidget::updateClearButton()
{
    m_clearFiltersButton->setEnabled(m_proxy->hasFilters() || m_readyNowPending);
}

void StaffListWidget::setStaff(std::vector<StaffSummary> staff)
{
    m_model->setStaff(std::move(staff));
    fillFilterCombos();
    if (!m_headerRestored && !m_fittedToWidth) {
        fitColumns();
    }
    updateCount();
}

void StaffListWidget::clear()
{
    m_model->clear();
    fillFilterCombos();
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
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << kLayoutMarker << static_cast<quint32>(StaffTableModel::Column::Count)
           << m_view->horizontalHeader()->saveState();
    return state;
}

void StaffListWidget::restoreHeaderState(const QByteArray& state)
{
    auto* header = m_view->horizontalHeader();
    QByteArray headerState = state;
    quint32 known = kColumnsOfUnmarkedLayouts;
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_0);
    quint32 marker = 0;
    stream >> marker;
    if (marker == kLayoutMarker) {
        headerState.clear();
        stream >> known >> headerState;
    }
    m_headerRestored = !headerState.isEmpty() && header->restoreState(headerState);
    if (m_headerRestored) {
        for (int column = static_cast<int>(known); column < static_cast<int>(StaffTableModel::Column::Count);
             ++column) {
            placeByDefault(header, static_cast<StaffTableModel::Column>(column));
        }
        // restoreState() puts the sort arrow back without sorting; sort to match it.
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void StaffListWidget::updateCount()
{
    if (!m_readyNowProgress.isEmpty()) {
        m_countLabel->setText(m_readyNowProgress);
        return;
    }
    m_countLabel->setText(tr("%1 of %n staff", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void StaffListWidget::fillColumnsMenu()
{
    // Listed in the order the user has put the columns in, each with its box ticked while it is shown.
    auto* header = m_view->horizontalHeader();
    m_columnsMenu->clear();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* action = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("showColumn%1Action").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name column always stays: a list of rows nobody can identify is no use.
        action->setEnabled(column != static_cast<int>(StaffTableModel::Column::Name));
        connect(action, &QAction::toggled, header, [this, header, column](bool visible) {
            header->setSectionHidden(column, !visible);
            if (visible && header->sectionSize(column) < header->minimumSectionSize() * 2) {
                m_view->resizeColumnToContents(column); // a column hidden from the start has no width of its own
            }
        });
    }
}

void StaffListWidget::showColumnMenu(const QPoint& position)
{
    // Right-click on the header chooses the columns (qBittorrent's transfer list does the same).
    fillColumnsMenu();
    m_columnsMenu->popup(m_view->horizontalHeader()->viewport()->mapToGlobal(position));
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
