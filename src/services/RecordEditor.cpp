// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/RecordEditor.h"

#include "staffpath/services/Access.h"
#include "staffpath/services/Clock.h"
#include "staffpath/store/StaffRepository.h"
#include "staffpath/store/StaffWriter.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cctype>
#include <cmath>

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

/** A date as English schools write it, 14/03/2024. */
QString uk(const Date& d)
{
    return QStringLiteral("%1/%2/%3")
        .arg(d.day, 2, 10, QLatin1Char('0'))
        .arg(d.month, 2, 10, QLatin1Char('0'))
        .arg(d.year, 4, 10, QLatin1Char('0'));
}

bool blank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::string trimmed(const std::string& text)
{
    const auto first = std::find_if_not(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
    const auto last = std::find_if_not(text.rbegin(), text.rend(), [](unsigned char c) { return std::isspace(c); });
    return first < last.base() ? std::string(first, last.base()) : std::string();
}

/** Upper-case, without spaces: "qq 12 34 56 c" is stored as "QQ123456C". */
std::string normalisedNi(const std::string& text)
{
    std::string out;
    for (const unsigned char c : text) {
        if (!std::isspace(c)) {
            out.push_back(static_cast<char>(std::toupper(c)));
        }
    }
    return out;
}

/** The keys are stored as they are compared: the NI number in its one form, the others without stray spaces. */
Staff normalised(Staff s)
{
    s.niNumber = normalisedNi(s.niNumber);
    s.email = trimmed(s.email);
    s.payrollNumber = trimmed(s.payrollNumber);
    s.trn = trimmed(s.trn);
    return s;
}

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** Two letters, six digits, a letter A-D (HMRC's shape; the prefix rules change too often to hard-code). */
bool looksLikeNi(const std::string& ni)
{
    return ni.size() == 9 && isAsciiLetter(ni[0]) && isAsciiLetter(ni[1]) &&
           std::all_of(ni.begin() + 2, ni.begin() + 8, isDigit) && ni[8] >= 'A' && ni[8] <= 'D';
}

/** Enough to catch a typing slip (no @, a space, a missing domain), not RFC 5322. */
bool looksLikeEmail(const std::string& email)
{
    const auto at = email.find('@');
    if (at == std::string::npos || at == 0 || email.find('@', at + 1) != std::string::npos) {
        return false;
    }
    if (std::any_of(email.begin(), email.end(), [](unsigned char c) { return std::isspace(c) || c < 0x20; })) {
        return false;
    }
    const std::string domain = email.substr(at + 1);
    const auto dot = domain.find('.');
    return dot != std::string::npos && dot != 0 && domain.back() != '.' && domain.find("..") == std::string::npos;
}

bool validFte(double fte)
{
    return std::isfinite(fte) && fte > 0.0 && fte <= 1.0;
}

QString fteMessage(double fte)
{
    return tr("FTE must be more than 0 and at most 1; %1 was given.").arg(fte);
}

class Issues
{
public:
    void add(const std::string& field, const QString& message) { m_issues.push_back({field, message.toStdString()}); }
    FieldIssues take() { return std::move(m_issues); }

private:
    FieldIssues m_issues;
};

/** Where two versions of a person differ, in the details form's order (StaffConflict's field names). */
std::vector<std::string> differingFields(const Staff& a, const Staff& b)
{
    std::vector<std::string> fields;
    auto check = [&fields](const char* field, bool same) {
        if (!same) {
            fields.emplace_back(field);
        }
    };
    check("title", a.title == b.title);
    check("legal_forename", a.legalForename == b.legalForename);
    check("legal_surname", a.legalSurname == b.legalSurname);
    check("preferred_name", a.preferredName == b.preferredName);
    check("date_of_birth", a.dateOfBirth == b.dateOfBirth);
    check("email", a.email == b.email);
    check("ni_number", a.niNumber == b.niNumber);
    check("prior_career", a.priorCareer == b.priorCareer);
    check("payroll_number", a.payrollNumber == b.payrollNumber);
    check("school", a.schoolId == b.schoolId);
    check("team", a.team == b.team);
    check("line_manager", a.lineManagerId == b.lineManagerId);
    check("contract_type", a.contractType == b.contractType);
    check("fte", std::abs(a.fte - b.fte) < 1e-9);
    check("start_date", a.startDate == b.startDate);
    check("leaving_date", a.leavingDate == b.leavingDate);
    check("trn", a.trn == b.trn);
    check("qts", a.qts == b.qts);
    check("qts_date", a.qtsDate == b.qtsDate);
    check("induction_completed", a.inductionCompleted == b.inductionCompleted);
    check("wants_headship", a.wantsHeadship == b.wantsHeadship);
    return fields;
}

/** The refusal a save gives: the first issue's sentence; its field goes in the detail for the form. */
Error refusal(const FieldIssues& issues)
{
    return makeError(ErrorCode::InvalidInput, issues.front().message, "field " + issues.front().field);
}

using Owned = store::StaffRepository::Owned;

/** A change to row `id` of `kind`: allowed when the actor may edit the person it belongs to, as stored. */
Status requireEditOwned(const store::Database& db, Owned kind, Id id, std::optional<Id> newOwner = std::nullopt)
{
    const Access access(db);
    const Result<std::optional<Id>> owner = store::StaffRepository(db).ownerOf(kind, id);
    if (!owner) {
        return owner.error();
    }
    // An unknown row is left to the store to report as NotFound, but only to someone who may edit the person
    // it names, so the answer gives nothing away.
    const Id stored = owner->value_or(newOwner.value_or(0));
    if (Status s = access.requireEdit(stored); !s) {
        return s;
    }
    if (newOwner && *newOwner != stored) {
        return access.requireEdit(*newOwner);
    }
    return {};
}

} // namespace

RecordEditor::RecordEditor(store::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

FieldIssues RecordEditor::validate(const Staff& input) const
{
    const Staff staff = normalised(input);
    const Date today = m_clock.today();
    Issues issues;

    if (blank(staff.legalForename)) {
        issues.add("legal_forename", tr("The legal forename cannot be empty."));
    }
    if (blank(staff.legalSurname)) {
        issues.add("legal_surname", tr("The legal surname cannot be empty."));
    }

    // A lookup that fails here is left to the store: its UNIQUE constraints refuse the save with a sentence.
    const store::StaffWriter writer(m_db);
    const auto takenBy = [&](store::StaffKey key, const std::string& value) {
        const Result<std::optional<Id>> other = writer.staffWithKey(key, value, staff.id);
        return other.ok() && other->has_value();
    };

    if (!staff.email.empty()) {
        if (!looksLikeEmail(staff.email)) {
            issues.add(
                "email",
                tr("'%1' does not look like an email address; write it as name@school.org.uk.").arg(qs(staff.email)));
        } else if (takenBy(store::StaffKey::Email, staff.email)) {
            issues.add("email",
                       tr("The email address %1 is already used by another member of staff.").arg(qs(staff.email)));
        }
    }
    if (!staff.payrollNumber.empty() && takenBy(store::StaffKey::PayrollNumber, staff.payrollNumber)) {
        issues.add("payroll_number",
                   tr("Payroll number %1 is already used by another member of staff.").arg(qs(staff.payrollNumber)));
    }
    if (!staff.niNumber.empty()) {
        if (!looksLikeNi(staff.niNumber)) {
            issues.add("ni_number", tr("'%1' is not a National Insurance number: that is two letters, six digits and "
                                       "a letter from A to D, like QQ 12 34 56 C.")
                                        .arg(qs(input.niNumber)));
        } else if (takenBy(store::StaffKey::NiNumber, staff.niNumber)) {
            issues.add(
                "ni_number",
                tr("National Insurance number %1 is already used by another member of staff.").arg(qs(staff.niNumber)));
        }
    }
    if (!staff.trn.empty()) {
        if (staff.trn.size() != 7 || !std::all_of(staff.trn.begin(), staff.trn.end(), isDigit)) {
            issues.add("trn", tr("A teacher reference number is seven digits; '%1' is not.").arg(qs(staff.trn)));
        } else if (takenBy(store::StaffKey::Trn, staff.trn)) {
            issues.add(
                "trn",
                tr("Teacher reference number %1 is already used by another member of staff.").arg(qs(staff.trn)));
        }
    }

    if (!validFte(staff.fte)) {
        issues.add("fte", fteMessage(staff.fte));
    }

    const std::optional<Date>& born = staff.dateOfBirth;
    if (born && *born > today) {
        issues.add("date_of_birth", tr("The date of birth %1 is in the future.").arg(uk(*born)));
    }
    if (born && staff.startDate) {
        if (*staff.startDate < *born) {
            issues.add("start_date",
                       tr("The start date %1 is before the date of birth %2.").arg(uk(*staff.startDate), uk(*born)));
        } else if (const int age = Date::wholeYearsBetween(*born, *staff.startDate); age < 16) {
            issues.add("start_date", tr("On the start date %1 they would have been %2; staff must be at least 16.")
                                         .arg(uk(*staff.startDate))
                                         .arg(age));
        }
    }
    if (staff.startDate && staff.leavingDate && *staff.leavingDate < *staff.startDate) {
        issues.add(
            "leaving_date",
            tr("The leaving date %1 is before the start date %2.").arg(uk(*staff.leavingDate), uk(*staff.startDate)));
    }
    if (born && staff.qtsDate && *staff.qtsDate < born->addYears(18)) {
        issues.add("qts_date", tr("The QTS date %1 is before their 18th birthday (%2); QTS follows a degree.")
                                   .arg(uk(*staff.qtsDate), uk(born->addYears(18))));
    }
    if (staff.lineManagerId && staff.id != 0 && *staff.lineManagerId == staff.id) {
        issues.add("line_manager", tr("Nobody can be their own line manager."));
    }
    return issues.take();
}

FieldIssues RecordEditor::validate(const Post& post) const
{
    Issues issues;
    if (blank(post.title)) {
        issues.add("title", tr("A post needs a job title."));
    }
    if (post.from && post.to && *post.to < *post.from) {
        issues.add("to", tr("The post ends on %1, before it starts on %2.").arg(uk(*post.to), uk(*post.from)));
    }
    if (!validFte(post.fte)) {
        issues.add("fte", fteMessage(post.fte));
    }
    if (post.grade && (*post.grade < 3 || *post.grade > 11)) {
        issues.add("grade", tr("Grade %1 is not a support-staff grade; the grades run from 3 to 11.").arg(*post.grade));
    }
    return issues.take();
}

FieldIssues RecordEditor::validate(const QualificationHeld& qualification) const
{
    const QualificationHeld& q = qualification;
    Issues issues;
    if (blank(q.name)) {
        issues.add("name", tr("A qualification needs a name."));
    }
    if (q.started && q.completed && *q.completed < *q.started) {
        issues.add("completed",
                   tr("It was completed on %1, before it was started on %2.").arg(uk(*q.completed), uk(*q.started)));
    }
    if (q.status == QualificationStatus::Completed && q.completed && *q.completed > m_clock.today()) {
        issues.add("completed", tr("A completed qualification cannot have a completion date in the future (%1); "
                                   "mark it in progress until then.")
                                    .arg(uk(*q.completed)));
    }
    if (q.completed && q.expires && *q.expires <= *q.completed) {
        issues.add(
            "expires",
            tr("It expires on %1, which must be after it was completed on %2.").arg(uk(*q.expires), uk(*q.completed)));
    }
    return issues.take();
}

FieldIssues RecordEditor::validate(const CpdRecord& record) const
{
    Issues issues;
    if (blank(record.title)) {
        issues.add("title", tr("A CPD activity needs a title."));
    }
    if (record.start && record.end && *record.end < *record.start) {
        issues.add("end", tr("It ends on %1, before it starts on %2.").arg(uk(*record.end), uk(*record.start)));
    }
    if (!std::isfinite(record.hours) || record.hours < 0.0 || record.hours > 1000.0) {
        issues.add("hours", tr("Hours must be between 0 and 1000; %1 was given.").arg(record.hours));
    }
    if (record.costPence < 0) {
        issues.add("cost", tr("The cost cannot be negative."));
    }
    return issues.take();
}

FieldIssues RecordEditor::validate(const CareerConversation& conversation) const
{
    const CareerConversation& c = conversation;
    Issues issues;
    const bool held = c.heldOn.isValid();
    if (!held) {
        issues.add("held_on", tr("Enter the date the conversation was held."));
    } else if (c.heldOn > m_clock.today()) {
        issues.add("held_on",
                   tr("The conversation date %1 is in the future; record it once it has been held.").arg(uk(c.heldOn)));
    }
    if (held && c.nextReview && *c.nextReview <= c.heldOn) {
        issues.add(
            "next_review",
            tr("The next review (%1) must be after the conversation (%2).").arg(uk(*c.nextReview), uk(c.heldOn)));
    }
    for (std::size_t i = 0; i < c.actions.size(); ++i) {
        const AgreedAction& a = c.actions[i];
        const std::string prefix = "actions/" + std::to_string(i) + "/";
        if (blank(a.description)) {
            issues.add(prefix + "description", tr("Agreed action %1 needs a description.").arg(i + 1));
        }
        if (held && a.due && *a.due < c.heldOn) {
            issues.add(prefix + "due", tr("Agreed action %1 is due on %2, before the conversation on %3.")
                                           .arg(i + 1)
                                           .arg(uk(*a.due), uk(c.heldOn)));
        }
    }
    return issues.take();
}

FieldIssues RecordEditor::validate(const PlanItem& item) const
{
    Issues issues;
    if (blank(item.title)) {
        issues.add("title", tr("A step of the plan needs a title."));
    }
    return issues.take();
}

Result<Id> RecordEditor::addStaff(const Staff& staff)
{
    if (Status s = Access(m_db).require(Capability::AddStaff); !s) {
        return s.error();
    }
    const Staff s = normalised(staff);
    if (const FieldIssues issues = validate(s); !issues.empty()) {
        return refusal(issues);
    }
    return store::StaffWriter(m_db).insertStaff(s);
}

Result<Staff> RecordEditor::saveStaff(const Staff& staff)
{
    {
        const auto stored = store::StaffRepository(m_db).record(staff.id, 0);
        if (!stored) {
            return Access(m_db).canRead(staff.id) ? stored.error() : Access(m_db).requireRead(staff.id).error();
        }
        if (Status s = Access(m_db).requireStaffSave(stored->staff, normalised(staff)); !s) {
            return s.error();
        }
    }
    Staff s = normalised(staff);
    if (const FieldIssues issues = validate(s); !issues.empty()) {
        return refusal(issues);
    }
    const Result<int> version = store::StaffWriter(m_db).updateStaff(s);
    if (!version) {
        return version.error();
    }
    s.rowVersion = *version;
    return s;
}

Result<std::optional<StaffConflict>> RecordEditor::staffConflict(const Staff& mine) const
{
    if (Status s = Access(m_db).requireRead(mine.id); !s) {
        return s.error();
    }
    auto stored = store::StaffRepository(m_db).record(mine.id, 0);
    if (!stored) {
        return stored.error();
    }
    Staff theirs = std::move(stored->staff);
    if (theirs.rowVersion == mine.rowVersion) {
        return std::optional<StaffConflict>{};
    }
    std::vector<std::string> fields = differingFields(theirs, normalised(mine));
    return std::optional<StaffConflict>{StaffConflict{std::move(theirs), std::move(fields)}};
}

Result<Staff> RecordEditor::overwriteStaff(Staff mine, int theirVersion)
{
    // The deliberate overwrite is an ordinary save over the version the user was shown: the store still checks
    // it, so a save that came after the question is caught as a Conflict of its own.
    mine.rowVersion = theirVersion;
    return saveStaff(mine);
}

Status RecordEditor::removeStaff(Id staffId)
{
    if (Status s = Access(m_db).require(Capability::AddStaff); !s) {
        return s;
    }
    return store::StaffWriter(m_db).deleteStaff(staffId);
}

Result<Id> RecordEditor::addPost(const Post& post)
{
    if (Status s = Access(m_db).requireEdit(post.staffId); !s) {
        return s.error();
    }
    if (const FieldIssues issues = validate(post); !issues.empty()) {
        return refusal(issues);
    }
    return store::StaffWriter(m_db).insertPost(post);
}

Status RecordEditor::savePost(const Post& post)
{
    if (Status s = requireEditOwned(m_db, Owned::Post, post.id, post.staffId); !s) {
        return s;
    }
    if (const FieldIssues issues = validate(post); !issues.empty()) {
        return refusal(issues);
    }
    return store::StaffWriter(m_db).updatePost(post);
}

Status RecordEditor::removePost(Id postId)
{
    if (Status s = requireEditOwned(m_db, Owned::Post, postId); !s) {
        return s;
    }
    return store::StaffWriter(m_db).deletePost(postId);
}

Result<Id> RecordEditor::addQualification(const QualificationHeld& qualification)
{
    if (Status s = Access(m_db).requireEdit(qualification.staffId); !s) {
        return s.error();
    }
    if (const FieldIssues issues = validate(qualification); !issues.empty()) {
        return refusal(issues);
    }
    return store::StaffWriter(m_db).insertQualification(qualification);
}

Status RecordEditor::saveQualification(const QualificationHeld& qualification)
{
    if (Status s = requireEditOwned(m_db, Owned::Qualification, qualification.id, qualification.staffId); !s) {
        return s;
    }
    if (const FieldIssues issues = validate(qualification); !issues.empty()) {
        return refusal(issues);
    }
    return store::StaffWriter(m_db).updateQualification(qualification);
}

Status RecordEditor::removeQualification(Id qualificationId)
{
    if (Status s = requireEditOwned(m_db, Owned::Qualification, qualificationId); !s) {
        return s;
    }
    return store::StaffWriter(m_db).deleteQualification(qualificationId);
}

Result<Id> RecordEditor::addCpd(const CpdRecord& record)
{
    if (Status s = Access(m_db).requireEdit(record.staffId); !s) {
        return s.error();
    }
    if (const FieldIssues issues = validate(record); !issues.empty()) {
        return refusal(issues);
    }
    return store::StaffWriter(m_db).insertCpd(record);
}

Status RecordEditor::saveCpd(const CpdRecord& record)
{
    if (Status s = requireEditOwned(m_db, Owned::Cpd, record.id, record.staffId); !s) {
        return s;
    }
    if (const FieldIssues issues = validate(record); !issues.empty()) {
        return refusal(issues);
    }
    return store::StaffWriter(m_db).updateCpd(record);
}

Status RecordEditor::removeCpd(Id recordId)
{
    if (Status s = requireEditOwned(m_db, Owned::Cpd, recordId); !s) {
        return s;
    }
    return store::StaffWriter(m_db).deleteCpd(recordId);
}

Result<Id> RecordEditor::addConversation(const CareerConversation& conversation)
{
    if (Status s = Access(m_db).requireEdit(conversation.staffId); !s) {
        return s.error();
    }
    if (const FieldIssues issues = validate(conversation); !issues.empty()) {
        return refusal(issues);
    }
    return store::StaffWriter(m_db).insertConversation(conversation);
}

Status RecordEditor::saveConversation(const CareerConversation& conversation)
{
    if (Status s = requireEditOwned(m_db, Owned::Conversation, conversation.id, conversation.staffId); !s) {
        return s;
    }
    if (const FieldIssues issues = validate(conversation); !issues.empty()) {
        return refusal(issues);
    }
    return store::StaffWriter(m_db).updateConversation(conversation);
}

Status RecordEditor::removeConversation(Id conversationId)
{
    if (Status s = requireEditOwned(m_db, Owned::Conversation, conversationId); !s) {
        return s;
    }
    return store::StaffWriter(m_db).deleteConversation(conversationId);
}

Result<std::vector<Id>> RecordEditor::addPlanItems(const std::vector<PlanItem>& items)
{
    for (const PlanItem& item : items) {
        if (Status s = Access(m_db).requireEdit(item.staffId); !s) {
            return s.error();
        }
    }
    // Every item is checked before any is written: the plan gains all of them or none.
    for (const PlanItem& item : items) {
        if (const FieldIssues issues = validate(item); !issues.empty()) {
            return refusal(issues);
        }
    }
    return store::StaffWriter(m_db).appendPlanItems(items);
}

Status RecordEditor::savePlanItem(const PlanItem& item)
{
    if (Status s = requireEditOwned(m_db, Owned::PlanItem, item.id, item.staffId); !s) {
        return s;
    }
    if (const FieldIssues issues = validate(item); !issues.empty()) {
        return refusal(issues);
    }
    return store::StaffWriter(m_db).updatePlanItem(item);
}

Status RecordEditor::removePlanItems(const std::vector<Id>& ids)
{
    for (const Id id : ids) {
        if (Status s = requireEditOwned(m_db, Owned::PlanItem, id); !s) {
            return s;
        }
    }
    return store::StaffWriter(m_db).deletePlanItems(ids);
}

} // namespace staffpath::services
