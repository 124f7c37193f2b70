// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuccessionDialog.h"

#include "DisplayText.h"

#include "PathwayView.h"

#include "staffpath/engine/Explainer.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace staffpath::app {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

} // namespace

SuccessionDialog::SuccessionDialog(const engine::PathwayEngine& engine, std::vector<engine::Person> people,
                                   const Date& asOf, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_people(std::move(people))
    , m_asOf(asOf)
    , m_lines(engine.coverage(m_people, asOf))
    , m_roles(new QTableWidget(this))
    , m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("successionDialog"));
    setWindowTitle(tr("Succession"));
    const engine::Explainer explain(engine.framework());

    auto* intro = new QLabel(tr("Critical roles and who could step into them (%n people, as of %1). Roles with "
                                "nobody ready within two years come first.",
                                nullptr, static_cast<int>(m_people.size()))
                                 .arg(DisplayText::date(asOf)),
                             this);
    intro->setWordWrap(true);

    m_roles->setObjectName(QStringLiteral("successionRolesTable"));
    m_roles->setAccessibleName(tr("Critical roles"));
    m_roles->setColumnCount(4);
    m_roles->setHorizontalHeaderLabels({tr("Role"), tr("Hold it"), tr("Ready now"), tr("In 1–2 years")});
    m_roles->setRowCount(static_cast<int>(m_lines.size()));
    m_roles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roles->verticalHeader()->hide();
    m_roles->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int row = 0; row < static_cast<int>(m_lines.size()); ++row) {
        const auto& line = m_lines[static_cast<std::size_t>(row)];
        QString title = QString::fromStdString(explain.title(line.role));
        if (line.nobody()) {
            title = tr("%1 — nobody ready").arg(title);
        }
        auto* roleCell = cell(title);
        roleCell->setData(Qt::UserRole, QString::fromStdString(line.role));
        if (line.nobody()) {
            QFont bold = roleCell->font();
            bold.setBold(true);
            roleCell->setFont(bold);
            roleCell->setForeground(QColor(0x7f, 0x1d, 0x1d));
        }
        m_roles->setItem(row, 0, roleCell);
        m_roles->setItem(row, 1, cell(QString::number(line.incumbents), true));
        m_roles->setItem(row, 2, cell(QString::number(line.readyNow), true));
        m_roles->setItem(row, 3, cell(QString::number(line.oneToTwoYears), true));
    }
    m_roles->resizeColumnsToContents();
    m_roles->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_heading->setObjectName(QStringLiteral("successionRoleHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    auto* bandsRow = new QHBoxLayout;
    const QStringList bandTitles{tr("Hold it now"), tr("Ready now"), tr("In one to two years"), tr("Later")};
    const QStringList bandNames{QStringLiteral("successionIncumbents"), QStringLiteral("successionReadyNow"),
                                QStringLiteral("successionOneToTwoYears"), QStringLiteral("successionLater")};
    for (int i = 0; i < bandTitles.size(); ++i) {
        auto* group = new QGroupBox(bandTitles.at(i), this);
        auto* list = new QListWidget(group);
        list->setObjectName(bandNames.at(i));
        list->setAccessibleName(bandTitles.at(i));
        // Names and posts wrap rather than scroll sideways: nobody reads a succession list with a scroll bar.
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto* groupLayout = new QVBoxLayout(group);
        groupLayout->addWidget(list);
        bandsRow->addWidget(group);
        m_bands.push_back(list);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_roles, 1);
    layout->addWidget(m_heading);
    layout->addLayout(bandsRow, 1);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(m_roles, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) { showRole(row); });
    if (!m_lines.empty()) {
        m_roles->setCurrentCell(0, 0);
    }
}

bool SuccessionDialog::selectRole(const QString& roleId)
{
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        if (m_roles->item(row, 0)->data(Qt::UserRole).toString() == roleId) {
            m_roles->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

void SuccessionDialog::showRole(int row)
{
    for (auto* list : m_bands) {
        list->clear();
    }
    if (row < 0 || row >= static_cast<int>(m_lines.size())) {
        m_heading->clear();
        return;
    }
    const auto roleId = m_lines[static_cast<std::size_t>(row)].role;
    const engine::Explainer explain(m_engine.framework());
    m_heading->setText(QString::fromStdString(explain.title(roleId)));
    const auto plan = m_engine.succession(m_people, roleId, m_asOf);
    auto fill = [&](QListWidget* list, const std::vector<engine::Candidate>& band, bool withMonths) {
        for (const auto& c : band) {
            QString now;
            for (const auto& id : c.currentRoles) {
                now += (now.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromStdString(explain.title(id));
            }
            QString text = QString::fromStdString(c.name);
            if (!now.isEmpty()) {
                text += QStringLiteral(" — ") + now;
            }
            if (withMonths && c.months > 0) {
                text += QStringLiteral(" (") + PathwayView::monthsText(c.months) + QLatin1Char(')');
            }
            list->addItem(text);
        }
        if (band.empty()) {
            auto* none = new QListWidgetItem(tr("Nobody"), list);
            none->setFlags(Qt::NoItemFlags);
        }
    };
    fill(m_bands[0], plan.incumbents, false);
    fill(m_bands[1], plan.readyNow, false);
    fill(m_bands[2], plan.oneToTwoYears, true);
    fill(m_bands[3], plan.later, true);
}

} // namespace staffpath::app
