// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/CycleCalendar.h"

#include "DataFiles.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace staffpath::services {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services", text);
}

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

Error invalid(const std::string& fileName, const QString& sentence)
{
    return makeError(ErrorCode::InvalidInput, tr("In %1, %2").arg(qs(fileName), sentence).toStdString());
}

/** "10-31" → {10, 31}; 29 February is allowed (it resolves to the month's last day in other years). */
std::optional<YearDay> parseYearDay(const std::string& text)
{
    int month = 0;
    int day = 0;
    char tail = 0;
    if (text.size() != 5 || std::sscanf(text.c_str(), "%2d-%2d%c", &month, &day, &tail) != 2) {
        return std::nullopt;
    }
    if (!Date::isValid(2028, month, day)) {
        return std::nullopt;
    }
    return YearDay{month, day};
}

} // namespace

Date CycleCalendar::start(int cycleYear) const
{
    return Date{cycleYear, yearStart.month, std::min(yearStart.day, Date::daysInMonth(cycleYear, yearStart.month))};
}

Date CycleCalendar::end(int cycleYear) const
{
    return start(cycleYear + 1).addDays(-1);
}

Date CycleCalendar::resolve(int cycleYear, YearDay day) const
{
    const Date from = start(cycleYear);
    for (int year = cycleYear; year <= cycleYear + 1; ++year) {
        const Date candidate{year, day.month, std::min(day.day, Date::daysInMonth(year, day.month))};
        if (!(candidate < from)) {
            return candidate;
        }
    }
    return end(cycleYear);
}

int CycleCalendar::cycleYearOf(const Date& day) const
{
    return day < start(day.year) ? day.year - 1 : day.year;
}

std::string CycleCalendar::yearLabel(int cycleYear)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%d/%02d", cycleYear, (cycleYear + 1) % 100);
    return buffer;
}

Result<CycleCalendar> CycleCalendar::fromJson(std::string_view json, const std::string& fileName)
{
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return invalid(fileName, tr("the text is not a JSON object; compare it with the shipped data/pm/cycle.json."));
    }
    CycleCalendar calendar;
    const std::pair<const char*, YearDay*> days[] = {{"objectivesSetBy", &calendar.objectivesSetBy},
                                                     {"interimReviewBy", &calendar.interimReviewBy},
                                                     {"finalReviewBy", &calendar.finalReviewBy}};
    for (const auto& [key, target] : days) {
        const auto found = doc.find(key);
        if (found == doc.end()) {
            continue;
        }
        const std::optional<YearDay> value =
            found->is_string() ? parseYearDay(found->get<std::string>()) : std::nullopt;
        if (!value) {
            return invalid(fileName, tr("\"%1\" must be a month and day written MM-DD, such as \"10-31\" for 31 "
                                        "October.")
                                         .arg(QString::fromLatin1(key)));
        }
        *target = *value;
    }
    if (const auto found = doc.find("warnAboveObjectives"); found != doc.end()) {
        if (!found->is_number_integer() || found->get<int>() < 1) {
            return invalid(fileName, tr("\"warnAboveObjectives\" must be a whole number of at least 1."));
        }
        calendar.warnAboveObjectives = found->get<int>();
    }
    return calendar;
}

Result<CycleCalendar> CycleCalendar::load(const std::filesystem::path& file)
{
    const Result<QByteArray> bytes = datafiles::read(file);
    if (!bytes) {
        return bytes.error();
    }
    return fromJson(std::string_view(bytes.value().constData(), static_cast<std::size_t>(bytes.value().size())),
                    QDir::toNativeSeparators(datafiles::fromPath(file)).toStdString());
}

Result<std::filesystem::path> CycleCalendar::locateShippedFile()
{
    return datafiles::locate({"STAFFPATH_PM_DIR", "pm", "cycle.json", tr("The performance-management calendar")});
}

Result<CycleCalendar> CycleCalendar::loadShipped()
{
    auto file = locateShippedFile();
    if (!file) {
        return file.error();
    }
    return load(*file);
}

} // namespace staffpath::services
