// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkParser.h"

#include <algorithm>
#include <cctype>

namespace staffpath::engine::detail {

namespace {

using nlohmann::json;

bool isLowerWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/** "tch.ml.head_of_dept": lower-case words joined by dots. Tracks are one word. */
bool isRoleId(std::string_view id)
{
    if (id.empty() || id.front() < 'a' || id.front() > 'z' || id.back() == '.') {
        return false;
    }
    char previous = 0;
    for (const char c : id) {
        if (c == '.' ? previous == '.' : !isLowerWordChar(c)) {
            return false;
        }
        previous = c;
    }
    return true;
}

/** "NPQSL", "ILM_L4_SBM", "K_ASLP". */
bool isQualificationId(std::string_view id)
{
    if (id.empty() || id.front() < 'A' || id.front() > 'Z') {
        return false;
    }
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

/** "R-TCH-04", or a school's own "S-OURS-1". */
bool isRuleId(std::string_view id)
{
    if (id.size() < 3 || id.front() < 'A' || id.front() > 'Z' || id.find('-') == std::string_view::npos ||
        id.back() == '-') {
        return false;
    }
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool hasPrefix(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

void checkId(FieldReader& reader, const std::string& id, bool (*valid)(std::string_view), std::string_view shape)
{
    if (!id.empty() && !valid(id)) {
        reader.problem("id", "\"" + id.substr(0, 40) + "\" is not a valid id (" + std::string(shape) + ")");
    }
}

std::optional<TierRange> tierRange(FieldReader& reader, std::string_view key)
{
    if (auto pair = reader.intPair(key, 0, 7)) {
        return TierRange{pair->first, pair->second};
    }
    return std::nullopt;
}

QtsNorm qtsNorm(FieldReader& reader)
{
    const auto word = reader.choice("qts", {"required", "normal", "optional", "none", "working_towards"});
    if (word == "required") {
        return QtsNorm::Required;
    }
    if (word == "normal") {
        return QtsNorm::Normal;
    }
    if (word == "optional") {
        return QtsNorm::Optional;
    }
    if (word == "working_towards") {
        return QtsNorm::WorkingTowards;
    }
    return QtsNorm::None;
}

Aspiration aspiration(FieldReader& reader)
{
    const auto* value = reader.raw("needs_aspiration");
    if (value == nullptr || value->is_null()) {
        return Aspiration::None;
    }
    const auto word = reader.choice("needs_aspiration", {"leadership", "headship", "teaching"}, "none");
    if (word == "leadership") {
        return Aspiration::Leadership;
    }
    if (word == "headship") {
        return Aspiration::Headship;
    }
    if (word == "teaching") {
        return Aspiration::Teaching;
    }
    return Aspiration::None;
}

Track parseTrack(FieldReader& r)
{
    Track t;
    t.id = r.text("id");
    checkId(r, t.id, isRoleId, "lower-case letters, digits and _");
    t.title = r.text("title");
    t.qtsNorm = r.optionalText("qts_norm");
    r.allowText({"census_category", "notes", "source"});
    return t;
}

Role parseRole(FieldReader& r)
{
    Role role;
    role.id = r.text("id");
    checkId(r, role.id, isRoleId, "lower-case words joined by dots, such as tch.ml.head_of_dept");
    role.title = r.text("title");
    role.track = r.text("track");
    role.secondaryTracks = r.textList("secondary_tracks");
    role.tier = tierRange(r, "tier");
    role.qts = qtsNorm(r);
    role.aliases = r.textList("aliases");
    role.stage = r.optionalText("stage");
    role.grade = r.optionalInt("grade", 1, 20);
    role.specialSchoolGrade = r.optionalInt("special_school_grade", 1, 20);
    role.ladder = r.optionalText("ladder");
    role.generalises = r.optionalText("generalises");
    role.legacy = r.flag("legacy", false);
    role.replacedBy = r.optionalText("replaced_by");
    role.designation = r.flag("designation", false);
    role.critical = r.flag("critical", false);
    role.notes = r.optionalText("notes");
    r.allowText({"census_category", "source"});
    if (!role.ladder.empty() && !role.grade) {
        r.problem("ladder", "a role on a grade ladder needs a \"grade\"");
    }
    return role;
}

Qualification parseQualification(FieldReader& r, const std::string& file, ProblemList& problems)
{
    Qualification q;
    q.id = r.text("id");
    checkId(r, q.id, isQualificationId, "upper-case letters, digits and _, such as NPQSL or ILM_L4_SBM");
    q.name = r.text("name");
    q.aliases = r.textList("aliases");
    const auto kind = r.choice("kind", {"qualification", "programme", "designation", "status", "compliance"});
    q.kind = kind == "programme"     ? QualificationKind::Programme
             : kind == "designation" ? QualificationKind::Designation
             : kind == "status"      ? QualificationKind::Status
             : kind == "compliance"  ? QualificationKind::Compliance
                                     : QualificationKind::Qualification;
    const auto generation = r.choice("generation", {"legacy", "current", "both"});
    q.generation = generation == "legacy"    ? Generation::Legacy
                   : generation == "current" ? Generation::Current
                                             : Generation::Both;
    q.level = r.optionalInt("level", 0, 8);
    q.forWhom = r.optionalText("for");
    q.track = r.optionalText("track");
    if (const auto* prerequisites = r.object("prerequisites")) {
        FieldReader p(*prerequisites, file, r.pointerTo("prerequisites"), problems);
        q.prerequisitesAllOf = p.textList("all_of");
        q.prerequisitesAnyOf = p.textList("any_of");
        p.finish();
    }
    q.usuallyAfter = r.textList("usually_after");
    q.next = r.textList("next");
    q.preparesFor = r.textList("prepares_for");
    q.requiredFor = r.textList("required_for");
    q.durationMonths = r.intPair("duration_months", 0, 120);
    if (const auto* validity = r.object("validity")) {
        FieldReader v(*validity, file, r.pointerTo("validity"), problems);
        const auto vkind = v.choice("kind", {"never", "months", "annual"});
        if (vkind == "months") {
            v.integer("months", 1, 120);
        } else if (vkind == "annual") {
            v.text("date");
        }
        v.allowText({"notes"});
        v.finish();
    }
    q.capabilities = r.textList("capabilities");
    for (std::size_t i = 0; i < q.capabilities.size(); ++i) {
        if (!hasPrefix(q.capabilities[i], "cap.")) {
            problems.add(file, r.pointerTo("capabilities") + "/" + std::to_string(i),
                         "a capability id starts with \"cap.\", found \"" + q.capabilities[i].substr(0, 40) + "\"");
        }
    }
    q.notes = r.optionalText("notes");
    r.allowText({"source"});
    return q;
}

Equivalence parseEquivalence(FieldReader& r, const std::string& file, ProblemList& problems)
{
    Equivalence e;
    e.legacy = r.text("legacy");
    e.current = r.textList("current");
    e.fullCredit = r.choice("credit", {"full", "partial"}) == "full";
    if (const auto* condition = r.object("condition")) {
        FieldReader c(*condition, file, r.pointerTo("condition"), problems);
        const auto before = c.text("started_before");
        if (!before.empty()) {
            e.startedBefore = Date::fromIso(before);
            if (!e.startedBefore) {
                c.problem("started_before",
                          "expected a date written YYYY-MM-DD, found \"" + before.substr(0, 40) + "\"");
            }
        }
        c.finish();
    }
    e.satisfies = r.textList("satisfies");
    r.allowText({"source", "notes"});
    return e;
}

GradeProfile parseGradeProfile(FieldReader& r, const std::string& file, ProblemList& problems)
{
    GradeProfile g;
    g.family = r.text("family");
    g.grade = r.integer("grade", 1, 20);
    g.titles = r.textList("titles");
    g.supervision = r.integer("supervision", 1, 6);
    g.autonomy = r.integer("autonomy", 1, 8);
    g.budget = r.integer("budget", 1, 7);
    if (const auto* floor = r.object("qualification_floor")) {
        FieldReader f(*floor, file, r.pointerTo("qualification_floor"), problems);
        g.floorAnyOf = f.textList("any_of");
        g.floorPlus = f.optionalText("plus");
        f.finish();
    }
    g.settings = r.textList("settings");
    g.purpose = r.optionalText("purpose");
    g.reportsTo = r.optionalText("reports_to");
    g.planning = r.optionalText("planning");
    g.supervisionText = r.optionalText("supervision_text");
    g.autonomyText = r.optionalText("autonomy_text");
    g.budgetText = r.optionalText("budget_text");
    g.qualificationsText = r.optionalText("qualifications_text");
    g.communication = r.optionalText("communication");
    g.knowledge = r.textList("knowledge");
    g.skills = r.textList("skills");
    g.responsibilities = r.textList("responsibilities");
    r.allowText({"physical", "example_titles", "source"});
    return g;
}

TransitionKind transitionKind(FieldReader& r)
{
    const auto word = r.choice("kind", {"promotion", "lateral", "specialise", "entry", "move"}, "promotion");
    if (word == "lateral") {
        return TransitionKind::Lateral;
    }
    if (word == "specialise") {
        return TransitionKind::Specialise;
    }
    if (word == "entry") {
        return TransitionKind::Entry;
    }
    if (word == "move") {
        return TransitionKind::Move;
    }
    return TransitionKind::Promotion;
}

Transition parseTransition(FieldReader& r)
{
    Transition t;
    t.from = r.textList("from");
    if (t.from.empty() && r.isObject()) {
        r.problem("from", "needs at least one role id");
    }
    t.to = r.text("to");
    t.kind = transitionKind(r);
    t.rule = r.text("rule");
    t.minMonths = r.integer("min_months", 0, 240, 0);
    t.gates = r.textList("requires");
    t.recommended = r.textList("recommended");
    t.experiences = r.textList("experiences");
    t.needsAspiration = aspiration(r);
    t.notes = r.optionalText("notes");
    r.allowText({"source"});
    return t;
}

const std::vector<std::string_view>& experienceKinds()
{
    static const std::vector<std::string_view> kinds{"course",
                                                     "network",
                                                     "coaching",
                                                     "mentoring",
                                                     "shadowing",
                                                     "apprenticeship_to_leader",
                                                     "secondment",
                                                     "placement",
                                                     "acting_up",
                                                     "co_option",
                                                     "leading_priority",
                                                     "pilot_action_research",
                                                     "observation",
                                                     "mock_interview",
                                                     "visit",
                                                     "delivering_training",
                                                     "external_speaking",
                                                     "governance",
                                                     "sabbatical",
                                                     "reading",
                                                     "action"};
    return kinds;
}

Experience parseExperience(FieldReader& r)
{
    Experience e;
    e.id = r.text("id");
    if (!e.id.empty() && (!hasPrefix(e.id, "exp.") || !isRoleId(e.id))) {
        r.problem("id", "an experience id is \"exp.\" and lower-case words, found \"" + e.id.substr(0, 40) + "\"");
    }
    e.kind = r.choice("kind", experienceKinds());
    e.title = r.text("title");
    e.rule = r.text("rule");
    e.forRoles = r.textList("for_roles");
    e.forTracks = r.textList("for_tracks");
    e.forTiers = tierRange(r, "for_tiers");
    e.toward = r.textList("toward");
    e.months = r.integer("months", 0, 120, 0);
    e.needsAspiration = aspiration(r);
    e.needsQts = r.flag("needs_qts", false);
    if (r.isObject() && e.forRoles.empty() && e.forTracks.empty()) {
        r.problem("for_roles", "say who it is for: for_roles or for_tracks");
    }
    r.allowText({"notes", "source"});
    return e;
}

Rule parseRule(FieldReader& r)
{
    Rule rule;
    rule.id = r.text("id");
    checkId(r, rule.id, isRuleId, "upper-case words joined by -, such as R-TCH-04");
    rule.kind = r.choice("kind", {"elig", "elig-soft", "seq", "sugg", "bar", "grade", "pm"});
    rule.section = r.optionalText("section");
    rule.text = r.text("text");
    if (const auto* params = r.object("params")) {
        rule.params = *params;
    }
    rule.enabled = r.flag("enabled", true);
    r.allowText({"basis", "seed", "source", "notes"});
    return rule;
}

TitleVocabulary parseVocabulary(FieldReader& r)
{
    TitleVocabulary v;
    v.subjects = r.textList("subjects");
    v.acting = r.textList("acting");
    v.ignore = r.textList("ignore");
    v.allowances = r.textList("allowances");
    v.statuses = r.textList("statuses");
    v.responsibilities = r.textList("responsibilities");
    r.finish();
    return v;
}

template <class T, class Parse>
void parseSection(const json& root, std::string_view key, const std::string& file, ProblemList& problems,
                  std::vector<Item<T>>& out, Parse parse)
{
    const auto it = root.find(std::string(key));
    if (it == root.end() || it->is_null()) {
        return;
    }
    const std::string pointer = "/" + std::string(key);
    if (!it->is_array()) {
        problems.add(file, pointer, "expected a list, found " + describe(*it));
        return;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        FieldReader reader((*it)[i], file, pointer + "/" + std::to_string(i), problems);
        if (!reader.isObject()) {
            continue;
        }
        Item<T> item{parse(reader), reader.flag("override", false)};
        item.value.origin = Origin{file, reader.pointer()};
        reader.finish();
        out.push_back(std::move(item));
    }
}

/** nlohmann's byte offset as "line L, column C" in the text, which is what an editor shows. */
std::string lineAndColumn(const std::string& text, std::size_t byte)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < text.size() && i + 1 < byte; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace

ParsedFile parseFrameworkFile(const FrameworkText& file, ProblemList& problems)
{
    ParsedFile parsed;
    parsed.name = file.name;
    json root;
    try {
        root = json::parse(file.text);
    } catch (const json::parse_error& error) {
        problems.add(
            file.name, lineAndColumn(file.text, error.byte),
            "not valid JSON (" +
                std::string(error.byte >= file.text.size() ? "the file ends too soon" : "unexpected character") + ")");
        return parsed;
    }
    FieldReader top(root, file.name, "", problems);
    if (!top.isObject()) {
        return parsed;
    }
    const auto format = top.text("format");
    if (!format.empty() && format != "staffpath-framework") {
        top.problem("format", "expected \"staffpath-framework\", found " + describe(root["format"]));
        return parsed;
    }
    const auto version = top.integer("version", 1, 1000);
    if (version > FrameworkLoader::kFormatVersion) {
        top.problem("version", "written for a newer StaffPath (format version " + std::to_string(version) +
                                   "; this one reads version " + std::to_string(FrameworkLoader::kFormatVersion) + ")");
        return parsed;
    }
    top.optionalText("source");
    top.allowText({"notes", "description"});

    // Reading the section keys through the reader marks them as known for finish().
    for (const auto key : {"tracks", "roles", "qualifications", "equivalences", "grade_profiles", "transitions",
                           "experiences", "rules"}) {
        top.raw(key);
    }
    parseSection<Track>(root, "tracks", file.name, problems, parsed.tracks, parseTrack);
    parseSection<Role>(root, "roles", file.name, problems, parsed.roles, parseRole);
    parseSection<Qualification>(root, "qualifications", file.name, problems, parsed.qualifications,
                                [&](FieldReader& r) { return parseQualification(r, file.name, problems); });
    parseSection<Equivalence>(root, "equivalences", file.name, problems, parsed.equivalences,
                              [&](FieldReader& r) { return parseEquivalence(r, file.name, problems); });
    parseSection<GradeProfile>(root, "grade_profiles", file.name, problems, parsed.gradeProfiles,
                               [&](FieldReader& r) { return parseGradeProfile(r, file.name, problems); });
    std::vector<Item<Transition>> transitions;
    parseSection<Transition>(root, "transitions", file.name, problems, transitions, parseTransition);
    for (auto& item : transitions) {
        parsed.transitions.push_back(std::move(item.value));
    }
    parseSection<Experience>(root, "experiences", file.name, problems, parsed.experiences, parseExperience);
    parseSection<Rule>(root, "rules", file.name, problems, parsed.rules, parseRule);
    if (const auto* vocabulary = top.object("vocabulary")) {
        FieldReader v(*vocabulary, file.name, "/vocabulary", problems);
        parsed.vocabulary = parseVocabulary(v);
    }
    top.finish();
    return parsed;
}

} // namespace staffpath::engine::detail
