// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkInsert.h"

#include "SqlErrors.h"

#include <QCoreApplication>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>

#include <sqlite3.h>

#include <algorithm>
#include <climits>
#include <string>

namespace staffpath::store::writes {

void BulkRow::add(const char* column, BulkValue value)
{
    m_columns.push_back(column);
    m_values.push_back(value);
}

void BulkRow::date(const char* column, const std::optional<Date>& value)
{
    if (!value) {
        add(column, BulkValue());
        return;
    }
    const std::string iso = value->toIso(); // short enough never to allocate
    BulkDate d;
    d.size = std::min(iso.size(), d.text.size());
    std::copy_n(iso.data(), d.size, d.text.data());
    add(column, d);
}

void BulkRow::clear()
{
    m_columns.clear();
    m_values.clear();
}

namespace {

/** INSERT INTO table (columns) VALUES (?, ...), (?, ...) with `rows` groups of marks. */
QString insertSql(const Table& table, const std::vector<const char*>& columns, int rows = 1)
{
    QStringList names;
    for (const char* c : columns) {
        names << QString::fromLatin1(c);
    }
    QString marks = QStringLiteral("?, ").repeated(names.size());
    marks.chop(2);
    QString values = QString(QLatin1Char('(') + marks + QStringLiteral("), ")).repeated(rows);
    values.chop(2);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(QString::fromLatin1(table.name), names.join(QStringLiteral(", ")), values);
}

/** Through Qt: every engine Qt has a driver for. */
class QtBulkInsert final : public BulkInsert
{
public:
    QtBulkInsert(const Tx& tx, QString sql)
        : m_statement(tx.db, tx.file)
        , m_sql(std::move(sql))
    {}

    Status prepare() { return m_statement.prepare(m_sql); }

    Status insert(std::span<const BulkValue> values) override
    {
        int position = 0;
        for (const BulkValue& v : values) {
            m_statement.bindAt(position++, toVariant(v));
        }
        return m_statement.exec();
    }

    Status finish() override { return {}; }

private:
    static QVariant toVariant(const BulkValue& v)
    {
        if (const auto* i = std::get_if<long long>(&v)) {
            return static_cast<qlonglong>(*i);
        }
        if (const auto* d = std::get_if<double>(&v)) {
            return *d;
        }
        if (const auto* t = std::get_if<std::string_view>(&v)) {
            return QString::fromUtf8(t->data(), static_cast<qsizetype>(t->size()));
        }
        if (const auto* d = std::get_if<BulkDate>(&v)) {
            return QString::fromLatin1(d->text.data(), static_cast<qsizetype>(d->size));
        }
        return QVariant(QMetaType::fromType<QString>());
    }

    Statement m_statement;
    QString m_sql;
};

/** Straight to SQLite on the connection Qt opened, inside the transaction Qt began. */
class SqliteBulkInsert final : public BulkInsert
{
public:
    SqliteBulkInsert(sqlite3* handle, const Tx& tx, const Table& table, const std::vector<const char*>& columns)
        : m_handle(handle)
        , m_file(tx.file)
        , m_width(columns.size())
        , m_one{tx.dialect.sql(insertSql(table, columns))}
        , m_many{tx.dialect.sql(insertSql(table, columns, kGroup))}
    {
        m_held.reserve(m_width * kGroup);
    }

    ~SqliteBulkInsert() override
    {
        // Rows still held were never written: finish() was forgotten, unless a failure is rolling everything back.
        Q_ASSERT(m_held.empty() || m_failed);
        sqlite3_finalize(m_one.statement);
        sqlite3_finalize(m_many.statement);
        if (m_cacheSize) {
            const std::string restore = "PRAGMA cache_size = " + std::to_string(*m_cacheSize);
            sqlite3_exec(m_handle, restore.c_str(), nullptr, nullptr, nullptr);
        }
    }

    Status prepare()
    {
        m_cacheSize = pragmaValue("PRAGMA cache_size");
        if (m_cacheSize) {
            // Room for the whole write: with SQLite's 8 MB default, pages of the index by person were written
            // out to the WAL, changed again and written again, a dozen times each in a 250,000-row import.
            sqlite3_exec(m_handle, "PRAGMA cache_size = -131072", nullptr, nullptr, nullptr);
        }
        if (Status s = prepare(m_one); !s) {
            return s;
        }
        return prepare(m_many);
    }

    Status insert(std::span<const BulkValue> values) override
    {
        if (values.size() != m_width) {
            m_failed = true;
            // A fault in StaffPath, not in the file: say so, and name where the write was going.
            return makeError(ErrorCode::Database,
                             QCoreApplication::translate("staffpath::store",
                                                         "StaffPath could not write to %1 (a row did not fit its "
                                                         "table); nothing was saved. Please report this.")
                                 .arg(m_file)
                                 .toStdString(),
                             "bulk insert: " + std::to_string(values.size()) + " values for " +
                                 std::to_string(m_width) + " columns");
        }
        m_held.insert(m_held.end(), values.begin(), values.end());
        if (m_held.size() < m_width * kGroup) {
            return {};
        }
        Status s = run(m_many, m_held);
        m_held.clear();
        return s;
    }

    Status finish() override
    {
        Status s;
        for (std::size_t at = 0; s && at < m_held.size(); at += m_width) {
            s = run(m_one, std::span<const BulkValue>(m_held).subspan(at, m_width));
        }
        m_held.clear();
        return s;
    }

private:
    // Rows per multi-row INSERT: a statement per row was a third of SQLite's time. 32 rows of 23 columns stay far
    // below SQLite's limit of 32,766 bound values.
    static constexpr std::size_t kGroup = 32;

    struct Prepared
    {
        QString sql;
        sqlite3_stmt* statement = nullptr;
    };

    Status prepare(Prepared& p)
    {
        const QByteArray utf8 = p.sql.toUtf8();
        const int rc =
            sqlite3_prepare_v2(m_handle, utf8.constData(), static_cast<int>(utf8.size()), &p.statement, nullptr);
        return rc == SQLITE_OK ? Status() : failure(rc, QStringLiteral("Unable to prepare the statement"), p.sql);
    }

    Status run(Prepared& p, std::span<const BulkValue> values)
    {
        int position = 1;
        int rc = SQLITE_OK;
        for (const BulkValue& v : values) {
            rc = bind(p.statement, position++, v);
            if (rc != SQLITE_OK) {
                break;
            }
        }
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(p.statement);
        }
        // reset() must run either way so the statement can be used again.
        sqlite3_reset(p.statement);
        if (rc != SQLITE_DONE && rc != SQLITE_OK) {
            m_failed = true;
            return failure(rc, QStringLiteral("Unable to fetch row"), p.sql);
        }
        return {};
    }

    static int bind(sqlite3_stmt* statement, int position, const BulkValue& v)
    {
        if (const auto* i = std::get_if<long long>(&v)) {
            return sqlite3_bind_int64(statement, position, *i);
        }
        if (const auto* d = std::get_if<double>(&v)) {
            return sqlite3_bind_double(statement, position, *d);
        }
        if (const auto* t = std::get_if<std::string_view>(&v)) {
            if (t->size() > static_cast<std::size_t>(INT_MAX)) {
                return SQLITE_TOOBIG;
            }
            // SQLITE_STATIC: the caller keeps the text until finish(); copying 250,000 titles would cost what
            // this saves.
            return sqlite3_bind_text(statement, position, t->data(), static_cast<int>(t->size()), SQLITE_STATIC);
        }
        if (const auto* date = std::get_if<BulkDate>(&v)) {
            return sqlite3_bind_text(statement, position, date->text.data(), static_cast<int>(date->size),
                                     SQLITE_STATIC); // held in m_held until the step
        }
        return sqlite3_bind_null(statement, position);
    }

    /** The error as Qt's SQLite driver would have made it, so sqlerr gives the same sentences. */
    Status failure(int rc, const QString& driverText, const QString& sql) const
    {
        const QSqlError error(driverText, QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                              QString::number(rc));
        return sqlerr::failure(m_file, error, sql);
    }

    std::optional<long long> pragmaValue(const char* sql) const
    {
        sqlite3_stmt* st = nullptr;
        std::optional<long long> value;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
            value = sqlite3_column_int64(st, 0);
        }
        sqlite3_finalize(st);
        return value;
    }

    sqlite3* m_handle;
    QString m_file;
    std::optional<long long> m_cacheSize;
    std::size_t m_width;
    Prepared m_one;
    Prepared m_many;
    std::vector<BulkValue> m_held;
    bool m_failed = false;
};

/** SQLite's handle behind `db`, or null when it is another engine (or a driver built without SQLite's API). */
sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    sqlite3* h = *static_cast<sqlite3* const*>(handle.constData());
    // Qt began a transaction on this very connection; a handle that says otherwise is not the one we think.
    if (h == nullptr || sqlite3_get_autocommit(h) != 0) {
        return nullptr;
    }
    return h;
}

} // namespace

Result<std::unique_ptr<BulkInsert>> BulkInsert::prepare(const Tx& tx, const Table& table,
                                                        const std::vector<const char*>& columns)
{
    if (sqlite3* handle = sqliteHandle(tx.db)) {
        auto insert = std::make_unique<SqliteBulkInsert>(handle, tx, table, columns);
        if (Status s = insert->prepare(); !s) {
            return s.error();
        }
        return std::unique_ptr<BulkInsert>(std::move(insert));
    }
    auto insert = std::make_unique<QtBulkInsert>(tx, tx.dialect.sql(insertSql(table, columns)));
    if (Status s = insert->prepare(); !s) {
        return s.error();
    }
    return std::unique_ptr<BulkInsert>(std::move(insert));
}

} // namespace staffpath::store::writes
