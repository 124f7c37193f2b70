// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/reports/ReportCells.h"

#include "staffpath/reports/ReportText.h"

#include <cmath>

namespace staffpath::reports {

namespace {

using services::reports::Cell;
using services::reports::Unit;

/** Whole pence or hours arrive as integers from some reports and as reals from others; both read the same. */
std::optional<double> number(const Cell& cell)
{
    if (const auto* whole = std::get_if<std::int64_t>(&cell)) {
        return static_cast<double>(*whole);
    }
    if (const auto* real = std::get_if<double>(&cell)) {
        return *real;
    }
    return std::nullopt;
}

QString percent(double value)
{
    // One decimal place, dropped when it is nought: 74%, 61.5%.
    QString text = ReportText::locale().toString(value, 'f', 1);
    if (text.endsWith(ReportText::locale().decimalPoint() + QStringLiteral("0"))) {
        text.chop(2);
    }
    return text + QStringLiteral("%");
}

} // namespace

bool isNumericUnit(Unit unit)
{
    return unit == Unit::Count || unit == Unit::Hours || unit == Unit::Pence || unit == Unit::Percent;
}

QString reportCellText(Unit unit, const Cell& cell)
{
    if (std::holds_alternative<std::monostate>(cell)) {
        return {};
    }
    if (const auto* text = std::get_if<std::string>(&cell)) {
        if (unit == Unit::Date) {
            if (const auto date = Date::fromIso(*text)) {
                return ReportText::date(*date);
            }
        }
        return QString::fromStdString(*text);
    }
    const double value = *number(cell);
    const QLocale locale = ReportText::locale();
    switch (unit) {
    case Unit::Pence:
        return ReportText::money(static_cast<std::int64_t>(std::llround(value)));
    case Unit::Hours:
        return locale.toString(value, 'f', 1);
    case Unit::Percent:
        return percent(value);
    case Unit::Count:
        return locale.toString(static_cast<qlonglong>(std::llround(value)));
    case Unit::Text:
    case Unit::Date:
        break;
    }
    return std::holds_alternative<std::int64_t>(cell) ? locale.toString(static_cast<qlonglong>(value))
                                                      : locale.toString(value, 'f', 1);
}

} // namespace staffpath::reports
