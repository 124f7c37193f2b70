// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewView.h"

#include "Dialogs.h"
#include "ObjectiveDialog.h"
#include "ReadOnlyTable.h"
#include "ReviewDialog.h"

#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace staffpath::app {

namespace {

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QTableWidget* makeTable(const QStringList& headings, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headings.size()), parent);
    table->setHorizontalHeaderLabels(headings);
    makeReadOnlyRowTable(table);
    table->setWordWrap(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

/** How wide each column may be: fitted to its contents, or sharing what is left, so nothing scrolls sideways. */
void sizeColumns(QTableWidget* table, const std::vector<QHeaderView::ResizeMode>& modes)
{
    for (std::size_t i = 0; i < modes.size(); ++i) {
        table->horizontalHeader()->setSectionResizeMode(static_cast<int>(i), modes[i]);
    }
}

/**
 * A padlock drawn rather than taken from the icon theme or an emoji font, so the confidential mark shows on every
 * desktop (neither is there on a bare Debian install or offscreen).
 */
QIcon lockIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x5f, 0x4b, 0x00);
    painter.setPen(QPen(ink, 1.6));
    painter.drawArc(QRectF(4.5, 1.5, 7, 9), 0, 180 * 16);
    painter.drawLine(QPointF(4.5, 6), QPointF(4.5, 8));
    painter.drawLine(QPointF(11.5, 6), QPointF(11.5, 8));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xc9, 0x9a, 0x06));
    painter.drawRoundedRect(QRectF(2.5, 7.5, 11, 7.5), 1.5, 1.5);
    painter.setBrush(ink);
    painter.drawEllipse(QPointF(8, 11), 1.3, 1.3);
    return QIcon(pixmap);
}

} // namespace

ReviewView::ReviewView(const services::Clock& clock, Dialogs& dialogs, Context context, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_dialogs(dialogs)
    , m_context(std::move(context))
    , m_year(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_objectives(makeTable({tr("Category"), tr("Objective"), tr("School priority"), tr("Success criteria"),
                              tr("Status"), tr("Linked CPD")},
                             this))
    , m_reviews(makeTable({QString(), tr("Held on"), tr("Kind"), tr("Reviewer"), tr("Summary"), tr("Outcome")}, this))
{
    setObjectName(QStringLiteral("reviewView"));
    using M = QHeaderView::ResizeMode;
    sizeColumns(m_objectives, {M::Stretch, M::Stretch, M::Stretch, M::Stretch, M::ResizeToContents, M::Stretch});
    sizeColumns(m_reviews, {M::ResizeToContents, M::ResizeToContents, M::ResizeToContents, M::ResizeToContents,
                            M::Stretch, M::Stretch});
    m_objectives->horizontalHeader()->setStretchLastSection(false);
    // Wrapped cells need their rows measured again whenever a stretching column changes width.
    for (QTableWidget* table : {m_objectives, m_reviews}) {
        connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, &QTableView::resizeRowsToContents);
    }
    m_reviews->horizontalHeader()->setStretchLastSection(false);
    m_year->setObjectName(QStringLiteral("cycleYearCombo"));
    m_status->setObjectName(QStringLiteral("cycleStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true); // a long line must not make the whole window wider than the user left it
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_warning->setObjectName(QStringLiteral("cycleWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_objectives->setObjectName(QStringLiteral("objectivesTable"));
    m_reviews->setObjectName(QStringLiteral("reviewsTable"));

    auto* yearLabel = new QLabel(tr("Cycle ye&ar:"), this);
    yearLabel->setBuddy(m_year);
    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_status, 1);

    const auto buttonRow = [this](const QString& prefix, const std::array<QString, 3>& texts,
                                  const std::array<void (ReviewView::*)(), 3>& slots) {
        auto* row = new QHBoxLayout;
        static const char* const kNames[] = {"add", "edit", "remove"};
        for (std::size_t i = 0; i < 3; ++i) {
            auto* button = new QPushButton(texts[i], this);
            button->setObjectName(QString::fromLatin1(kNames[i]) + prefix + QStringLiteral("Button"));
            connect(button, &QPushButton::clicked, this, slots[i]);
            row->addWidget(button);
            m_buttons << button;
        }
        row->addStretch(1);
        return row;
    };
    auto* objectivesBox = new QGroupBox(tr("Objectives"), this);
    auto* objectivesLayout = new QVBoxLayout(objectivesBox);
    objectivesLayout->addWidget(m_objectives);
    objectivesLayout->addLayout(
        buttonRow(QStringLiteral("Objective"), {tr("Add &Objective…"), tr("Edit…"), tr("Remove")},
                  {&ReviewView::addObjective, &ReviewView::editObjective, &ReviewView::removeObjective}));
    auto* reviewsBox = new QGroupBox(tr("Reviews"), this);
    auto* reviewsLayout = new QVBoxLayout(reviewsBox);
    reviewsLayout->addWidget(m_reviews);
    reviewsLayout->addLayout(buttonRow(QStringLiteral("Review"), {tr("Record Revie&w…"), tr("Edit…"), tr("Remove")},
                                       {&ReviewView::addReview, &ReviewView::editReview, &ReviewView::removeReview}));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_warning);
    layout->addWidget(objectivesBox, 3);
    layout->addWidget(reviewsBox, 2);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_objectives, &QTableWidget::cellDoubleClicked, this, [this] { editObjective(); });
    connect(m_reviews, &QTableWidget::cellDoubleClicked, this, [this] { editReview(); });
    setTabOrder(m_year, m_objectives);
    setTabOrder(m_objectives, m_buttons[0]);
    setTabOrder(m_buttons[2], m_reviews);
    setTabOrder(m_reviews, m_buttons[3]);
    clear();
}

int ReviewView::cycleYear() const
{
    return m_year->currentData().isValid() ? m_year->currentData().toInt() : 0;
}

void ReviewView::clear(const QString& message)
{
    m_staffId = 0;
    m_view.reset();
    const QSignalBlocker quiet(m_year);
    m_year->clear();
    m_status->setText(message.isEmpty() ? tr("Select a member of staff to see their performance-management cycle.")
                                        : message);
    m_warning->hide();
    m_objectives->setRowCount(0);
    m_reviews->setRowCount(0);
    for (QPushButton* b : m_buttons) {
        b->setEnabled(false);
    }
}

std::shared_ptr<services::PerformanceCycle> ReviewView::cycle() const
{
    return std::make_shared<services::PerformanceCycle>(m_context.workspace()->database(), m_clock, *m_calendar);
}

void ReviewView::showPerson(Id staffId)
{
    const int keepYear = staffId == m_staffId ? cycleYear() : 0;
    clear();
    services::Workspace* workspace = m_context.workspace();
    if (staffId == 0 || workspace == nullptr) {
        return;
    }
    auto calendar = m_context.calendar();
    if (!calendar) {
        clear(qs(calendar.error().message));
        return;
    }
    m_calendar = *calendar;
    m_staffId = staffId;
    m_names.clear();
    if (auto staff = workspace->staff().list()) {
        for (const StaffSummary& s : *staff) {
            m_names.insert(s.id, qs(s.displayName));
        }
    }
    auto years = cycle()->years(staffId);
    if (!years) {
        clear(qs(years.error().message));
        return;
    }
    const QSignalBlocker quiet(m_year); // one read of the cycle below, not one per year added
    const int current = cycle()->currentYear();
    if (std::find(years->begin(), years->end(), current + 1) == years->end()) {
        years->insert(years->begin(), current + 1); // next year's objectives are often set before it starts
    }
    for (int year : *years) {
        m_year->addItem(qs(services::CycleCalendar::yearLabel(year)), year);
    }
    m_year->setCurrentIndex(std::max(0, m_year->findData(keepYear != 0 ? keepYear : current)));
    for (QPushButton* b : m_buttons) {
        b->setEnabled(true);
    }
    refresh();
}

void ReviewView::refresh()
{
    if (m_staffId == 0 || m_context.workspace() == nullptr) {
        return;
    }
    auto view = cycle()->view(m_staffId, cycleYear());
    if (!view) {
        m_status->setText(qs(view.error().message));
        return;
    }
    m_view = std::move(view).value();
    m_status->setText(qs(m_view->progress.line));
    m_status->setStyleSheet(m_view->progress.overdue ? QStringLiteral("color: #b3261e;") : QString());
    QStringList warnings;
    for (const std::string& w : m_view->warnings) {
        warnings << qs(w);
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    fillObjectives();
    fillReviews();
}

void ReviewView::fillObjectives()
{
    m_objectives->setRowCount(static_cast<int>(m_view->objectives.size()));
    int row = 0;
    for (const auto& [o, cpd] : m_view->objectives) {
        QStringList titles;
        for (const CpdRecord& c : cpd) {
            titles << qs(c.title);
        }
        auto* first = cell(ObjectiveDialog::text(o.category));
        first->setData(Qt::UserRole, static_cast<qlonglong>(o.id));
        m_objectives->setItem(row, 0, first);
        m_objectives->setItem(row, 1, cell(qs(o.text)));
        m_objectives->setItem(row, 2, cell(qs(o.schoolPriority)));
        m_objectives->setItem(row, 3, cell(qs(o.successCriteria)));
        m_objectives->setItem(row, 4, cell(ObjectiveDialog::text(o.status)));
        m_objectives->setItem(
            row, 5,
            cell(titles.isEmpty() ? tr("None") : titles.join(QStringLiteral("; ")), titles.join(QLatin1Char('\n'))));
        ++row;
    }
    m_objectives->resizeRowsToContents();
}

void ReviewView::fillReviews()
{
    m_reviews->setRowCount(static_cast<int>(m_view->reviews.size()));
    int row = 0;
    for (const PmReview& r : m_view->reviews) {
        // The lock is the mark people know for "not everyone may read this"; the tooltip and name say it in words.
        auto* lock = cell(QString(), r.confidential ? tr("Confidential") : tr("Not confidential"));
        if (r.confidential) {
            lock->setIcon(lockIcon());
        }
        lock->setData(Qt::UserRole, static_cast<qlonglong>(r.id));
        lock->setData(Qt::AccessibleTextRole, r.confidential ? tr("Confidential") : QString());
        lock->setData(Qt::UserRole + 1, r.confidential);
        m_reviews->setItem(row, 0, lock);
        m_reviews->setItem(row, 1, cell(qs(services::shortDate(r.heldOn))));
        m_reviews->setItem(row, 2, cell(ReviewDialog::text(r.kind)));
        m_reviews->setItem(row, 3, cell(r.reviewerStaffId ? m_names.value(*r.reviewerStaffId) : QString()));
        m_reviews->setItem(row, 4, cell(qs(r.summary)));
        m_reviews->setItem(row, 5, cell(qs(r.outcome)));
        ++row;
    }
    m_reviews->resizeRowsToContents();
}

std::optional<PmObjective> ReviewView::selectedObjective() const
{
    const int row = m_objectives->currentRow();
    if (!m_view || row < 0 || row >= static_cast<int>(m_view->objectives.size())) {
        return std::nullopt;
    }
    return m_view->objectives[static_cast<std::size_t>(row)].objective;
}

std::optional<PmReview> ReviewView::selectedReview() const
{
    const int row = m_reviews->currentRow();
    if (!m_view || row < 0 || row >= static_cast<int>(m_view->reviews.size())) {
        return std::nullopt;
    }
    return m_view->reviews[static_cast<std::size_t>(row)];
}

bool ReviewView::ready(bool) const
{
    if (m_staffId == 0 || m_context.workspace() == nullptr || !m_view) {
        m_context.showError(tr("Select a member of staff first, then add to their performance-management cycle."));
        return false;
    }
    return true;
}

void ReviewView::show(ValidatingDialog* dialog, const QString& objectName, std::function<void()> accepted)
{
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDialogs(&m_dialogs);
    connect(dialog, &QDialog::accepted, this, std::move(accepted));
    dialog->open();
}

} // namespace staffpath::app
