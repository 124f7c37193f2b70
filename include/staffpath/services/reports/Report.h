// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace staffpath::services::reports {

/**
 * A report as data: what every output (the window, PDF, CSV, JSON, XLSX) draws from, so the numbers governors
 * see on paper are the numbers in the spreadsheet. Text is UTF-8; money is pence so sums are exact.
 */
enum class Unit { Text, Count, Hours, Pence, Percent, Date };

struct Column
{
    std::string key;     ///< stable, for CSV/JSON headers ("school", "hours")
    std::string heading; ///< for people ("CPD hours")
    Unit unit = Unit::Text;
};

/** Empty, text (also for Unit::Date as ISO yyyy-mm-dd), a whole number (counts, pence) or a real (hours, %). */
using Cell = std::variant<std::monostate, std::string, std::int64_t, double>;

enum class ChartKind { Bar, StackedBar, HorizontalBar, Pie };

struct ChartSeries
{
    std::string name;
    std::vector<double> values; ///< one per category; pence are given in pounds here
    bool asLine = false;        ///< drawn as a line over the bars (a budget against spend)
};

struct Chart
{
    ChartKind kind = ChartKind::Bar;
    std::string valueAxisTitle;
    std::vector<std::string> categories;
    std::vector<ChartSeries> series;
};

struct Report
{
    std::string id;       ///< "cpd-hours", "spend", "dfe", "activities", "pipeline", "expiry"
    std::string title;    ///< "CPD hours by school"
    std::string subtitle; ///< the scope in words: "2026/27 · all schools"
    Date asOf;
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::vector<Cell> totals; ///< empty, or one per column
    std::optional<Chart> chart;
    std::vector<std::string> notes; ///< how figures were counted, said once under the table
};

/**
 * What each row of the CPD hours and spend reports is. Automatic is per school, except CPD hours for one school,
 * which is per person; the other reports have one layout and take only Automatic.
 */
enum class Grouping { Automatic, School, Team, Person, Year };

struct Request
{
    std::string id;
    std::optional<int> yearStart; ///< the CPD year that starts in this calendar year; none = the current one
    std::optional<Id> schoolId;   ///< none = every school
    Grouping groupBy = Grouping::Automatic;
};

/** "school", "team", "person", "year", or "" for Automatic: the words the CLI's --by takes. */
std::string groupingWord(Grouping grouping);
/** The inverse of groupingWord; none for a word it does not know. */
std::optional<Grouping> groupingFromWord(std::string_view word);

} // namespace staffpath::services::reports
