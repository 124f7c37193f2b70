// SPDX-License-Identifier: GPL-3.0-or-later
// A subject access export read back: every field of a person with one of every kind of row, and nobody else's.
#include "staffpath/services/PersonExport.h"
#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"
#include "staffpath/store/StaffRepository.h"
#include "staffpath/store/StaffWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace staffpath;
using nlohmann::json;

namespace {

const std::string kExportedAt = "2026-11-23T10:50:00Z";

std::optional<std::string> iso(const std::optional<Date>& d)
{
    return d ? std::optional<std::string>(d->toIso()) : std::nullopt;
}

// A JSON value that is either a string or null, as the format writes optional dates and names.
std::optional<std::string> optText(const json& v)
{
    return v.is_null() ? std::nullopt : std::optional<std::string>(v.get<std::string>());
}

std::optional<Id> optId(const json& v)
{
    return v.is_null() ? std::nullopt : std::optional<Id>(v.get<Id>());
}

Dataset fixture()
{
    Dataset d;
    School school;
    school.id = 1;
    school.name = "Hillside Primary";
    school.urn = "100001";
    d.schools = {school};

    PersonBundle manager;
    manager.staff.id = 1;
    manager.staff.legalForename = "Margaret";
    manager.staff.legalSurname = "Okonkwo-Llewellyn";
    manager.staff.payrollNumber = "M0001";
    manager.staff.schoolId = 1;

    PersonBundle subject;
    Staff& s = subject.staff;
    s.id = 2;
    s.title = "Ms";
    s.legalForename = "Siân";
    s.legalSurname = "O'Brien";
    s.preferredName = "Shan";
    s.email = "sian.obrien@hillside.example";
    s.payrollNumber = "P0002";
    s.niNumber = "QQ123456C";
    s.trn = "1234567";
    s.dateOfBirth = Date{1985, 3, 14};
    s.qts = true;
    s.qtsDate = Date{2008, 7, 1};
    s.inductionCompleted = Date{2009, 7, 20};
    s.fte = 0.8;
    s.contractType = ContractType::FixedTerm;
    s.startDate = Date{2015, 9, 1};
    s.leavingDate = Date{2027, 8, 31};
    s.lineManagerId = 1;
    s.schoolId = 1;
    s.team = "Inclusion and SEND";
    s.priorCareer = "Youth work";
    s.wantsHeadship = HeadshipAspiration::Undecided;

    Post post;
    post.roleId = "tch.teacher";
    post.title = "Year 4 teacher";
    post.schoolId = 1;
    post.from = Date{2015, 9, 1};
    post.to = Date{2020, 8, 31};
    post.payBasis = PayBasis::MainRange;
    post.payPoint = "M5";
    post.fte = 0.8;
    Post acting;
    acting.title = "Acting SENCO";
    acting.schoolId = 1;
    acting.from = Date{2020, 9, 1};
    acting.acting = true;
    acting.slt = true;
    acting.payBasis = PayBasis::NjcGrade;
    acting.grade = 7;
    acting.payPoint = "SCP 17";
    acting.fte = 0.8;
    subject.posts = {post, acting};

    QualificationHeld npq;
    npq.qualificationId = "q.npq_senco";
    npq.name = "NPQ for SENCOs";
    npq.status = QualificationStatus::InProgress;
    npq.started = Date{2024, 1, 10};
    npq.expires = Date{2027, 1, 10};
    npq.provider = "Best Practice Network";
    npq.evidence = "certificates/npq.pdf";
    subject.qualifications = {npq};

    PmObjective objective;
    objective.id = 5;
    objective.cycleYear = 2025;
    objective.category = ObjectiveCategory::PupilPerformance;
    objective.text = "Raise Year 4 reading";
    objective.successCriteria = "80% at expected";
    objective.schoolPriority = "Reading";
    objective.status = ObjectiveStatus::AtRisk;
    subject.objectives = {objective};

    CpdRecord coaching;
    coaching.eventId = 50;
    coaching.title = "Coaching for new SENCOs";
    coaching.provider = "Local authority";
    coaching.providerType = ProviderType::LocalAuthority;
    coaching.activityType = ActivityType::Coaching;
    coaching.asProvider = true;
    coaching.delivery = Delivery::Online;
    coaching.status = CpdStatus::Completed;
    coaching.start = Date{2025, 1, 6};
    coaching.end = Date{2025, 3, 28};
    coaching.hours = 7.5;
    coaching.costPence = 12345;
    coaching.funding = FundingSource::Trust;
    coaching.dfeElements =
        static_cast<unsigned>(DfeElement::PupilOutcomes) | static_cast<unsigned>(DfeElement::Sustained);
    coaching.intendedOutcome = "Confident EHCP reviews";
    coaching.impactLevel = ImpactLevel::Pupils;
    coaching.impactEvaluation = "Reviews on time";
    coaching.evidence = "log";
    coaching.linkedQualificationId = "q.npq_senco";
    coaching.objectiveId = 5;
    coaching.confidential = true;
    CpdRecord reading;
    reading.title = "Reading: SEND code of practice";
    reading.activityType = ActivityType::Reading;
    subject.cpd = {coaching, reading};
    // More than the person panel's ten recent records: the export must not cut them.
    for (int i = 1; i <= 11; ++i) {
        CpdRecord r;
        r.title = "Twilight session " + std::to_string(i);
        r.activityType = ActivityType::Inset;
        r.start = Date{2023, 1, i};
        subject.cpd.push_back(r);
    }

    CareerConversation chat;
    chat.heldOn = Date{2025, 6, 2};
    chat.ledByStaffId = 1;
    chat.ledByName = "Margaret Okonkwo-Llewellyn";
    chat.aspiration = "SENCO in a larger school";
    chat.targetRoleId = "ldr.senco";
    chat.targetRoleTitle = "SENCO";
    chat.wantsHeadship = HeadshipAspiration::No;
    chat.notes = "Worried about workload; confidential";
    chat.nextReview = Date{2025, 12, 1};
    chat.confidential = true;
    chat.actions = {AgreedAction{0, "Finish the NPQ", "Siân", Date{2026, 1, 10}, false},
                    AgreedAction{0, "Visit a secondary SEND unit", "Margaret", std::nullopt, true}};
    subject.conversations = {chat};

    PmReview review;
    review.cycleYear = 2025;
    review.kind = ReviewKind::Final;
    review.heldOn = Date{2026, 7, 1};
    review.reviewerStaffId = 1;
    review.summary = "Objective partly met";
    review.outcome = "pay progression recommended";
    review.confidential = true;
    subject.reviews = {review};

    PersonBundle other;
    other.staff.id = 3;
    other.staff.legalForename = "Bartholomew";
    other.staff.legalSurname = "Quintrell";
    other.staff.payrollNumber = "X0003";
    other.staff.niNumber = "QQ654321A";
    other.staff.lineManagerId = 1;
    CpdRecord othersCpd;
    othersCpd.title = "Forest school leader level 3";
    othersCpd.activityType = ActivityType::Course;
    other.cpd = {othersCpd};
    CareerConversation othersChat;
    othersChat.heldOn = Date{2025, 6, 3};
    othersChat.notes = "Quintrell private note";
    other.conversations = {othersChat};

    d.people = {manager, subject, other};
    return d;
}

class PersonExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = store::Database::create(m_dir.filePath(QStringLiteral("sar.sqlite")));
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::move(db.value());
        m_data = fixture();
        auto written = store::DatasetWriter(*m_db).write(m_data);
        ASSERT_TRUE(written.ok()) << written.error().message;
        auto rows = store::StaffRepository(*m_db).summaries(Date{2026, 1, 1});
        ASSERT_TRUE(rows.ok());
        for (const StaffSummary& r : *rows) {
            m_ids[r.payrollNumber] = r.id;
        }
        m_subject = m_ids.at("P0002");
        auto record = store::StaffRepository(*m_db).record(m_subject, 0);
        ASSERT_TRUE(record.ok());
        ASSERT_EQ(record->conversations.size(), 1u);
        m_conversationId = record->conversations.front().id;

        PlanItem role;
        role.staffId = m_subject;
        role.position = 0;
        role.kind = PlanItemKind::Role;
        role.refId = "ldr.senco";
        role.title = "SENCO";
        role.detail = "The post the route leads to";
        role.due = Date{2027, 9, 1};
        role.status = PlanItemStatus::InProgress;
        role.targetRoleId = "ldr.senco";
        PlanItem action;
        action.staffId = m_subject;
        action.position = 1;
        action.kind = PlanItemKind::Action;
        action.title = "Visit a secondary SEND unit";
        action.status = PlanItemStatus::Done;
        action.conversationId = m_conversationId;
        m_plan = {role, action};
        auto planIds = store::StaffWriter(*m_db).insertPlanItems(m_plan);
        ASSERT_TRUE(planIds.ok()) << planIds.error().message;
    }

    json exported(Id staffId)
    {
        auto text = services::PersonExport(*m_db).document(staffId, kExportedAt);
        EXPECT_TRUE(text.ok()) << (text.ok() ? "" : text.error().message);
        if (!text.ok()) {
            return json();
        }
        json doc = json::parse(*text, nullptr, false);
        EXPECT_FALSE(doc.is_discarded()) << *text;
        return doc;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    Dataset m_data;
    std::map<std::string, Id> m_ids;
    Id m_subject = 0;
    Id m_conversationId = 0;
    std::vector<PlanItem> m_plan;
};

} // namespace

TEST_F(PersonExportTest, HeaderNamesTheFormatAndVersion)
{
    const json doc = exported(m_subject);
    EXPECT_EQ(doc.at("format"), "staffpath-person");
    EXPECT_EQ(doc.at("version"), 3);
    EXPECT_EQ(doc.at("exported_at"), kExportedAt);
    // The documented order of the top-level keys, so the file reads as the documentation does.
    std::vector<std::string> keys;
    auto ordered =
        nlohmann::ordered_json::parse(services::PersonExport(*m_db).document(m_subject, kExportedAt).value());
    for (const auto& item : ordered.items()) {
        keys.push_back(item.key());
    }
    EXPECT_EQ(keys, (std::vector<std::string>{"format", "version", "exported_at", "person", "posts", "qualifications",
                                              "cpd", "career_conversations", "development_plan", "pm_objectives",
                                              "pm_reviews", "audit_trail"}));
}

TEST_F(PersonExportTest, StaffDetailsComeBackFieldByField)
{
    const json p = exported(m_subject).at("person");
    const Staff& s = m_data.people[1].staff;
    EXPECT_EQ(p.at("id").get<Id>(), m_subject);
    EXPECT_EQ(p.at("title"), s.title);
    EXPECT_EQ(p.at("legal_forename"), s.legalForename);
    EXPECT_EQ(p.at("legal_surname"), s.legalSurname);
    EXPECT_EQ(p.at("preferred_name"), s.preferredName);
    EXPECT_EQ(p.at("email"), s.email);
    EXPECT_EQ(p.at("payroll_number"), s.payrollNumber);
    EXPECT_EQ(p.at("ni_number"), s.niNumber);
    EXPECT_EQ(p.at("trn"), s.trn);
    EXPECT_EQ(optText(p.at("date_of_birth")), iso(s.dateOfBirth));
    EXPECT_EQ(p.at("qts"), s.qts);
    EXPECT_EQ(optText(p.at("qts_date")), iso(s.qtsDate));
    EXPECT_EQ(optText(p.at("induction_completed")), iso(s.inductionCompleted));
    EXPECT_DOUBLE_EQ(p.at("fte").get<double>(), s.fte);
    EXPECT_EQ(p.at("contract_type"), "fixed_term");
    EXPECT_EQ(optText(p.at("start_date")), iso(s.startDate));
    EXPECT_EQ(optText(p.at("leaving_date")), iso(s.leavingDate));
    EXPECT_EQ(p.at("school").at("name"), "Hillside Primary");
    EXPECT_EQ(p.at("team"), "Inclusion and SEND");
    EXPECT_EQ(p.at("line_manager"), "Margaret Okonkwo-Llewellyn");
    EXPECT_EQ(p.at("prior_career"), s.priorCareer);
    EXPECT_EQ(p.at("wants_headship"), "undecided");
}

TEST_F(PersonExportTest, PersonKeysAreInTheDocumentedOrderWithTheTeamAfterTheSchool)
{
    const auto doc =
        nlohmann::ordered_json::parse(services::PersonExport(*m_db).document(m_subject, kExportedAt).value());
    std::vector<std::string> keys;
    for (const auto& item : doc.at("person").items()) {
        keys.push_back(item.key());
    }
    EXPECT_EQ(keys, (std::vector<std::string>{"id",
                                              "title",
                                              "legal_forename",
                                              "legal_surname",
                                              "preferred_name",
                                              "email",
                                              "payroll_number",
                                              "ni_number",
                                              "trn",
                                              "date_of_birth",
                                              "qts",
                                              "qts_date",
                                              "induction_completed",
                                              "fte",
                                              "contract_type",
                                              "start_date",
                                              "leaving_date",
                                              "school",
                                              "team",
                                              "line_manager",
                                              "prior_career",
                                              "wants_headship"}));
}

TEST_F(PersonExportTest, ATeamNeverRecordedIsAnEmptyStringLikeOtherText)
{
    const json p = exported(m_ids.at("M0001")).at("person");
    ASSERT_TRUE(p.at("team").is_string());
    EXPECT_EQ(p.at("team"), "");
    EXPECT_EQ(p.at("prior_career"), "") << "the neighbouring text field, written the same way";
}

TEST_F(PersonExportTest, PostsAndQualificationsComeBackFieldByField)
{
    const json doc = exported(m_subject);
    const json& posts = doc.at("posts");
    ASSERT_EQ(posts.size(), 2u);
    // Newest first, as the record lists them.
    const Post& acting = m_data.people[1].posts[1];
    const json& a = posts.at(0);
    EXPECT_GT(a.at("id").get<Id>(), 0);
    EXPECT_EQ(a.at("role_id"), acting.roleId);
    EXPECT_EQ(a.at("title"), acting.title);
    EXPECT_EQ(a.at("school_name"), "Hillside Primary");
    EXPECT_EQ(optText(a.at("from")), iso(acting.from));
    EXPECT_TRUE(a.at("to").is_null());
    EXPECT_EQ(a.at("acting"), true);
    EXPECT_EQ(a.at("slt"), true);
    EXPECT_EQ(a.at("pay_basis"), std::string(toString(acting.payBasis)));
    EXPECT_EQ(a.at("grade"), 7);
    EXPECT_EQ(a.at("pay_point"), "SCP 17");
    EXPECT_DOUBLE_EQ(a.at("fte").get<double>(), 0.8);
    const json& b = posts.at(1);
    EXPECT_EQ(b.at("title"), "Year 4 teacher");
    EXPECT_EQ(b.at("to"), "2020-08-31");
    EXPECT_EQ(b.at("pay_basis"), std::string(toString(PayBasis::MainRange)));
    EXPECT_TRUE(b.at("grade").is_null());
    EXPECT_EQ(b.at("acting"), false);

    const json& quals = doc.at("qualifications");
    ASSERT_EQ(quals.size(), 1u);
    const QualificationHeld& q = m_data.people[1].qualifications[0];
    const json& j = quals.at(0);
    EXPECT_EQ(j.at("qualification_id"), q.qualificationId);
    EXPECT_EQ(j.at("name"), q.name);
    EXPECT_EQ(j.at("status"), "in_progress");
    EXPECT_EQ(optText(j.at("started")), iso(q.started));
    EXPECT_TRUE(j.at("completed").is_null());
    EXPECT_EQ(optText(j.at("expires")), iso(q.expires));
    EXPECT_EQ(j.at("provider"), q.provider);
    EXPECT_EQ(j.at("evidence"), q.evidence);
}

TEST_F(PersonExportTest, EveryCpdRecordComesBackFieldByField)
{
    const json doc = exported(m_subject);
    const json& cpd = doc.at("cpd");
    ASSERT_EQ(cpd.size(), 13u) << "all CPD, not the panel's ten most recent";
    const json* coaching = nullptr;
    for (const json& r : cpd) {
        if (r.at("title") == "Coaching for new SENCOs") {
            coaching = &r;
        }
    }
    ASSERT_NE(coaching, nullptr);
    const CpdRecord& c = m_data.people[1].cpd[0];
    const json& j = *coaching;
    EXPECT_FALSE(j.at("event_id").is_null());
    EXPECT_EQ(j.at("provider"), c.provider);
    EXPECT_EQ(j.at("provider_type"), std::string(toString(c.providerType)));
    EXPECT_EQ(j.at("activity_type"), "coaching");
    EXPECT_EQ(j.at("as_provider"), true);
    EXPECT_EQ(j.at("delivery"), "online");
    EXPECT_EQ(j.at("status"), "completed");
    EXPECT_EQ(j.at("start"), "2025-01-06");
    EXPECT_EQ(j.at("end"), "2025-03-28");
    EXPECT_DOUBLE_EQ(j.at("hours").get<double>(), 7.5);
    EXPECT_EQ(j.at("cost_pence"), 12345);
    EXPECT_EQ(j.at("funding"), std::string(toString(c.funding)));
    EXPECT_EQ(j.at("dfe_elements"), json::array({"pupil_outcomes", "sustained"}));
    EXPECT_EQ(j.at("intended_outcome"), c.intendedOutcome);
    EXPECT_EQ(j.at("impact_level"), "pupils");
    EXPECT_EQ(j.at("impact_evaluation"), c.impactEvaluation);
    EXPECT_EQ(j.at("evidence"), c.evidence);
    EXPECT_EQ(j.at("linked_qualification_id"), c.linkedQualificationId);
    EXPECT_EQ(j.at("confidential"), true) << "confidential CPD is the person's own data";

    auto objectives = store::StaffRepository(*m_db).objectives(m_subject);
    ASSERT_TRUE(objectives.ok() && objectives->size() == 1u);
    EXPECT_EQ(optId(j.at("objective_id")), objectives->front().id);

    const json& undated = cpd.back();
    EXPECT_EQ(undated.at("title"), "Reading: SEND code of practice");
    EXPECT_TRUE(undated.at("start").is_null());
    EXPECT_TRUE(undated.at("impact_level").is_null());
    EXPECT_TRUE(undated.at("objective_id").is_null());
    EXPECT_EQ(undated.at("dfe_elements"), json::array());
}

TEST_F(PersonExportTest, ConfidentialConversationsAndTheirActionsAreIncluded)
{
    const json doc = exported(m_subject);
    const json& chats = doc.at("career_conversations");
    ASSERT_EQ(chats.size(), 1u);
    const CareerConversation& c = m_data.people[1].conversations[0];
    const json& j = chats.at(0);
    EXPECT_EQ(j.at("id").get<Id>(), m_conversationId);
    EXPECT_EQ(optText(j.at("held_on")), iso(c.heldOn));
    EXPECT_EQ(j.at("led_by"), c.ledByName);
    EXPECT_EQ(j.at("aspiration"), c.aspiration);
    EXPECT_EQ(j.at("target_role_id"), c.targetRoleId);
    EXPECT_EQ(j.at("target_role_title"), c.targetRoleTitle);
    EXPECT_EQ(j.at("wants_headship"), "no");
    EXPECT_EQ(j.at("notes"), c.notes);
    EXPECT_EQ(optText(j.at("next_review")), iso(c.nextReview));
    EXPECT_EQ(j.at("confidential"), true);
    const json& actions = j.at("actions");
    ASSERT_EQ(actions.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_GT(actions.at(i).at("id").get<Id>(), 0);
        EXPECT_EQ(actions.at(i).at("description"), c.actions[i].description);
        EXPECT_EQ(actions.at(i).at("owner"), c.actions[i].owner);
        EXPECT_EQ(optText(actions.at(i).at("due")), iso(c.actions[i].due));
        EXPECT_EQ(actions.at(i).at("done"), c.actions[i].done);
    }
}

TEST_F(PersonExportTest, PlanObjectivesAndReviewsComeBackFieldByField)
{
    const json doc = exported(m_subject);
    const json& plan = doc.at("development_plan");
    ASSERT_EQ(plan.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const PlanItem& p = m_plan[i];
        const json& j = plan.at(i);
        EXPECT_EQ(j.at("position"), p.position);
        EXPECT_EQ(j.at("kind"), std::string(toString(p.kind)));
        EXPECT_EQ(j.at("ref_id"), p.refId);
        EXPECT_EQ(j.at("title"), p.title);
        EXPECT_EQ(j.at("detail"), p.detail);
        EXPECT_EQ(optText(j.at("due")), iso(p.due));
        EXPECT_EQ(j.at("status"), std::string(toString(p.status)));
        EXPECT_EQ(j.at("target_role_id"), p.targetRoleId);
        EXPECT_EQ(optId(j.at("conversation_id")), p.conversationId);
    }

    const json& objectives = doc.at("pm_objectives");
    ASSERT_EQ(objectives.size(), 1u);
    const PmObjective& o = m_data.people[1].objectives[0];
    EXPECT_EQ(objectives.at(0).at("cycle_year"), 2025);
    EXPECT_EQ(objectives.at(0).at("category"), "pupil_performance");
    EXPECT_EQ(objectives.at(0).at("text"), o.text);
    EXPECT_EQ(objectives.at(0).at("success_criteria"), o.successCriteria);
    EXPECT_EQ(objectives.at(0).at("school_priority"), o.schoolPriority);
    EXPECT_EQ(objectives.at(0).at("status"), "at_risk");

    const json& reviews = doc.at("pm_reviews");
    ASSERT_EQ(reviews.size(), 1u);
    const PmReview& v = m_data.people[1].reviews[0];
    EXPECT_EQ(reviews.at(0).at("cycle_year"), 2025);
    EXPECT_EQ(reviews.at(0).at("kind"), "final");
    EXPECT_EQ(reviews.at(0).at("held_on"), "2026-07-01");
    EXPECT_EQ(reviews.at(0).at("reviewer"), "Margaret Okonkwo-Llewellyn");
    EXPECT_EQ(reviews.at(0).at("summary"), v.summary);
    EXPECT_EQ(reviews.at(0).at("outcome"), v.outcome);
    EXPECT_EQ(reviews.at(0).at("confidential"), true);
}

TEST_F(PersonExportTest, NoOtherPersonsDataIsInTheFile)
{
    const std::string text = services::PersonExport(*m_db).document(m_subject, kExportedAt).value();
    for (const char* theirs : {"Quintrell", "Bartholomew", "X0003", "QQ654321A", "Forest school", "M0001"}) {
        EXPECT_EQ(text.find(theirs), std::string::npos) << theirs;
    }
    // The manager's own export holds nothing of the people they manage.
    const std::string managers = services::PersonExport(*m_db).document(m_ids.at("M0001"), kExportedAt).value();
    EXPECT_EQ(managers.find("O'Brien"), std::string::npos);
    EXPECT_EQ(managers.find("Quintrell"), std::string::npos);
    const json doc = json::parse(managers);
    EXPECT_TRUE(doc.at("person").at("line_manager").is_null());
    EXPECT_TRUE(doc.at("cpd").empty());
    EXPECT_TRUE(doc.at("pm_reviews").empty());
}

TEST_F(PersonExportTest, UnknownStaffIdIsNotFoundAndWritesNothing)
{
    auto text = services::PersonExport(*m_db).document(9999, kExportedAt);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().code, ErrorCode::NotFound);
    EXPECT_NE(text.error().message.find("9999"), std::string::npos);

    const QString out = m_dir.filePath(QStringLiteral("nobody.json"));
    const Status written = services::PersonExport(*m_db).write(9999, out, kExportedAt);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(PersonExportTest, WritesTheFileAndReplacesAnOlderOne)
{
    const QString out = m_dir.filePath(QStringLiteral("record.json"));
    {
        QFile older(out);
        ASSERT_TRUE(older.open(QIODevice::WriteOnly));
        older.write("{\"an\": \"older export\"}");
    }
    const Status written = services::PersonExport(*m_db).write(m_subject, out, kExportedAt);
    ASSERT_TRUE(written.ok()) << written.error().message;
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const json doc = json::parse(file.readAll().toStdString(), nullptr, false);
    ASSERT_FALSE(doc.is_discarded());
    EXPECT_EQ(doc.at("person").at("legal_forename"), "Siân");
    EXPECT_FALSE(doc.contains("an"));
}

TEST_F(PersonExportTest, MissingFolderOrAFolderAsTheFileIsRefusedByName)
{
    const QString missing = m_dir.filePath(QStringLiteral("not-there/record.json"));
    const Status noFolder = services::PersonExport(*m_db).write(m_subject, missing, kExportedAt);
    ASSERT_FALSE(noFolder.ok());
    EXPECT_EQ(noFolder.error().code, ErrorCode::NotFound);
    EXPECT_NE(noFolder.error().message.find("record.json"), std::string::npos) << noFolder.error().message;

    const Status isFolder = services::PersonExport(*m_db).write(m_subject, m_dir.path(), kExportedAt);
    ASSERT_FALSE(isFolder.ok());
    EXPECT_EQ(isFolder.error().code, ErrorCode::InvalidInput);

    const Status empty = services::PersonExport(*m_db).write(m_subject, QString(), kExportedAt);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::InvalidInput);
}

TEST_F(PersonExportTest, TheAuditTrailAboutThePersonIsIncludedAndNobodyElses)
{
    auto record = store::StaffRepository(*m_db).record(m_subject, 0);
    ASSERT_TRUE(record.ok());
    Staff changed = record->staff;
    changed.team = "Exported team";
    ASSERT_TRUE(store::StaffWriter(*m_db).updateStaff(changed).ok());
    const json trail = exported(m_subject).at("audit_trail");
    ASSERT_FALSE(trail.empty());
    const json& last = trail.back();
    EXPECT_EQ(last.at("action"), "update");
    EXPECT_EQ(last.at("record"), "staff");
    EXPECT_EQ(last.at("record_id"), m_subject);
    EXPECT_EQ(last.at("after").at("team"), "Exported team");
    for (const json& e : trail) {
        EXPECT_NE(e.dump().find(std::to_string(m_subject)), std::string::npos);
        EXPECT_EQ(e.dump().find("password_hash"), std::string::npos);
    }
}
