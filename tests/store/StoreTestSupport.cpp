// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "../support/SqliteFiles.h"
#include "../support/TestServer.h"

#include "staffpath/store/StaffRepository.h"
#include "staffpath/store/StaffWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <atomic>
#include <cstdio>

namespace staffpath::store::test {

Dataset sampleDataset()
{
    Dataset d;
    School primary;
    primary.id = 1;
    primary.name = "St Mary's C of E Primary";
    primary.urn = "100001";
    primary.laestab = "886/3001";
    primary.phase = SchoolPhase::Primary;
    primary.governance = "voluntary_aided";
    primary.roll = 210;
    School secondary;
    secondary.id = 2;
    secondary.name = "Hillside Academy";
    secondary.phase = SchoolPhase::Secondary;
    secondary.roll = 1100; // no URN: stored as NULL
    d.schools = {primary, secondary};

    PersonBundle head;
    head.staff.id = 1;
    head.staff.title = "Dr";
    head.staff.legalForename = "Siobhán";
    head.staff.legalSurname = "O'Neill-Ávila";
    head.staff.preferredName = "Shiv";
    head.staff.email = "s.oneill@example.org";
    head.staff.payrollNumber = "P0001";
    head.staff.niNumber = "QQ123456C";
    head.staff.trn = "1234567";
    head.staff.dateOfBirth = Date{1975, 3, 14};
    head.staff.qts = true;
    head.staff.qtsDate = Date{1998, 7, 1};
    head.staff.inductionCompleted = Date{1999, 7, 1};
    head.staff.fte = 1.0;
    head.staff.contractType = ContractType::Permanent;
    head.staff.startDate = Date{2015, 9, 1};
    head.staff.schoolId = 1;
    head.staff.team = "Senior leadership";
    head.staff.priorCareer = "banking";
    head.staff.wantsHeadship = HeadshipAspiration::Yes;

    Post deputy;
    deputy.roleId = "ldr.deputy_head";
    deputy.title = "Deputy Headteacher";
    deputy.schoolId = 1;
    deputy.from = Date{2015, 9, 1};
    deputy.to = Date{2019, 8, 31};
    deputy.slt = true;
    deputy.payBasis = PayBasis::Leadership;
    deputy.payPoint = "L14";
    Post headPost;
    headPost.roleId = "ldr.head";
    headPost.title = "Headteacher";
    headPost.schoolId = 1;
    headPost.from = Date{2019, 9, 1};
    headPost.slt = true;
    headPost.payBasis = PayBasis::Leadership;
    headPost.payPoint = "L21";
    Post actingExec;
    actingExec.roleId = "org.executive_head";
    actingExec.title = "Acting Executive Head";
    actingExec.schoolId = 2;
    actingExec.from = Date{2024, 1, 1};
    actingExec.acting = true;
    actingExec.slt = true;
    actingExec.payBasis = PayBasis::Leadership;
    actingExec.fte = 0.2;
    head.posts = {deputy, headPost, actingExec};

    QualificationHeld npqh;
    npqh.qualificationId = "q.npqh";
    npqh.name = "NPQH";
    npqh.status = QualificationStatus::Completed;
    npqh.started = Date{2017, 1, 10};
    npqh.completed = Date{2018, 6, 30};
    npqh.provider = "National College";
    npqh.evidence = "certificates/npqh.pdf";
    QualificationHeld firstAid;
    firstAid.name = "Paediatric first aid";
    firstAid.status = QualificationStatus::InProgress;
    firstAid.expires = Date{2027, 1, 1};
    head.qualifications = {npqh, firstAid};

    PmObjective objective;
    objective.id = 7;
    objective.cycleYear = 2024;
    objective.category = ObjectiveCategory::LeadershipManagement;
    objective.text = "Lead the trust's reading strategy";
    objective.successCriteria = "KS2 reading at or above national";
    objective.schoolPriority = "Reading";
    objective.status = ObjectiveStatus::OnTrack;
    head.objectives = {objective};

    CpdRecord inset;
    inset.eventId = 100;
    inset.title = "INSET: adaptive teaching";
    inset.provider = "In-house";
    inset.providerType = ProviderType::InHouse;
    inset.activityType = ActivityType::Inset;
    inset.delivery = Delivery::InSchool;
    inset.status = CpdStatus::Completed;
    inset.start = Date{2024, 9, 2};
    inset.end = Date{2024, 9, 2};
    inset.hours = 5.5;
    inset.funding = FundingSource::SchoolBudget;
    inset.dfeElements =
        static_cast<unsigned>(DfeElement::PupilOutcomes) | static_cast<unsigned>(DfeElement::PrioritisedByLeadership);
    CpdRecord coaching;
    coaching.title = "Executive coaching";
    coaching.provider = "Coach Ltd";
    coaching.providerType = ProviderType::Commercial;
    coaching.activityType = ActivityType::Coaching;
    coaching.asProvider = false;
    coaching.delivery = Delivery::Blended;
    coaching.status = CpdStatus::InProgress;
    coaching.start = Date{2024, 10, 1};
    coaching.hours = 12;
    coaching.costPence = 150000;
    coaching.funding = FundingSource::Trust;
    coaching.dfeElements = 31;
    coaching.intendedOutcome = "Lead two schools";
    coaching.impactLevel = ImpactLevel::SchoolWider;
    coaching.impactEvaluation = "Covered absent head";
    coaching.evidence = "notes";
    coaching.linkedQualificationId = "q.npqeh";
    coaching.objectiveId = 7;
    coaching.confidential = true;
    head.cpd = {inset, coaching};

    CareerConversation chat;
    chat.heldOn = Date{2024, 11, 5};
    chat.ledByName = "Chair of trustees";
    chat.aspiration = "Executive headship across the trust";
    chat.targetRoleId = "org.executive_head";
    chat.targetRoleTitle = "Executive Headteacher";
    chat.wantsHeadship = HeadshipAspiration::Yes;
    chat.notes = "Ready within two years";
    chat.nextReview = Date{2025, 5, 5};
    chat.confidential = true;
    AgreedAction a1{0, "Apply for NPQEL", "Shiv", Date{2025, 1, 31}, false};
    AgreedAction a2{0, "Shadow CEO for a term", "CEO", std::nullopt, true};
    chat.actions = {a1, a2};
    head.conversations = {chat};

    PmReview review;
    review.cycleYear = 2024;
    review.kind = ReviewKind::Interim;
    review.heldOn = Date{2025, 2, 1};
    review.summary = "On track";
    review.outcome = "continue";
    review.confidential = true;
    head.reviews = {review};

    PersonBundle teacher;
    teacher.staff.id = 2;
    teacher.staff.legalForename = "Zoë";
    teacher.staff.legalSurname = "Brontë";
    teacher.staff.payrollNumber = "P0002";
    teacher.staff.fte = 0.6;
    teacher.staff.contractType = ContractType::FixedTerm;
    teacher.staff.qts = true;
    teacher.staff.lineManagerId = 1;
    teacher.staff.schoolId = 1;
    Post classTeacher;
    classTeacher.roleId = "tch.teacher";
    classTeacher.title = "Class teacher";
    classTeacher.schoolId = 1;
    classTeacher.from = Date{2020, 9, 1};
    classTeacher.payBasis = PayBasis::MainRange;
    classTeacher.payPoint = "M4";
    classTeacher.fte = 0.6;
    Post actingPhaseLead = classTeacher;
    actingPhaseLead.title = "Acting KS1 lead";
    actingPhaseLead.from = Date{2024, 1, 1};
    actingPhaseLead.acting = true;
    teacher.posts = {classTeacher, actingPhaseLead};
    CpdRecord teacherInset = inset; // same event, recorded for a second person
    teacherInset.hours = 5.5;
    teacher.cpd = {teacherInset};
    PmReview teacherReview;
    teacherReview.cycleYear = 2024;
    teacherReview.kind = ReviewKind::ObjectiveSetting;
    teacherReview.heldOn = Date{2024, 10, 1};
    teacherReview.reviewerStaffId = 1;
    teacher.reviews = {teacherReview};
    CareerConversation teacherChat;
    teacherChat.heldOn = Date{2024, 10, 2};
    teacherChat.ledByStaffId = 1;
    teacherChat.ledByName = "Shiv O'Neill-Ávila";
    teacher.conversations = {teacherChat};

    PersonBundle ta;
    ta.staff.id = 3;
    ta.staff.legalForename = "Jean-Luc";
    ta.staff.legalSurname = "D'Arcy";
    ta.staff.fte = 0.5;
    ta.staff.lineManagerId = 2;
    ta.staff.schoolId = 2;
    ta.staff.leavingDate = Date{2025, 7, 31};
    Post taPost;
    taPost.roleId = "ta.hlta";
    taPost.title = "HLTA";
    taPost.schoolId = 2;
    taPost.from = Date{2022, 9, 1};
    taPost.payBasis = PayBasis::NjcGrade;
    taPost.grade = 5;
    taPost.payPoint = "SCP 12";
    taPost.fte = 0.5;
    ta.posts = {taPost};

    d.people = {head, teacher, ta};
    return d;
}

std::vector<PlanItem> samplePlan(Id staffId, Id conversationId)
{
    PlanItem programme;
    programme.staffId = staffId;
    programme.position = 0;
    programme.kind = PlanItemKind::Programme;
    programme.refId = "q.npqeyl";
    programme.title = "NPQ in Executive Leadership";
    programme.detail = "The programme for leading more than one school.";
    programme.due = Date{2025, 9, 1};
    programme.targetRoleId = "org.executive_head";
    PlanItem shadow;
    shadow.staffId = staffId;
    shadow.position = 1;
    shadow.kind = PlanItemKind::Experience;
    shadow.refId = "x.shadow_ceo";
    shadow.title = "Shadow the CEO for a term";
    shadow.status = PlanItemStatus::InProgress;
    if (conversationId != 0) {
        shadow.conversationId = conversationId;
    }
    return {programme, shadow};
}

Result<std::vector<Id>> writeSamplePlan(Database& db)
{
    auto rows = StaffRepository(db).summaries(Date{2024, 6, 1});
    if (!rows) {
        return rows.error();
    }
    for (const StaffSummary& row : *rows) {
        if (row.payrollNumber != "P0001") {
            continue;
        }
        auto record = StaffRepository(db).record(row.id);
        if (!record) {
            return record.error();
        }
        const Id conversation = record->conversations.empty() ? 0 : record->conversations.front().id;
        return StaffWriter(db).insertPlanItems(samplePlan(row.id, conversation));
    }
    return makeError(ErrorCode::NotFound, "The sample dataset's head (P0001) is not in the database.");
}

bool onPostgres()
{
    return qEnvironmentVariable("STAFFPATH_TEST_ENGINE") == QLatin1String("postgres");
}

QString newDatabase(const QTemporaryDir& dir, const QString& fileName)
{
    if (!onPostgres()) {
        return dir.filePath(fileName);
    }
    QString why;
    const QString url = staffpath::test::newTestServerDatabase(QStringLiteral("sp_t"), &why);
    if (url.isEmpty()) {
        std::fprintf(stderr, "test server: %s\n", qPrintable(why));
    }
    return url;
}

QString dumpOf(const QString& path)
{
    return ::staffpath::test::dumpOf(path);
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString fixturePath(const QString& name)
{
    return QStringLiteral(STAFFPATH_TEST_DATA_DIR "/db/") + name;
}

QString copyFixture(const QString& name, const QString& dir)
{
    const QString target = QDir(dir).filePath(name);
    QFile::copy(fixturePath(name), target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return target;
}

} // namespace staffpath::store::test
