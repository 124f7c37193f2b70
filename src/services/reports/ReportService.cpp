// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/reports/ReportService.h"

#include "ReportBuilders.h"
#include "staffpath/services/Access.h"

#include "staffpath/services/Clock.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace staffpath::services::reports {

namespace detail {

std::string tr(const char* text)
{
    return QCoreApplication::translate("staffpath::services::reports", text).toStdString();
}

std::string trArg(const char* text, const QString& a)
{
    return QCoreApplication::translate("staffpath::services::reports", text).arg(a).toStdString();
}

std::string trArg(const char* text, const QString& a, const QString& b)
{
    return QCoreApplication::translate("staffpath::services::reports", text).arg(a, b).toStdString();
}

std::string yearLabel(int yearStart)
{
    return QStringLiteral("%1/%2").arg(yearStart).arg((yearStart + 1) % 100, 2, 10, QLatin1Char('0')).toStdString();
}

std::string wordLabel(std::string_view word)
{
    std::string out(word);
    std::replace(out.begin(), out.end(), '_', ' ');
    if (!out.empty()) {
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    }
    return out;
}

Report startReport(const BuildInput& in, std::string id, std::string title)
{
    Report r;
    r.id = std::move(id);
    r.title = std::move(title);
    r.asOf = in.asOf;
    const std::string scope = in.schoolName.empty() ? tr("all schools") : in.schoolName;
    r.subtitle =
        r.id == "pipeline" || r.id == "expiry"
            ? (r.id == "pipeline" ? trArg("Ready now and within two years · %1", QString::fromStdString(scope))
                                  : trArg("Due within 90 days or overdue · %1", QString::fromStdString(scope)))
            : trArg("CPD year %1 · %2", QString::fromStdString(yearLabel(in.yearStart)), QString::fromStdString(scope));
    return r;
}

} // namespace detail

std::string groupingWord(Grouping grouping)
{
    switch (grouping) {
    case Grouping::School:
        return "school";
    case Grouping::Team:
        return "team";
    case Grouping::Person:
        return "person";
    case Grouping::Year:
        return "year";
    case Grouping::Automatic:
        break;
    }
    return {};
}

std::optional<Grouping> groupingFromWord(std::string_view word)
{
    for (Grouping g : {Grouping::Automatic, Grouping::School, Grouping::Team, Grouping::Person, Grouping::Year}) {
        if (groupingWord(g) == word) {
            return g;
        }
    }
    return std::nullopt;
}

const std::vector<std::string>& ReportService::ids()
{
    static const std::vector<std::string> kIds{"cpd-hours", "spend", "dfe", "activities", "pipeline", "expiry"};
    return kIds;
}

Date ReportService::yearStartOn(const Date& day, const ReportContext& context)
{
    const Date thisYear{day.year, context.yearStartMonth, context.yearStartDay};
    return thisYear <= day ? thisYear : Date{day.year - 1, context.yearStartMonth, context.yearStartDay};
}

Result<Report> ReportService::build(Workspace& workspace, const Request& request, const Clock& clock,
                                    const ReportContext& context)
{
    if (Status s = Access(workspace.database()).require(Capability::SeeReports); !s) {
        return s.error();
    }
    const auto& known = ids();
    if (std::find(known.begin(), known.end(), request.id) == known.end()) {
        return makeError(ErrorCode::InvalidInput,
                         detail::trArg("There is no report called \"%1\". The reports are: %2.",
                                       QString::fromStdString(request.id),
                                       QStringList({QStringLiteral("cpd-hours"), QStringLiteral("spend"),
                                                    QStringLiteral("dfe"), QStringLiteral("activities"),
                                                    QStringLiteral("pipeline"), QStringLiteral("expiry")})
                                           .join(QStringLiteral(", "))));
    }
    if (request.groupBy != Grouping::Automatic && request.id != "cpd-hours" && request.id != "spend") {
        return makeError(ErrorCode::InvalidInput,
                         detail::trArg("Only the cpd-hours and spend reports can be grouped by school, team, person "
                                       "or year; \"%1\" has one layout.",
                                       QString::fromStdString(request.id)));
    }
    if (!Date::isValid(2001, context.yearStartMonth, context.yearStartDay)) {
        return makeError(ErrorCode::InvalidInput, detail::tr("The CPD year must start on a day every year has."));
    }
    const Date today = clock.today();
    const int yearStart = request.yearStart.value_or(yearStartOn(today, context).year);
    if (yearStart < 1900 || yearStart > 2999) {
        return makeError(ErrorCode::InvalidInput,
                         detail::trArg("%1 is not a CPD year StaffPath can report on.", QString::number(yearStart)));
    }
    const Date from{yearStart, context.yearStartMonth, context.yearStartDay};
    detail::BuildInput in{workspace, request, context, today, yearStart, {from, from.addYears(1), request.schoolId},
                          {}};
    if (request.schoolId) {
        auto schools = workspace.staff().schools();
        if (!schools) {
            return schools.error();
        }
        const auto it =
            std::find_if(schools->begin(), schools->end(), [&](const School& s) { return s.id == *request.schoolId; });
        if (it == schools->end()) {
            return makeError(ErrorCode::NotFound, detail::trArg("There is no school with id %1 in %2.",
                                                                QString::number(*request.schoolId), workspace.path()));
        }
        in.schoolName = it->name;
    }
    if (request.id == "cpd-hours") {
        return detail::cpdHours(in);
    }
    if (request.id == "spend") {
        return detail::spend(in);
    }
    if (request.id == "dfe") {
        return detail::dfe(in);
    }
    if (request.id == "activities") {
        return detail::activities(in);
    }
    if (request.id == "pipeline") {
        return detail::pipeline(in);
    }
    return detail::expiry(in);
}

} // namespace staffpath::services::reports
