// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanRecords.h"

#include "staffpath/engine/FrameworkLoader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace staffpath::test {

namespace {

CpdRecord cpd(Id id, const std::string& title, Date start, double hours, std::int64_t pence, ActivityType type)
{
    CpdRecord c;
    c.id = id;
    c.staffId = 7;
    c.title = title;
    c.provider = "Wyvern Learning Trust";
    c.activityType = type;
    c.start = start;
    c.end = start;
    c.hours = hours;
    c.costPence = pence;
    return c;
}

PlanItem step(int position, PlanItemKind kind, const std::string& title, std::optional<Date> due, PlanItemStatus status)
{
    PlanItem item;
    item.id = position + 1;
    item.staffId = 7;
    item.position = position;
    item.kind = kind;
    item.title = title;
    item.due = due;
    item.status = status;
    item.targetRoleId = "ldr.deputy_head";
    return item;
}

} // namespace

StaffRecord assistantHead()
{
    StaffRecord r;
    r.staff.id = 7;
    r.staff.title = "Ms";
    r.staff.legalForename = "Siobhán";
    r.staff.legalSurname = "O'Connor";
    r.staff.qts = true;
    r.staff.qtsDate = Date{2011, 7, 15};
    r.staff.fte = 0.8;
    r.staff.startDate = Date{2015, 9, 1};
    r.school = School{};
    r.school->id = 1;
    r.school->name = "St Mary's C of E Primary School";
    r.lineManagerName = "Zoë D'Souza";

    Post current;
    current.id = 2;
    current.staffId = 7;
    current.roleId = "ldr.assistant_head";
    current.title = "Assistant Headteacher (Inclusion)";
    current.from = Date{2021, 9, 1};
    current.slt = true;
    current.payBasis = PayBasis::Leadership;
    current.payPoint = "L7";
    Post earlier;
    earlier.id = 1;
    earlier.staffId = 7;
    earlier.title = "Year 4 Class Teacher";
    earlier.from = Date{2015, 9, 1};
    earlier.to = Date{2021, 8, 31};
    earlier.payPoint = "UPS2";
    r.posts = {current, earlier};

    QualificationHeld pgce;
    pgce.name = "PGCE Primary";
    pgce.provider = "University of Leeds";
    pgce.completed = Date{2011, 6, 30};
    QualificationHeld senco;
    senco.qualificationId = "q.nasenco";
    senco.name = "National Award for SEN Co-ordination";
    senco.completed = Date{2019, 7, 1};
    QualificationHeld npqsl;
    npqsl.qualificationId = "q.npqsl";
    npqsl.name = "NPQ for Senior Leadership (NPQSL)";
    npqsl.status = QualificationStatus::InProgress;
    npqsl.started = Date{2025, 10, 1};
    npqsl.completed = Date{2027, 3, 31};
    r.qualifications = {pgce, senco, npqsl};

    r.recentCpd = {
        cpd(5, "Attendance leads' network", Date{2026, 5, 12}, 2, 0, ActivityType::Network),
        cpd(4, "Confidential wellbeing coaching", Date{2026, 4, 2}, 6, 45000, ActivityType::Coaching),
        cpd(3, "Leading inclusive classrooms", Date{2026, 2, 3}, 12, 24000, ActivityType::Course),
        cpd(2, "Shadowing the deputy head", Date{2025, 11, 20}, 10, 0, ActivityType::Shadowing),
        cpd(1, "INSET: adaptive teaching", Date{2025, 9, 1}, 6, 0, ActivityType::Inset),
    };
    r.recentCpd[1].confidential = true;
    r.cpdTotals = CpdTotals{5, 36, 69000};

    r.plan = {
        step(0, PlanItemKind::Programme, "Complete NPQSL", Date{2027, 3, 31}, PlanItemStatus::InProgress),
        step(1, PlanItemKind::Experience, "Lead the whole-school attendance priority", Date{2027, 7, 20},
             PlanItemStatus::Planned),
        step(2, PlanItemKind::Role, "Apply for a deputy headship", Date{2028, 1, 31}, PlanItemStatus::Planned),
    };
    r.plan[1].detail = "Budget and data experience across the school, which deputy posts ask for.";

    CareerConversation secret;
    secret.id = 2;
    secret.staffId = 7;
    secret.heldOn = Date{2026, 6, 1};
    secret.ledByName = "Dr Adé Àlàbá";
    secret.aspiration = "SECRET: thinking of leaving teaching for family reasons.";
    secret.confidential = true;
    secret.actions = {
        AgreedAction{1, "Confidential follow-up with occupational health", "Dr Adé Àlàbá", Date{2026, 7, 1}, false}};

    CareerConversation open;
    open.id = 1;
    open.staffId = 7;
    open.heldOn = Date{2026, 3, 10};
    open.ledByName = "Zoë D'Souza";
    open.aspiration = "Deputy headteacher within three years, ideally in a church school.";
    open.targetRoleId = "ldr.deputy_head";
    open.targetRoleTitle = "Deputy Headteacher";
    open.notes = "Said she would <b>not</b> move schools & wants to stay at 0.8.";
    open.nextReview = Date{2026, 10, 15};
    open.actions = {
        AgreedAction{2, "Book the NPQSL final assessment", "Zoë D'Souza", Date{2026, 5, 1}, true},
        AgreedAction{3, "Shadow the deputy for a budget cycle", "Siobhán O'Connor", Date{2026, 12, 1}, false},
    };
    r.conversations = {secret, open}; // newest first
    return r;
}

StaffRecord longRecord()
{
    StaffRecord r = assistantHead();
    r.recentCpd.clear();
    for (int i = 0; i < 60; ++i) {
        const Date start = Date{2026, 6, 30}.addDays(-9L * i);
        r.recentCpd.push_back(cpd(100 + i, "Training session number " + std::to_string(60 - i), start, 1.5 + i % 4,
                                  1000L * (i % 7), ActivityType::Course));
    }
    r.cpdTotals = CpdTotals{60, 180, 126000};
    r.plan.clear();
    for (int i = 0; i < 20; ++i) {
        r.plan.push_back(step(i, i % 2 == 0 ? PlanItemKind::Programme : PlanItemKind::Experience,
                              "Plan step " + std::to_string(i + 1) + ": a piece of agreed development",
                              Date{2026, 9, 1}.addMonths(i), PlanItemStatus::Planned));
    }
    return r;
}

std::shared_ptr<const engine::Framework> shippedFramework()
{
    auto loaded = engine::FrameworkLoader::loadDirectory(std::filesystem::path(STAFFPATH_DATA_DIR) / "frameworks");
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string() : loaded.error().message);
    if (!loaded.ok()) {
        return nullptr;
    }
    return std::make_shared<const engine::Framework>(std::move(loaded).value());
}

} // namespace staffpath::test
