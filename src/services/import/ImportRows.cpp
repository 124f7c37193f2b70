// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRows.h"

#include "staffpath/services/import/ImportDate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace staffpath::services::importrows {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string_view foldInPlace(std::string& text)
{
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') { // ASCII only, whatever the locale; and no call per character
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    const std::string_view all(text);
    const auto first = all.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return all.substr(first, all.find_last_not_of(" \t\r\n") - first + 1);
}

std::string folded(std::string_view text)
{
    std::string out(text);
    return std::string(foldInPlace(out));
}

std::string RowCells::text(const char* field) const
{
    const int column = m_mapping.columnOf(field);
    if (column < 0 || column >= static_cast<int>(m_row.fields.size())) {
        return {};
    }
    const std::string& raw = m_row.fields[static_cast<std::size_t>(column)];
    const auto first = raw.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return raw.substr(first, raw.find_last_not_of(" \t\r\n") - first + 1);
}

void RowCells::error(const char* field, const QString& reason)
{
    const int column = m_mapping.columnOf(field);
    m_errors.push_back({m_row.line, column >= 0 ? m_mapping.header[static_cast<std::size_t>(column)] : std::string(),
                        reason.toStdString()});
}

std::optional<Date> RowCells::date(const char* field, std::optional<Date> latest)
{
    const std::string value = text(field);
    if (value.empty()) {
        return std::nullopt;
    }
    Result<std::optional<Date>> d = readImportDate(value, latest);
    if (!d) {
        error(field, qs(d.error().message));
        return std::nullopt;
    }
    return d.value();
}

std::optional<double> RowCells::number(const char* field)
{
    std::string value = text(field);
    // Money and hours come as spreadsheets write them: "£1,250.00", "6 hrs".
    value.erase(std::remove(value.begin(), value.end(), ','), value.end());
    if (value.rfind("\xC2\xA3", 0) == 0) {
        value.erase(0, 2);
    }
    if (value.empty()) {
        return std::nullopt;
    }
    double out = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), out);
    const std::string rest = folded(std::string_view(end, static_cast<std::size_t>(value.data() + value.size() - end)));
    if (ec != std::errc() || !(rest.empty() || rest == "h" || rest == "hrs" || rest == "hours")) {
        error(field, tr("\"%1\" is not a number.").arg(qs(text(field))));
        return std::nullopt;
    }
    return out;
}

void addReaderProblems(const CsvTable& table, std::vector<PreviewRow>& rows)
{
    for (const CsvProblem& p : table.problems) {
        if (p.kind != CsvProblem::Kind::UnterminatedQuote) {
            continue; // ragged rows are still in table.rows and are reported there
        }
        PreviewRow row;
        row.row = p.line;
        row.status = RowStatus::Error;
        row.errors.push_back({p.line, {}, p.message});
        rows.push_back(std::move(row));
    }
}

std::string personName(const Staff& s)
{
    if (s.legalSurname.empty()) {
        return s.legalForename;
    }
    return s.legalForename.empty() ? s.legalSurname : s.legalSurname + ", " + s.legalForename;
}

} // namespace staffpath::services::importrows
