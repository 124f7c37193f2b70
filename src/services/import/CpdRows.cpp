// SPDX-License-Identifier: GPL-3.0-or-later
// CPD rows: one activity of one person, matched to the person by payroll number then email. The natural key of
// a CPD record is (person, title ignoring case and outer spaces, start date): a row with the key of a stored
// record is Unchanged, so an export read twice adds nothing.
#include "ImportRows.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <memory_resource>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace staffpath::services::importrows {

namespace {

std::optional<ActivityType> activityFrom(const std::string& text)
{
    std::string w;
    for (const char c : folded(text)) {
        w += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    }
    if (w == "inset" || w == "inset_day" || w == "training_day") {
        return ActivityType::Inset;
    }
    if (w == "online" || w == "online_course" || w == "webinar" || w == "training") {
        return ActivityType::Course;
    }
    if (w == "action_research") {
        return ActivityType::PilotActionResearch;
    }
    if (w == "qualification" || w == "qualification_study" || w == "npq") {
        return ActivityType::QualificationProgramme;
    }
    return enumFromString<ActivityType>(w);
}

/** A CPD record's natural key. The title is folded and lives in the Keys arena. */
struct Key
{
    Id staff = 0;
    std::string_view title;
    long startDay = -1; ///< Date::toDays(), or -1 when there is no start date
    /**
     * Worked out once: the tables compare a key with its bucket's neighbours by hash, and without it they hashed
     * the neighbour's title again at every step.
     */
    std::size_t hash = 0;

    bool operator==(const Key& o) const
    {
        return hash == o.hash && staff == o.staff && startDay == o.startDay && title == o.title;
    }
};

// Person and day differ by small steps from one key to the next; mixing them (splitmix64's finaliser) keeps a
// quarter of a million keys from crowding into runs of neighbouring buckets.
std::uint64_t mix(std::uint64_t x) noexcept
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

struct KeyHash
{
    std::size_t operator()(const Key& k) const noexcept { return k.hash; }
};

/**
 * The keys of the stored records and of the file's rows so far, hashed, with their titles and table nodes in one
 * arena: a quarter of a million separately allocated keys cost more to allocate, and then to free, than reading
 * the file.
 */
class Keys
{
public:
    explicit Keys(std::size_t expected)
        : m_stored(&m_arena)
        , m_inFile(&m_arena)
    {
        m_inFile.reserve(expected);
    }

    Key make(Id staff, std::string_view title, const std::optional<Date>& start)
    {
        m_folding.assign(title);
        const std::string_view folded = foldInPlace(m_folding);
        char* copy = static_cast<char*>(m_arena.allocate(std::max<std::size_t>(folded.size(), 1), 1));
        std::copy(folded.begin(), folded.end(), copy);
        Key key{staff, std::string_view(copy, folded.size()), start ? start->toDays() : -1};
        key.hash = static_cast<std::size_t>(mix(
            std::hash<std::string_view>()(key.title) ^
            mix(static_cast<std::uint64_t>(staff) * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(key.startDay))));
        return key;
    }

    void addStored(const Key& key) { m_stored.insert(key); }
    bool isStored(const Key& key) const { return m_stored.count(key) != 0; }
    /** The line the key was first seen on in the file, or 0; records `line` for it when it is new. */
    int firstLine(const Key& key, int line) { return m_inFile.try_emplace(key, line).first->second; }

private:
    std::pmr::monotonic_buffer_resource m_arena;
    std::pmr::unordered_set<Key, KeyHash> m_stored;
    std::pmr::unordered_map<Key, int, KeyHash> m_inFile;
    std::string m_folding;
};

} // namespace

std::vector<PreviewRow> cpdRows(const CsvTable& table, const Context& ctx)
{
    std::vector<PreviewRow> rows;
    rows.reserve(table.rows.size());
    Keys keys(table.rows.size());
    for (const store::ImportCpdKey& k : ctx.existing.cpd) {
        keys.addStored(keys.make(k.staffId, k.title, k.start));
    }
    // Looked up once per row of files of hundreds of thousands of rows: by key, not by a walk of every person.
    // The first person holding a payroll number or email wins, as a walk from the start would find them.
    std::unordered_map<std::string, const Staff*> byPayroll;
    std::unordered_map<std::string, const Staff*> byEmail;
    for (const Staff& s : ctx.existing.staff) {
        byPayroll.emplace(s.payrollNumber, &s);
        byEmail.emplace(folded(s.email), &s);
    }
    for (const CsvRow& csvRow : table.rows) {
        PreviewRow row;
        row.row = csvRow.line;
        RowCells cells(csvRow, ctx.mapping, row.errors);
        if (csvRow.ragged) {
            const auto p = std::find_if(table.problems.begin(), table.problems.end(),
                                        [&](const CsvProblem& pr) { return pr.line == csvRow.line; });
            if (p != table.problems.end()) {
                row.errors.push_back({csvRow.line, {}, p->message});
            }
        }
        CpdRecord r;
        r.title = cells.text("title");
        if (r.title.empty()) {
            cells.error("title", tr("The activity title is empty; every CPD record needs one."));
        }
        r.start = cells.date("date");
        if (!r.start && cells.text("date").empty()) {
            cells.error("date", tr("The date is empty; every CPD record needs the date it started."));
        }
        r.end = cells.date("endDate");
        if (r.start && r.end && *r.end < *r.start) {
            cells.error("endDate", tr("The end date is before the start date."));
        }
        if (const auto hours = cells.number("hours")) {
            if (*hours < 0 || *hours > 10000) {
                cells.error("hours", tr("The hours must be between 0 and 10,000."));
            } else {
                r.hours = *hours;
            }
        }
        if (const auto cost = cells.number("cost")) {
            if (*cost < 0) {
                cells.error("cost", tr("The cost cannot be negative."));
            } else {
                r.costPence = static_cast<std::int64_t>(std::llround(*cost * 100.0));
            }
        }
        r.provider = cells.text("provider");
        if (const std::string type = cells.text("type"); !type.empty()) {
            if (const auto a = activityFrom(type)) {
                r.activityType = *a;
            } else {
                cells.error("type", tr("\"%1\" is not an activity type StaffPath knows (course, INSET, coaching, "
                                       "mentoring, conference, network, …).")
                                        .arg(qs(type)));
            }
        }
        r.status = r.start && *r.start > ctx.today ? CpdStatus::Booked : CpdStatus::Completed;

        // The person: payroll number first, then email; both given must agree.
        const Staff* person = nullptr;
        const std::string payroll = cells.text("staffPayrollNumber");
        const std::string email = folded(cells.text("staffEmail"));
        if (!payroll.empty()) {
            const auto it = byPayroll.find(payroll);
            if (it == byPayroll.end()) {
                cells.error("staffPayrollNumber",
                            tr("No member of staff has the payroll number %1; import them first.").arg(qs(payroll)));
            } else {
                person = it->second;
            }
        }
        if (!email.empty()) {
            const auto it = byEmail.find(email);
            if (it == byEmail.end()) {
                if (payroll.empty()) {
                    cells.error("staffEmail",
                                tr("No member of staff has the email %1; import them first.").arg(qs(email)));
                }
            } else if (person && person->id != it->second->id) {
                cells.error("staffEmail", tr("The payroll number is %1's but the email is %2's.")
                                              .arg(qs(personName(*person)), qs(personName(*it->second))));
            } else if (!person && payroll.empty()) {
                person = it->second;
            }
        }
        if (payroll.empty() && email.empty()) {
            row.errors.push_back(
                {csvRow.line, {}, tr("The row has no payroll number or email, so it names nobody.").toStdString()});
        }
        row.who = r.title;
        if (person) {
            r.staffId = person->id;
            row.who += ": ";
            row.who += personName(*person);
        }
        if (!row.errors.empty()) {
            row.status = RowStatus::Error;
            rows.push_back(std::move(row));
            continue;
        }
        const Key key = keys.make(r.staffId, r.title, r.start);
        if (const int earlier = keys.firstLine(key, csvRow.line); earlier != csvRow.line) {
            row.errors.push_back({csvRow.line,
                                  {},
                                  tr("The same activity for the same person on the same date is on row %1 too.")
                                      .arg(earlier)
                                      .toStdString()});
            row.status = RowStatus::Error;
        } else if (keys.isStored(key)) {
            row.status = RowStatus::Unchanged;
        } else {
            row.status = RowStatus::New;
            row.cpd = std::make_shared<const CpdRecord>(std::move(r));
        }
        rows.push_back(std::move(row));
    }
    addReaderProblems(table, rows);
    return rows;
}

} // namespace staffpath::services::importrows
