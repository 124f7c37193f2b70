// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtPrinters.h"
#include "StaffFilterProxyModel.h"
#include "StaffTableModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace staffpath::app::test {

namespace {

StaffSummary person(Id id, const char* display, const char* sort, const char* role, const char* payPoint,
                    const char* team = "")
{
    StaffSummary s;
    s.team = team;
    s.id = id;
    s.displayName = display;
    s.sortName = sort;
    s.roleTitle = role;
    s.schoolName = "Hollin Bank Primary";
    s.payPoint = payPoint;
    return s;
}

std::vector<StaffSummary> sampleStaff()
{
    return {
        person(1, "Zoë Ó Briain", "Ó Briain, Zoë", "Class teacher", "M10", "Key Stage 2"),
        person(2, "Amir O'Neill", "O'Neill, Amir", "Class teacher", "M2", "EYFS"),
        person(3, "beth Adams", "adams, beth", "Teaching assistant", "", "Inclusion and SEND"),
        person(4, "Carl Brown-Smith", "Brown-Smith, Carl", "Headteacher", "L14"),
    };
}

} // namespace

class StaffModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_proxy.setSourceModel(&m_model);
        m_model.setStaff(sampleStaff());
        m_proxy.sort(static_cast<int>(StaffTableModel::Column::Name), Qt::AscendingOrder);
    }

    QStringList column(StaffTableModel::Column column) const
    {
        QStringList values;
        for (int row = 0; row < m_proxy.rowCount(); ++row) {
            values.append(m_proxy.index(row, static_cast<int>(column)).data().toString());
        }
        return values;
    }

    StaffTableModel m_model;
    StaffFilterProxyModel m_proxy;
    QAbstractItemModelTester m_modelTester{&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester m_proxyTester{&m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(StaffModelTest, SortsNamesBySortNameIgnoringCase)
{
    EXPECT_EQ(column(StaffTableModel::Column::Name),
              QStringList({QStringLiteral("beth Adams"), QStringLiteral("Carl Brown-Smith"),
                           QStringLiteral("Zoë Ó Briain"), QStringLiteral("Amir O'Neill")}));
}

TEST_F(StaffModelTest, SortsPayPointsNaturally)
{
    m_proxy.sort(static_cast<int>(StaffTableModel::Column::GradePay), Qt::AscendingOrder);
    EXPECT_EQ(column(StaffTableModel::Column::GradePay),
              QStringList({QString(), QStringLiteral("L14"), QStringLiteral("M2"), QStringLiteral("M10")}));
}

TEST_F(StaffModelTest, SearchUsesTheCoreFilterAccentsAndApostrophesIgnored)
{
    m_proxy.setSearchText(QStringLiteral("zoe"));
    EXPECT_EQ(column(StaffTableModel::Column::Name), QStringList{QStringLiteral("Zoë Ó Briain")});
    m_proxy.setSearchText(QStringLiteral("oneill"));
    EXPECT_EQ(column(StaffTableModel::Column::Name), QStringList{QStringLiteral("Amir O'Neill")});
    m_proxy.setSearchText(QStringLiteral("class teacher"));
    EXPECT_EQ(m_proxy.rowCount(), 2);
    m_proxy.setSearchText(QString());
    EXPECT_EQ(m_proxy.rowCount(), 4);
}

TEST_F(StaffModelTest, TheTeamColumnComesLastInTheModelAndSortsAndSearchesByTeam)
{
    EXPECT_EQ(m_model.columnCount(), static_cast<int>(StaffTableModel::Column::Count));
    const int team = static_cast<int>(StaffTableModel::Column::Team);
    EXPECT_EQ(team, m_model.columnCount() - 1) << "so layouts saved before it keep their meaning";
    EXPECT_EQ(m_model.headerData(team, Qt::Horizontal).toString(), QStringLiteral("Team"));
    EXPECT_FALSE(m_model.headerData(team, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    m_proxy.sort(team, Qt::AscendingOrder);
    EXPECT_EQ(column(StaffTableModel::Column::Team),
              QStringList({QString(), QStringLiteral("EYFS"), QStringLiteral("Inclusion and SEND"),
                           QStringLiteral("Key Stage 2")}))
        << "no team recorded sorts first";
    m_proxy.setSearchText(QStringLiteral("send"));
    EXPECT_EQ(column(StaffTableModel::Column::Name), QStringList{QStringLiteral("beth Adams")});
}

TEST_F(StaffModelTest, ReplacingTheStaffRebuildsTheSearchCache)
{
    m_proxy.setSearchText(QStringLiteral("adams"));
    ASSERT_EQ(m_proxy.rowCount(), 1);
    m_model.setStaff({person(9, "Dev Adams", "Adams, Dev", "Caretaker", ""),
                      person(10, "Eve Adamson", "Adamson, Eve", "Cook", ""),
                      person(11, "Fay Grey", "Grey, Fay", "Cook", "")});
    EXPECT_EQ(m_proxy.rowCount(), 2);
    m_model.clear();
    EXPECT_EQ(m_proxy.rowCount(), 0);
}

TEST_F(StaffModelTest, SortRoleHoldsRawValues)
{
    const QModelIndex name = m_model.index(0, static_cast<int>(StaffTableModel::Column::Name));
    EXPECT_EQ(name.data(StaffTableModel::kSortRole).toString(), QStringLiteral("Ó Briain, Zoë"));
    EXPECT_EQ(name.data(StaffTableModel::kStaffIdRole).value<qint64>(), 1);
    const QModelIndex fte = m_model.index(0, static_cast<int>(StaffTableModel::Column::Fte));
    EXPECT_EQ(fte.data(StaffTableModel::kSortRole).typeId(), QMetaType::Double);
}

} // namespace staffpath::app::test
