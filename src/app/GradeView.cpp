// SPDX-License-Identifier: GPL-3.0-or-later
#include "GradeView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace staffpath::app {

namespace {

QString joined(const std::vector<std::string>& lines)
{
    QStringList out;
    for (const auto& line : lines) {
        out << QString::fromStdString(line);
    }
    return out.join(QLatin1Char('\n'));
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    return item;
}

} // namespace

GradeView::GradeView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("gradeView"));
    setAccessibleName(tr("Grade profile compared with the next grade"));
    m_summary->setObjectName(QStringLiteral("gradeSummaryLabel"));
    m_summary->setWordWrap(true);
    // A wrapped label must claim the height of all its lines, or the table squeezes it to one and a half.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3 + 4);
    m_table->setObjectName(QStringLiteral("gradeTable"));
    m_table->setColumnCount(3);
    m_table->verticalHeader()->hide();
    // Rows follow the column widths, so text wraps to the width the table has once laid out, not before.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    clear();
}

void GradeView::clear(const QString& message)
{
    m_table->clearContents();
    m_table->setRowCount(0);
    m_table->hide();
    m_changedRows = 0;
    m_steppedDimensions = 0;
    m_summary->setText(message.isEmpty() ? tr("Select a member of support staff with a grade to compare it with "
                                              "the next grade.")
                                         : message);
}

void GradeView::showGrade(const engine::Framework& framework, int grade)
{
    const auto* now = framework.gradeProfile(grade);
    if (now == nullptr) {
        clear(tr("Grade %1 is not one of the student support grades the framework describes (3 to 11).").arg(grade));
        return;
    }
    const auto* next = framework.nextGradeProfile(grade);
    struct Row
    {
        QString name;
        QString now;
        QString next;
    };
    auto text = [](const engine::GradeProfile* p, auto field) { return p ? field(*p) : QString(); };
    const std::vector<Row> rows{
        {tr("Purpose"), text(now, [](const auto& p) { return QString::fromStdString(p.purpose); }),
         text(next, [](const auto& p) { return QString::fromStdString(p.purpose); })},
        {tr("Reports to"), text(now, [](const auto& p) { return QString::fromStdString(p.reportsTo); }),
         text(next, [](const auto& p) { return QString::fromStdString(p.reportsTo); })},
        {tr("Supervision"), text(now, [](const auto& p) { return QString::fromStdString(p.supervisionText); }),
         text(next, [](const auto& p) { return QString::fromStdString(p.supervisionText); })},
        {tr("Autonomy"), text(now, [](const auto& p) { return QString::fromStdString(p.autonomyText); }),
         text(next, [](const auto& p) { return QString::fromStdString(p.autonomyText); })},
        {tr("Budget"), text(now, [](const auto& p) { return QString::fromStdString(p.budgetText); }),
         text(next, [](const auto& p) { return QString::fromStdString(p.budgetText); })},
        {tr("Planning"), text(now, [](const auto& p) { return QString::fromStdString(p.planning); }),
         text(next, [](const auto& p) { return QString::fromStdString(p.planning); })},
        {tr("Qualifications"), text(now, [](const auto& p) { return QString::fromStdString(p.qualificationsText); }),
         text(next, [](const auto& p) { return QString::fromStdString(p.qualificationsText); })},
        {tr("Knowledge"), text(now, [](const auto& p) { return joined(p.knowledge); }),
         text(next, [](const auto& p) { return joined(p.knowledge); })},
        {tr("Skills"), text(now, [](const auto& p) { return joined(p.skills); }),
         text(next, [](const auto& p) { return joined(p.skills); })},
        {tr("Communication"), text(now, [](const auto& p) { return QString::fromStdString(p.communication); }),
         text(next, [](const auto& p) { return QString::fromStdString(p.communication); })},
    };
    m_table->setHorizontalHeaderLabels({QString(), tr("Grade %1 (now)").arg(grade),
                                        next ? tr("Grade %1 (next)").arg(next->grade) : tr("No higher grade")});
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_changedRows = 0;
    const QColor changed(0xfd, 0xf3, 0xd8);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const Row& row = rows[static_cast<std::size_t>(r)];
        auto* name = cell(row.name);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, cell(row.now));
        auto* after = cell(row.next);
        if (next != nullptr && row.now.simplified() != row.next.simplified()) {
            after->setBackground(changed);
            after->setToolTip(tr("Different at grade %1").arg(next->grade));
            ++m_changedRows;
        }
        m_table->setItem(r, 2, after);
    }
    m_table->show();
    if (next == nullptr) {
        m_steppedDimensions = 0;
        m_summary->setText(tr("Grade %1 is the top of the student support grades: progression means widening the "
                              "role or a post elsewhere (R-NQ-09).")
                               .arg(grade));
        return;
    }
    m_steppedDimensions = (next->supervision > now->supervision ? 1 : 0) + (next->autonomy > now->autonomy ? 1 : 0) +
                          (next->budget > now->budget ? 1 : 0);
    m_summary->setText(tr("From grade %1 to grade %2, %3 of the 3 graded dimensions (supervision, autonomy, budget) "
                          "step up. Grading is cumulative (R-GRD-01): a regrade needs change across several of them, "
                          "not one extra duty. Highlighted: what is different at grade %2.")
                           .arg(grade)
                           .arg(next->grade)
                           .arg(m_steppedDimensions));
}

} // namespace staffpath::app
