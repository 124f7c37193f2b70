// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanHtml.h"

#include "staffpath/reports/ReportText.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace staffpath::reports {

namespace {

const engine::Framework& frameworkOrEmpty(const std::shared_ptr<const engine::Framework>& framework)
{
    static const engine::Framework empty;
    return framework ? *framework : empty;
}

/** User text made safe for HTML; line breaks the person typed are kept. */
QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString esc(const std::string& text)
{
    return esc(QString::fromStdString(text));
}

QString orDash(const QString& html)
{
    return html.isEmpty() ? QStringLiteral("&#8212;") : html;
}

// Qt's rich text reads a small CSS subset: class selectors, fonts, colours, margins, and per-side cell borders
// (border-collapse), which is what gives the tables their light rules. Sizes in px are 1/96 inch on paper.
const char* const kStyle = R"css(
body { font-size: 9.5pt; color: #1a1a1a; }
h1 { font-size: 19pt; font-weight: 600; color: #1f3a5f; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 12.5pt; font-weight: 600; color: #1f3a5f; margin-top: 16px; margin-bottom: 5px; }
h3 { font-size: 10pt; font-weight: 600; color: #333333; margin-top: 8px; margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 4px; }
.school { font-size: 10.5pt; font-weight: 600; color: #4a5a6a; margin-bottom: 2px; }
.person { font-size: 13pt; font-weight: 600; margin-bottom: 0px; }
.muted { color: #5f6b76; }
.small { font-size: 8.5pt; }
.empty { color: #5f6b76; font-style: italic; }
.answer { margin-left: 12px; margin-top: 2px; margin-bottom: 6px; }
table.grid { border-collapse: collapse; }
th { background-color: #edf1f6; font-weight: 600; text-align: left; border-bottom: 1px solid #9aa8b6; }
td.cell { border-bottom: 1px solid #d7dde4; }
td.label { color: #5f6b76; border-bottom: 1px solid #d7dde4; }
td.value { border-bottom: 1px solid #d7dde4; }
td.line { border-bottom: 1px solid #555555; }
)css";

/** A table with light rules: a shaded header row (repeated on every page it spans) and a rule under each row. */
class Grid
{
public:
    struct Column
    {
        QString header;
        int widthPercent = 0;
        bool right = false; ///< numbers line up on the right, header and all
    };

    explicit Grid(QList<Column> columns)
        : m_columns(std::move(columns))
    {
        m_html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>");
        for (const Column& column : m_columns) {
            m_html += QStringLiteral("<th width=\"%1%\"%2>%3</th>")
                          .arg(QString::number(column.widthPercent), alignment(column), column.header);
        }
        m_html += QStringLiteral("</tr></thead>");
    }

    /** Cells are HTML, already escaped by the caller. */
    void row(const QStringList& cells)
    {
        m_html += QStringLiteral("<tr>");
        for (int i = 0; i < cells.size() && i < m_columns.size(); ++i) {
            m_html += QStringLiteral("<td class=\"cell\" valign=\"top\"%1>%2</td>")
                          .arg(alignment(m_columns.at(i)), orDash(cells.at(i)));
        }
        m_html += QStringLiteral("</tr>");
    }

    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    static QString alignment(const Column& column)
    {
        return column.right ? QStringLiteral(" align=\"right\"") : QString();
    }

    QList<Column> m_columns;
    QString m_html;
};

QString section(const QString& title)
{
    return QStringLiteral("<h2>%1</h2>").arg(title);
}

QString emptyNote(const QString& text)
{
    return QStringLiteral("<p class=\"empty\">%1</p>").arg(text);
}

/** A date in a narrow column stays on one line. */
QString nowrap(const QString& text)
{
    QString kept = text;
    return kept.replace(QLatin1Char(' '), QStringLiteral("&#160;"));
}

QString yearOf(const std::optional<Date>& date)
{
    return date && date->isValid() ? QString::number(date->year) : QString();
}

} // namespace

PlanHtml::PlanHtml(const PlanReportInput& input)
    : m_input(input)
    , m_explain(frameworkOrEmpty(input.framework))
{}

QString PlanHtml::title(const std::string& id) const
{
    return QString::fromStdString(m_explain.title(id));
}

QString PlanHtml::build() const
{
    QString html =
        QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>")
            .arg(esc(QString::fromStdString(m_input.record.staff.displayName())), QString::fromLatin1(kStyle));
    html += heading();
    html += profile();
    html += qualifications();
    html += cpd();
    html += suggestions();
    html += plan();
    html += conversation();
    html += signOff();
    html += QStringLiteral("</body></html>");
    return html;
}

const Post* PlanHtml::currentPost() const
{
    const auto& posts = m_input.record.posts;
    for (const Post& post : posts) {
        if (post.isCurrent(m_input.printedOn)) {
            return &post;
        }
    }
    for (const Post& post : posts) {
        if (!post.to) {
            return &post;
        }
    }
    return posts.empty() ? nullptr : &posts.front();
}

const CareerConversation* PlanHtml::shownConversation() const
{
    // Newest first in the record; the newest that may be printed wins.
    for (const CareerConversation& c : m_input.record.conversations) {
        if (!c.confidential || m_input.includeConfidential) {
            return &c;
        }
    }
    return nullptr;
}

QString PlanHtml::targetRole() const
{
    if (m_input.targetRoleTitle && !m_input.targetRoleTitle->empty()) {
        return QString::fromStdString(*m_input.targetRoleTitle);
    }
    for (const PlanItem& item : m_input.record.plan) {
        if (!item.targetRoleId.empty()) {
            return title(item.targetRoleId);
        }
    }
    if (const CareerConversation* c = shownConversation()) {
        if (!c->targetRoleTitle.empty()) {
            return QString::fromStdString(c->targetRoleTitle);
        }
        if (!c->targetRoleId.empty()) {
            return title(c->targetRoleId);
        }
    }
    return {};
}

QString PlanHtml::heading() const
{
    const StaffRecord& record = m_input.record;
    QString html;
    if (record.school && !record.school->name.empty()) {
        html += QStringLiteral("<p class=\"school\">%1</p>").arg(esc(record.school->name));
    }
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Professional development plan"));
    const Post* post = currentPost();
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"bottom\">"
                           "<p class=\"person\">%1</p><p>%2</p></td>"
                           "<td valign=\"bottom\" align=\"right\"><p class=\"muted\">%3</p></td></tr></table>")
                .arg(esc(record.staff.displayName()), post ? esc(post->title) : QString(),
                     tr("Printed %1").arg(ReportText::longDate(m_input.printedOn)));
    html += QStringLiteral("<hr>");
    return html;
}

QString PlanHtml::profile() const
{
    const StaffRecord& record = m_input.record;
    const Staff& staff = record.staff;
    const Post* post = currentPost();
    QString qts = ReportText::yesNo(staff.qts);
    if (staff.qts && staff.qtsDate) {
        qts = tr("Yes, awarded %1").arg(ReportText::date(staff.qtsDate));
    }
    const QList<QPair<QString, QString>> fields{
        {tr("Post"), post ? esc(post->title) : QString()},
        {tr("Grade / pay point"),
         post ? ReportText::gradeAndPay(post->grade, post->payPoint).toHtmlEscaped() : QString()},
        {tr("FTE"), ReportText::fte(staff.fte)},
        {tr("Start date"), ReportText::date(staff.startDate)},
        {tr("QTS"), qts},
        {tr("Line manager"), esc(record.lineManagerName)},
    };
    // Two label-value pairs a row: a record card, not a list.
    QString html = section(tr("Profile"));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">");
    for (int i = 0; i < fields.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (int j = i; j < i + 2 && j < fields.size(); ++j) {
            html += QStringLiteral("<td class=\"label\" width=\"19%\">%1</td><td class=\"value\" width=\"31%\">%2</td>")
                        .arg(fields.at(j).first, orDash(fields.at(j).second));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

QString PlanHtml::qualifications() const
{
    QString html = section(tr("Qualifications"));
    const auto& held = m_input.record.qualifications;
    if (held.empty()) {
        return html + emptyNote(tr("No qualifications recorded."));
    }
    Grid grid({{tr("Qualification or programme"), 62}, {tr("Status"), 20}, {tr("Year"), 18}});
    for (const QualificationHeld& q : held) {
        QString name = esc(q.name.empty() ? title(q.qualificationId).toStdString() : q.name);
        if (!q.provider.empty()) {
            name += QStringLiteral("<br><span class=\"muted small\">%1</span>").arg(esc(q.provider));
        }
        QString year = yearOf(q.completed);
        if (!year.isEmpty() && q.status != QualificationStatus::Completed) {
            year = tr("expected %1").arg(year);
        }
        grid.row({name, ReportText::qualificationStatus(q.status), year});
    }
    return html + grid.html();
}

QString PlanHtml::cpd() const
{
    const StaffRecord& record = m_input.record;
    QString html = section(tr("Professional development (CPD)"));
    const CpdTotals& totals = record.cpdTotals;
    if (totals.count == 0 && record.recentCpd.empty()) {
        return html + emptyNote(tr("No professional development recorded yet."));
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 recorded, %2 in all, %3 spent.")
                         .arg(totals.count == 1 ? tr("1 activity") : tr("%1 activities").arg(totals.count),
                              ReportText::hours(totals.hours), ReportText::money(totals.costPence)));
    std::vector<const CpdRecord*> shown;
    for (const CpdRecord& c : record.recentCpd) {
        if (static_cast<int>(shown.size()) >= m_input.maxCpdRows) {
            break;
        }
        if (!c.confidential || m_input.includeConfidential) {
            shown.push_back(&c);
        }
    }
    if (shown.empty()) {
        return html;
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Activities, newest first"));
    Grid grid({{tr("Date"), 15}, {tr("Activity"), 43}, {tr("Type"), 18}, {tr("Status"), 13}, {tr("Hours"), 11, true}});
    for (const CpdRecord* c : shown) {
        QString activity = esc(c->title);
        if (!c->provider.empty()) {
            activity += QStringLiteral("<br><span class=\"muted small\">%1</span>").arg(esc(c->provider));
        }
        grid.row({nowrap(ReportText::date(c->start ? c->start : c->end)), activity,
                  ReportText::activityType(c->activityType), ReportText::cpdStatus(c->status),
                  c->hours > 0 ? ReportText::hours(c->hours) : QString()});
    }
    html += grid.html();
    if (totals.count > static_cast<int>(shown.size())) {
        html += QStringLiteral("<p class=\"muted small\">%1</p>")
                    .arg(tr("The latest %1 of %2 shown; StaffPath holds the full record.")
                             .arg(shown.size())
                             .arg(totals.count));
    }
    return html;
}

QString PlanHtml::suggestions() const
{
    QString html = section(tr("Suggestions"));
    const auto& all = m_input.assessment.suggestions;
    if (all.empty()) {
        html += emptyNote(tr("The pathway engine has no suggestions for this record."));
    } else {
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(tr("What StaffPath's pathway engine suggests, best first: prompts for the conversation, "
                            "not decisions."));
        Grid grid({{QStringLiteral("#"), 5}, {tr("Suggestion and why"), 63}, {tr("Readiness"), 17}, {tr("Time"), 15}});
        const std::size_t count = std::min<std::size_t>(all.size(), std::max(0, m_input.maxSuggestions));
        for (std::size_t i = 0; i < count; ++i) {
            const engine::Suggestion& s = all[i];
            QString cell = QStringLiteral("<b>%1</b> <span class=\"muted\">&#183; %2</span>")
                               .arg(esc(m_explain.title(s.id)), ReportText::suggestionKind(s.kind));
            if (s.blockedBy) {
                cell += QStringLiteral("<br>") + esc(m_explain.text(*s.blockedBy));
            }
            for (const engine::Reason& reason : s.reasons) {
                cell += QStringLiteral("<br>") + esc(m_explain.text(reason));
            }
            QStringList steps;
            for (const engine::Step& step : s.steps) {
                steps << esc(m_explain.text(step));
            }
            if (!steps.isEmpty()) {
                cell += QStringLiteral("<br><span class=\"muted\">%1</span> %2")
                            .arg(tr("First:"), steps.join(QStringLiteral("; ")));
            }
            grid.row({QString::number(i + 1), cell, ReportText::readiness(s.readiness),
                      ReportText::months(s.months.value_or(0))});
        }
        html += grid.html();
        if (all.size() > count) {
            html += QStringLiteral("<p class=\"muted small\">%1</p>")
                        .arg(tr("%1 more suggestions are in StaffPath's Pathway tab.").arg(all.size() - count));
        }
    }
    const auto& warnings = m_input.assessment.warnings;
    if (!warnings.empty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Worth knowing"));
        for (const engine::Warning& warning : warnings) {
            html += QStringLiteral("<p>%1</p>").arg(esc(m_explain.text(warning)));
        }
    }
    return html;
}

QString PlanHtml::plan() const
{
    QString html = section(tr("Agreed route and plan"));
    const QString target = targetRole();
    html +=
        QStringLiteral("<p><span class=\"muted\">%1</span> %2</p>")
            .arg(tr("Target role:"), target.isEmpty() ? tr("not set") : QStringLiteral("<b>%1</b>").arg(esc(target)));
    const auto& items = m_input.record.plan;
    if (items.empty()) {
        return html + emptyNote(tr("No steps agreed yet."));
    }
    Grid grid({{QStringLiteral("#"), 5}, {tr("Step"), 50}, {tr("Kind"), 14}, {tr("Due"), 16}, {tr("Status"), 15}});
    int number = 0;
    for (const PlanItem& item : items) {
        QString step = esc(item.title.empty() ? title(item.refId).toStdString() : item.title);
        if (!item.detail.empty()) {
            step += QStringLiteral("<br><span class=\"muted small\">%1</span>").arg(esc(item.detail));
        }
        grid.row({QString::number(++number), step, ReportText::planItemKind(item.kind),
                  nowrap(ReportText::date(item.due)), ReportText::planItemStatus(item.status)});
    }
    return html + grid.html();
}

QString PlanHtml::conversation() const
{
    QString html = section(tr("Latest career conversation"));
    const CareerConversation* c = shownConversation();
    if (c == nullptr) {
        return html + emptyNote(tr("No career conversation to show."));
    }
    QString facts =
        QStringLiteral("<span class=\"muted\">%1</span> %2").arg(tr("Held on"), ReportText::date(c->heldOn));
    if (!c->ledByName.empty()) {
        facts += QStringLiteral(" &#160;&#183;&#160; <span class=\"muted\">%1</span> %2")
                     .arg(tr("Led by"), esc(c->ledByName));
    }
    if (c->nextReview) {
        facts += QStringLiteral(" &#160;&#183;&#160; <span class=\"muted\">%1</span> %2")
                     .arg(tr("Next review"), ReportText::date(c->nextReview));
    }
    html += QStringLiteral("<p>%1</p>").arg(facts);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Where would you like to be in three years?"));
    html += c->aspiration.empty() ? emptyNote(tr("Not recorded."))
                                  : QStringLiteral("<p class=\"answer\">%1</p>").arg(esc(c->aspiration));
    if (!c->notes.empty()) {
        html += QStringLiteral("<h3>%1</h3><p class=\"answer\">%2</p>").arg(tr("Notes"), esc(c->notes));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Agreed actions"));
    if (c->actions.empty()) {
        return html + emptyNote(tr("No actions agreed."));
    }
    Grid grid({{tr("Action"), 54}, {tr("Owner"), 22}, {tr("Due"), 16}, {tr("Done"), 8}});
    for (const AgreedAction& action : c->actions) {
        grid.row({esc(action.description), esc(action.owner), nowrap(ReportText::date(action.due)),
                  action.done ? ReportText::yesNo(true) : QString()});
    }
    return html + grid.html();
}

QString PlanHtml::signOff() const
{
    QString reviewer;
    if (const CareerConversation* c = shownConversation(); c != nullptr && !c->ledByName.empty()) {
        reviewer = esc(c->ledByName);
    } else {
        reviewer = esc(m_input.record.lineManagerName);
    }
    QString html = section(tr("Sign-off"));
    const QString signedOff =
        m_input.signedOffOn ? ReportText::longDate(m_input.signedOffOn) : QStringLiteral("_______________________");
    html +=
        QStringLiteral("<p><span class=\"muted\">%1</span> %2</p>").arg(tr("Plan agreed and signed off on"), signedOff);
    // Two columns of blank lines to sign on: the empty cells carry only a rule and room to write above it.
    const QString blank = QStringLiteral("<td class=\"line\" width=\"33%\"><br><br>&#160;</td>");
    const QString gap = QStringLiteral("<td width=\"4%\"></td>");
    auto label = [](const QString& text) {
        return QStringLiteral("<td width=\"15%\" valign=\"bottom\" class=\"muted\">%1</td>").arg(text);
    };
    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse;\">");
    html +=
        QStringLiteral("<tr><td colspan=\"2\"><b>%1</b><br>%2</td>%3<td colspan=\"2\"><b>%4</b><br>%5</td></tr>")
            .arg(tr("Member of staff"), esc(m_input.record.staff.displayName()), gap, tr("Reviewer"), orDash(reviewer));
    for (const QString& what : {tr("Signature"), tr("Date")}) {
        html += QStringLiteral("<tr>") + label(what) + blank + gap + label(what) + blank + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace staffpath::reports
