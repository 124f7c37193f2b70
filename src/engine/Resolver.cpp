// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/engine/Resolver.h"

#include "staffpath/engine/ProfileVocabulary.h"
#include "staffpath/engine/TextNormaliser.h"

#include <algorithm>
#include <array>
#include <sstream>

namespace staffpath::engine {

namespace {

// The post a responsibility payment (TLR) makes of a classroom teacher's (reference §4.1, R-TCH-04).
constexpr std::string_view kAllowanceRole = "tch.specific_resp";

std::vector<std::string> words(const std::string& folded)
{
    std::vector<std::string> out;
    std::istringstream in(folded);
    for (std::string word; in >> word;) {
        out.push_back(word);
    }
    return out;
}

std::string join(const std::vector<std::string>& parts, std::size_t from = 0, std::size_t count = std::string::npos)
{
    std::string out;
    const std::size_t end = count == std::string::npos ? parts.size() : std::min(parts.size(), from + count);
    for (std::size_t i = from; i < end; ++i) {
        if (!out.empty()) {
            out.push_back(' ');
        }
        out += parts[i];
    }
    return out;
}

bool isNumber(const std::string& word)
{
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool contains(std::initializer_list<std::string_view> list, std::string_view word)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

/** Removes every occurrence of each phrase (longest first) from `text`; true when one was found. */
bool removePhrases(std::vector<std::string>& text, const std::vector<std::vector<std::string>>& phrases)
{
    bool found = false;
    for (const auto& phrase : phrases) {
        if (phrase.empty()) {
            continue;
        }
        for (std::size_t i = 0; i + phrase.size() <= text.size();) {
            if (std::equal(phrase.begin(), phrase.end(), text.begin() + static_cast<std::ptrdiff_t>(i))) {
                text.erase(text.begin() + static_cast<std::ptrdiff_t>(i),
                           text.begin() + static_cast<std::ptrdiff_t>(i + phrase.size()));
                found = true;
            } else {
                ++i;
            }
        }
    }
    return found;
}

std::vector<std::vector<std::string>> tokenised(const std::vector<std::string>& phrases)
{
    std::vector<std::vector<std::string>> out;
    for (const auto& phrase : phrases) {
        auto w = words(TextNormaliser::normalise(phrase));
        if (!w.empty()) {
            out.push_back(std::move(w));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return out;
}

/** "Executive headteacher / MAT CEO" is called by each of its halves. */
std::vector<std::string> slashParts(const std::string& title)
{
    std::vector<std::string> out;
    if (title.find(" / ") == std::string::npos) {
        return out;
    }
    std::size_t start = 0;
    while (start < title.size()) {
        const auto slash = title.find(" / ", start);
        out.push_back(title.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        start = slash == std::string::npos ? title.size() : slash + 3;
    }
    return out;
}

/** "Phase leader (primary)" is also called "phase leader". */
std::string withoutBrackets(const std::string& title)
{
    const auto open = title.find('(');
    return open == std::string::npos || open == 0 ? std::string() : title.substr(0, open);
}

} // namespace

std::string_view toString(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Exact:
        return "exact";
    case MatchKind::Pattern:
        return "pattern";
    case MatchKind::Phrase:
        return "phrase";
    case MatchKind::None:
        return "none";
    }
    return {};
}

Resolver::Resolver(const Framework& framework)
    : m_framework(framework)
{
    for (const auto& role : framework.roles()) {
        addName(m_roles, role.id, role.id);
        addName(m_roles, role.title, role.id);
        addName(m_roles, withoutBrackets(role.title), role.id);
        for (const auto& part : slashParts(role.title)) {
            // "Lead / senior learning mentor": a one-word half ("lead") names nothing on its own.
            if (part.find(' ') != std::string::npos) {
                addName(m_roles, part, role.id);
            }
        }
        for (const auto& alias : role.aliases) {
            addName(m_roles, alias, role.id);
        }
    }
    for (const auto& q : framework.qualifications()) {
        addName(m_qualifications, q.id, q.id);
        addName(m_qualifications, q.name, q.id);
        addName(m_qualifications, withoutBrackets(q.name), q.id);
        for (const auto& alias : q.aliases) {
            addName(m_qualifications, alias, q.id);
        }
    }
    finishIndex(m_roles);
    finishIndex(m_qualifications);
    m_subjects = tokenised(framework.vocabulary().subjects);
    m_acting = tokenised(framework.vocabulary().acting);
    m_ignore = tokenised(framework.vocabulary().ignore);
    m_allowances = tokenised(framework.vocabulary().allowances);
    m_statuses = tokenised(framework.vocabulary().statuses);
    for (const auto& word : framework.vocabulary().responsibilities) {
        if (auto folded = TextNormaliser::normalise(word); !folded.empty()) {
            m_responsibilities.push_back(std::move(folded));
        }
    }
}

void Resolver::addName(Index& index, const std::string& name, const std::string& id)
{
    auto folded = TextNormaliser::normalise(name);
    if (folded.empty()) {
        return;
    }
    // The loader has rejected clashes between items; the first name wins for any left (an id equal to a name).
    if (!index.exact.emplace(folded, id).second) {
        return;
    }
    Name entry{words(folded), folded, id};
    index.byFirstWord[entry.words.front()].push_back(entry);
    index.allNames.push_back(folded);
    index.allIds.push_back(id);
}

void Resolver::finishIndex(Index& index)
{
    for (auto& [first, names] : index.byFirstWord) {
        std::stable_sort(names.begin(), names.end(), [](const Name& a, const Name& b) {
            return a.words.size() != b.words.size() ? a.words.size() > b.words.size()
                                                    : a.folded.size() > b.folded.size();
        });
    }
}

std::vector<std::string> Resolver::cleanTitleWords(const std::string& folded, bool& acting) const
{
    auto text = words(folded);
    acting = removePhrases(text, m_acting);
    removePhrases(text, m_ignore);
    return text;
}

std::string Resolver::substituteSubjects(const std::string& folded) const
{
    auto text = words(folded);
    bool changed = false;
    for (const auto& subject : m_subjects) {
        for (std::size_t i = 0; i + subject.size() <= text.size(); ++i) {
            if (std::equal(subject.begin(), subject.end(), text.begin() + static_cast<std::ptrdiff_t>(i))) {
                text.erase(text.begin() + static_cast<std::ptrdiff_t>(i),
                           text.begin() + static_cast<std::ptrdiff_t>(i + subject.size()));
                text.insert(text.begin() + static_cast<std::ptrdiff_t>(i), "subject");
                changed = true;
            }
        }
    }
    // "Head of Maths and Science" reads as one subject post.
    for (std::size_t i = 0; i + 2 < text.size();) {
        if (text[i] == "subject" && text[i + 1] == "and" && text[i + 2] == "subject") {
            text.erase(text.begin() + static_cast<std::ptrdiff_t>(i + 1),
                       text.begin() + static_cast<std::ptrdiff_t>(i + 3));
        } else {
            ++i;
        }
    }
    return changed ? join(text) : std::string();
}

std::optional<Resolver::Found> Resolver::findPhrase(const Index& index, const std::vector<std::string>& text,
                                                    bool guarded, std::string* refusal) const
{
    std::optional<Found> best;
    for (std::size_t start = 0; start < text.size(); ++start) {
        const auto it = index.byFirstWord.find(text[start]);
        if (it == index.byFirstWord.end()) {
            continue;
        }
        for (const auto& name : it->second) {
            const auto n = name.words.size();
            if (start + n > text.size() ||
                !std::equal(name.words.begin(), name.words.end(), text.begin() + static_cast<std::ptrdiff_t>(start))) {
                continue;
            }
            if (guarded) {
                // §4.11: "head of …" is a middle or service role, never "head"; and "deputy head of year" is
                // not "head of year". A name followed by "of" or led by a rank word names something else.
                const bool followedByOf = start + n < text.size() && contains({"of", "for", "to"}, text[start + n]);
                const bool ledByRank =
                    start > 0 && contains({"deputy", "assistant", "associate", "vice", "second", "2nd", "senior",
                                           "lead", "head", "trainee", "apprentice", "executive", "co"},
                                          text[start - 1]);
                if (followedByOf || ledByRank) {
                    if (refusal != nullptr && refusal->empty()) {
                        *refusal = "\"" + name.folded + "\" appears in it, but " +
                                   (followedByOf ? "followed by \"" + text[start + n] + "\""
                                                 : "after \"" + text[start - 1] + "\"") +
                                   " it names a different post";
                    }
                    continue;
                }
            }
            if (!best || n > best->length) {
                best = Found{start, n, &name};
            }
            break; // longest first: the first hit at this start is the best one here
        }
    }
    return best;
}

std::vector<std::string> Resolver::nearIds(const Index& index, const std::string& folded) const
{
    std::vector<std::pair<int, std::string>> scored;
    for (std::size_t i = 0; i < index.allNames.size(); ++i) {
        const auto& name = index.allNames[i];
        const int limit = std::max(1, static_cast<int>(std::min(name.size(), folded.size())) / 4);
        // Both sides are already folded, so the vocabulary's folding changes nothing but the spaces, alike.
        const int distance = ProfileVocabulary::editDistance(name, folded);
        if (distance <= limit) {
            scored.emplace_back(distance, index.allIds[i]);
        }
    }
    std::sort(scored.begin(), scored.end());
    std::vector<std::string> out;
    for (const auto& [distance, id] : scored) {
        if (std::find(out.begin(), out.end(), id) == out.end()) {
            out.push_back(id);
        }
        if (out.size() == 3) {
            break;
        }
    }
    return out;
}

bool Resolver::isClassroom(const std::string& roleId) const
{
    const auto* role = m_framework.role(roleId);
    return role != nullptr && role->track == "tch" && role->topTier() == 2;
}

bool Resolver::endsInResponsibility(const std::vector<std::string>& text) const
{
    return !text.empty() &&
           std::find(m_responsibilities.begin(), m_responsibilities.end(), text.back()) != m_responsibilities.end();
}

bool Resolver::removeAllowance(std::vector<std::string>& text) const
{
    // The level says how much, not what: "TLR 2b", "TLR2a", "TLR 1".
    auto isLevel = [](std::string_view word) {
        return !word.empty() && word.size() <= 3 && word.front() >= '0' && word.front() <= '9' &&
               std::all_of(word.begin(), word.end(),
                           [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'); });
    };
    bool found = false;
    for (const auto& phrase : m_allowances) {
        for (std::size_t i = 0; i < text.size();) {
            std::size_t n = 0;
            if (i + phrase.size() <= text.size() &&
                std::equal(phrase.begin(), phrase.end(), text.begin() + static_cast<std::ptrdiff_t>(i))) {
                n = phrase.size();
                if (i + n < text.size() && isLevel(text[i + n])) {
                    ++n;
                }
            } else if (phrase.size() == 1 && text[i].starts_with(phrase.front()) &&
                       isLevel(std::string_view(text[i]).substr(phrase.front().size()))) {
                n = 1; // "tlr2b"
            }
            if (n == 0) {
                ++i;
                continue;
            }
            text.erase(text.begin() + static_cast<std::ptrdiff_t>(i),
                       text.begin() + static_cast<std::ptrdiff_t>(i + n));
            found = true;
        }
    }
    return found;
}

std::string Resolver::removeStatus(std::vector<std::string>& text) const
{
    for (const auto& phrase : m_statuses) {
        auto copy = text;
        if (removePhrases(copy, {phrase})) {
            const auto it = m_roles.exact.find(join(phrase));
            if (it != m_roles.exact.end() && isClassroom(it->second)) {
                text = std::move(copy);
                return it->second;
            }
        }
    }
    return {};
}

NameMatch Resolver::resolveRole(std::string_view title) const
{
    NameMatch result;
    result.input = std::string(title);
    const auto folded = TextNormaliser::normalise(title);
    if (folded.empty()) {
        return result;
    }
    if (const auto it = m_roles.exact.find(folded); it != m_roles.exact.end()) {
        result.id = it->second;
        result.match = MatchKind::Exact;
        result.matchedName = folded;
        return result;
    }
    auto text = cleanTitleWords(folded, result.acting);
    // Qualifiers say how the post is paid or which classroom post it is, not a post of their own.
    auto unqualified = text;
    const bool allowance = removeAllowance(text);
    const auto status = removeStatus(text);
    // Numbers say which year or key stage, not which post: "Head of Year 9" is a head of year.
    std::erase_if(text, isNumber);
    Combined combined;
    resolveWords(text, folded, result, &combined);
    const bool classroom = result.resolved() && isClassroom(result.id);
    if (const auto* tlr = allowance ? m_framework.role(kAllowanceRole) : nullptr; tlr != nullptr) {
        // A TLR is paid to a teacher for a responsibility (reference §4.1): a classroom reading, nothing readable,
        // or a teacher's combined title whose other part is no post by its own name, is the TLR post.
        if (!result.resolved() || classroom || (combined.classroomPart && !combined.otherExact)) {
            result.id = tlr->id;
            result.match =
                result.resolved() && result.match != MatchKind::Phrase ? MatchKind::Pattern : MatchKind::Phrase;
            result.matchedName = (result.matchedName.empty() ? std::string() : result.matchedName + " ") + "with a tlr";
            result.alsoIds.clear();
            result.candidates.clear();
            result.refusal.clear();
        }
        return result;
    }
    if (!status.empty()) {
        if (classroom || text.empty()) {
            result.id = status;
            result.match = text.empty() ? MatchKind::Exact : std::max(result.match, MatchKind::Pattern);
            result.matchedName = TextNormaliser::normalise(m_framework.role(status)->title);
            result.alsoIds.clear();
            return result;
        }
        if (!result.resolved() && !endsInResponsibility(text)) {
            // "ECT (Science Dept)": nothing else can be read, so read the words as they stand. "ECT Mentor" and
            // "NQT Lead" stay unresolved: they are an experienced teacher's responsibility, not an early career.
            NameMatch plain;
            plain.input = result.input;
            plain.acting = result.acting;
            std::erase_if(unqualified, isNumber);
            resolveWords(unqualified, folded, plain, nullptr);
            return plain;
        }
    }
    return result;
}

void Resolver::resolveWords(const std::vector<std::string>& text, const std::string& folded, NameMatch& result,
                            Combined* combinedOut) const
{
    const auto cleaned = join(text);
    if (const auto it = m_roles.exact.find(cleaned); it != m_roles.exact.end()) {
        result.id = it->second;
        result.match = MatchKind::Exact;
        result.matchedName = cleaned;
        return;
    }
    const auto pattern = substituteSubjects(cleaned);
    if (!pattern.empty()) {
        auto without = [&](std::string source, const std::string& part) {
            const auto at = source.find(part);
            return at == std::string::npos ? std::string() : source.erase(at, part.size());
        };
        // "Teacher of Maths", "Maths teacher", "Head of Maths": the subject says where, not what.
        for (const auto& candidate :
             {pattern, pattern + " teacher", without(pattern, " of subject"), without(pattern, "subject ")}) {
            if (candidate.empty()) {
                continue;
            }
            if (const auto it = m_roles.exact.find(candidate); it != m_roles.exact.end()) {
                result.id = it->second;
                result.match = MatchKind::Pattern;
                result.matchedName = candidate;
                return;
            }
        }
    }
    // A combined post ("Deputy Head and SENCO", "SENCo / Assistant Head"): resolve each part on its own.
    auto firm = [](const NameMatch& m) { return m.match == MatchKind::Exact || m.match == MatchKind::Pattern; };
    std::optional<NameMatch> partial;
    Combined partialShape;
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if (text[i] != "and") {
            continue;
        }
        const std::vector<std::string> leftWords(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(i));
        const std::vector<std::string> rightWords(text.begin() + static_cast<std::ptrdiff_t>(i + 1), text.end());
        const auto left = resolveRole(join(leftWords));
        const auto right = resolveRole(join(rightWords));
        if (firm(left) && firm(right)) {
            const auto* a = m_framework.role(left.id);
            const auto* b = m_framework.role(right.id);
            const bool rightHigher = a != nullptr && b != nullptr && b->topTier() > a->topTier();
            const auto& lead = rightHigher ? right : left;
            const auto& other = rightHigher ? left : right;
            const auto* leadRole = rightHigher ? b : a;
            result.id = lead.id;
            // Every teaching post includes teaching: "Teacher of Maths and Head of Year 9" is a head of year.
            if (!(isClassroom(other.id) && leadRole != nullptr && leadRole->track == "tch" && lead.id != other.id)) {
                result.alsoIds.push_back(other.id);
            }
            result.match = MatchKind::Exact;
            result.matchedName = lead.matchedName;
            if (combinedOut != nullptr) {
                const bool leftClass = isClassroom(left.id);
                combinedOut->classroomPart = leftClass || isClassroom(right.id);
                combinedOut->otherExact = (leftClass ? right : left).match == MatchKind::Exact;
            }
            return;
        }
        if (!partial && firm(left) != firm(right)) {
            // One part names a post and the other names nothing: the part that can be read is the post. A
            // teacher's other part that ends "lead" or "co-ordinator" ("… & Enrichment Lead") is a responsibility.
            const auto& read = firm(left) ? left : right;
            const auto& unread = firm(left) ? rightWords : leftWords;
            partial = read;
            partialShape.classroomPart = isClassroom(read.id);
            if (partialShape.classroomPart && endsInResponsibility(unread)) {
                if (const auto* tlr = m_framework.role(kAllowanceRole)) {
                    partial->id = tlr->id;
                    partial->matchedName = read.matchedName + " and a responsibility";
                    partialShape.classroomPart = false;
                }
            }
        }
    }
    if (partial) {
        result.id = partial->id;
        result.match = MatchKind::Phrase;
        result.matchedName = partial->matchedName;
        if (combinedOut != nullptr) {
            *combinedOut = partialShape;
        }
        return;
    }
    std::string refusal;
    auto found = findPhrase(m_roles, text, true, &refusal);
    if (!found && !pattern.empty()) {
        found = findPhrase(m_roles, words(pattern), true, &refusal);
    }
    if (found) {
        result.id = found->name->id;
        result.match = MatchKind::Phrase;
        result.matchedName = found->name->folded;
        return;
    }
    result.refusal = refusal;
    result.candidates = nearIds(m_roles, cleaned.empty() ? folded : cleaned);
}

NameMatch Resolver::resolveQualification(std::string_view name) const
{
    NameMatch result;
    result.input = std::string(name);
    const auto folded = TextNormaliser::normalise(name);
    if (folded.empty()) {
        return result;
    }
    if (const auto it = m_qualifications.exact.find(folded); it != m_qualifications.exact.end()) {
        result.id = it->second;
        result.match = MatchKind::Exact;
        result.matchedName = folded;
        return result;
    }
    // "NPQH 2019", "NPQSL (completed)": a year or a status word does not change what it is.
    auto text = words(folded);
    std::erase_if(text, [](const std::string& word) {
        return (isNumber(word) && word.size() == 4) ||
               contains({"completed", "complete", "passed", "awarded", "achieved", "certificate", "cert"}, word);
    });
    const auto cleaned = join(text);
    if (const auto it = m_qualifications.exact.find(cleaned); it != m_qualifications.exact.end()) {
        result.id = it->second;
        result.match = MatchKind::Exact;
        result.matchedName = cleaned;
        return result;
    }
    if (const auto found = findPhrase(m_qualifications, text, false, nullptr)) {
        result.id = found->name->id;
        result.match = MatchKind::Phrase;
        result.matchedName = found->name->folded;
        return result;
    }
    result.candidates = nearIds(m_qualifications, cleaned.empty() ? folded : cleaned);
    return result;
}

AspirationReading Resolver::readAspiration(std::string_view text) const
{
    AspirationReading reading;
    const auto folded = TextNormaliser::normalise(text);
    auto all = words(folded);
    if (all.empty()) {
        return reading;
    }
    static constexpr std::array<std::string_view, 12> kStay{"stay",    "remain",    "content", "happy",
                                                            "settled", "continue",  "same",    "current",
                                                            "where",   "classroom", "keep",    "enjoys"};
    auto found = findPhrase(m_roles, all, true, nullptr);
    if (found) {
        NameMatch match;
        match.input = std::string(text);
        match.id = found->name->id;
        match.match = MatchKind::Phrase;
        match.matchedName = found->name->folded;
        // "not headship", "doesn't want to be a head", "no interest in headship": a negation just before it.
        const std::size_t from = found->start >= 5 ? found->start - 5 : 0;
        for (std::size_t i = from; i < found->start; ++i) {
            if (contains({"not", "no", "never", "doesnt", "dont", "isnt", "nor", "without", "rather"}, all[i])) {
                reading.negated = true;
            }
        }
        reading.role = std::move(match);
    }
    const auto stayWords = std::count_if(all.begin(), all.end(), [](const std::string& word) {
        return std::find(kStay.begin(), kStay.end(), word) != kStay.end();
    });
    reading.stay = (!found || reading.negated) && stayWords > 0;
    for (const auto& word : all) {
        reading.leadership =
            reading.leadership || contains({"lead", "leader", "leadership", "leading", "manage", "management",
                                            "promotion", "promoted", "slt", "senior", "progress"},
                                           word);
        reading.teaching = reading.teaching || contains({"teach", "teaching", "teacher", "qts", "pgce", "scitt"}, word);
    }
    return reading;
}

} // namespace staffpath::engine
