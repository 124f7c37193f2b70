// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a built report in tests: a column by its key, a cell as a number or text, a note by a phrase.

#include "staffpath/services/reports/Report.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace staffpath::test {

inline std::size_t column(const services::reports::Report& r, const std::string& key)
{
    for (std::size_t i = 0; i < r.columns.size(); ++i) {
        if (r.columns[i].key == key) {
            return i;
        }
    }
    ADD_FAILURE() << r.id << " has no column " << key;
    return 0;
}

inline std::vector<std::string> keys(const services::reports::Report& r)
{
    std::vector<std::string> out;
    for (const services::reports::Column& c : r.columns) {
        out.push_back(c.key);
    }
    return out;
}

inline double number(const services::reports::Cell& cell)
{
    if (const auto* i = std::get_if<std::int64_t>(&cell)) {
        return static_cast<double>(*i);
    }
    if (const auto* d = std::get_if<double>(&cell)) {
        return *d;
    }
    ADD_FAILURE() << "not a number";
    return 0.0;
}

inline std::int64_t whole(const services::reports::Cell& cell)
{
    const auto* i = std::get_if<std::int64_t>(&cell);
    EXPECT_NE(i, nullptr);
    return i ? *i : 0;
}

inline std::string text(const services::reports::Cell& cell)
{
    const auto* s = std::get_if<std::string>(&cell);
    EXPECT_NE(s, nullptr);
    return s ? *s : std::string();
}

inline bool anyNoteContains(const services::reports::Report& r, const std::string& part)
{
    return std::any_of(r.notes.begin(), r.notes.end(),
                       [&](const std::string& n) { return n.find(part) != std::string::npos; });
}

/**
 * A second connection to the test's database, so a figure can be checked against SQL written in the test rather
 * than against the store's own statement. Opened in SetUp, closed in TearDown (before the name is reused).
 */
class SideConnection
{
public:
    void open(const QString& path, const QString& name)
    {
        m_name = name;
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        m_db.setDatabaseName(path);
        ASSERT_TRUE(m_db.open());
    }

    void close()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    QSqlDatabase& db() { return m_db; }

    /** The first column of the first row, or an invalid QVariant when there is none. */
    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_db);
        EXPECT_TRUE(q.prepare(sql)) << sql.toStdString();
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        EXPECT_TRUE(q.exec()) << sql.toStdString();
        return q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace staffpath::test
