// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/reports/ReportWriters.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <type_traits>

namespace staffpath::services::reports {

namespace {

std::string_view unitWord(Unit unit)
{
    switch (unit) {
    case Unit::Text:
        return "text";
    case Unit::Count:
        return "count";
    case Unit::Hours:
        return "hours";
    case Unit::Pence:
        return "pence";
    case Unit::Percent:
        return "percent";
    case Unit::Date:
        return "date";
    }
    return "text";
}

std::string pounds(std::int64_t pence)
{
    const bool negative = pence < 0;
    const std::uint64_t abs =
        negative ? static_cast<std::uint64_t>(-(pence + 1)) + 1 : static_cast<std::uint64_t>(pence);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%llu.%02llu", negative ? "-" : "",
                  static_cast<unsigned long long>(abs / 100), static_cast<unsigned long long>(abs % 100));
    return buffer;
}

std::string decimal(double value)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string out(buffer);
    // 12.50 → 12.5, 12.00 → 12: figures read as people write them, still exact to the rounding shown.
    while (out.find('.') != std::string::npos && (out.back() == '0' || out.back() == '.')) {
        const bool dot = out.back() == '.';
        out.pop_back();
        if (dot) {
            break;
        }
    }
    return out;
}

std::string cellText(const Cell& cell, Unit unit)
{
    return std::visit(
        [unit](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return {};
            } else if constexpr (std::is_same_v<T, std::string>) {
                return v;
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return unit == Unit::Pence ? pounds(v) : std::to_string(v);
            } else {
                return decimal(v);
            }
        },
        cell);
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        return text;
    }
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    return out + '"';
}

void csvLine(std::string& out, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += csvField(fields[i]);
    }
    out += "\r\n";
}

nlohmann::json cellJson(const Cell& cell, Unit unit)
{
    return std::visit(
        [unit](const auto& v) -> nlohmann::json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return nullptr;
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                // Money as pounds with exactly two decimals, read by any JSON reader as a number.
                return unit == Unit::Pence ? nlohmann::json(static_cast<double>(v) / 100.0) : nlohmann::json(v);
            } else {
                return v;
            }
        },
        cell);
}

nlohmann::json rowJson(const Report& report, const std::vector<Cell>& row)
{
    nlohmann::json out = nlohmann::json::object();
    for (std::size_t i = 0; i < report.columns.size() && i < row.size(); ++i) {
        out[report.columns[i].key] = cellJson(row[i], report.columns[i].unit);
    }
    return out;
}

} // namespace

std::string toCsv(const Report& report)
{
    std::string out = "\xEF\xBB\xBF";
    std::vector<std::string> fields;
    for (const Column& c : report.columns) {
        fields.push_back(c.key);
    }
    csvLine(out, fields);
    const auto write = [&](const std::vector<Cell>& row) {
        fields.clear();
        for (std::size_t i = 0; i < report.columns.size(); ++i) {
            fields.push_back(i < row.size() ? cellText(row[i], report.columns[i].unit) : std::string());
        }
        csvLine(out, fields);
    };
    for (const auto& row : report.rows) {
        write(row);
    }
    if (!report.totals.empty()) {
        write(report.totals);
    }
    return out;
}

std::string toJson(const Report& report)
{
    nlohmann::json out;
    out["id"] = report.id;
    out["title"] = report.title;
    out["subtitle"] = report.subtitle;
    out["asOf"] = report.asOf.isValid() ? nlohmann::json(report.asOf.toIso()) : nlohmann::json(nullptr);
    out["columns"] = nlohmann::json::array();
    for (const Column& c : report.columns) {
        out["columns"].push_back({{"key", c.key}, {"heading", c.heading}, {"unit", unitWord(c.unit)}});
    }
    out["rows"] = nlohmann::json::array();
    for (const auto& row : report.rows) {
        out["rows"].push_back(rowJson(report, row));
    }
    out["totals"] = report.totals.empty() ? nlohmann::json(nullptr) : rowJson(report, report.totals);
    out["notes"] = report.notes;
    return out.dump(2) + "\n";
}

Status saveBytes(const std::string& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()) ||
        !file.commit()) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("staffpath::services::reports",
                                                                    "The report could not be written to %1: %2.")
                                            .arg(QFileInfo(path).absoluteFilePath(), file.errorString())
                                            .toStdString());
    }
    return {};
}

} // namespace staffpath::services::reports
