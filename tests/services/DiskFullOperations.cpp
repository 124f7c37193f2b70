// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiskFullOperations.h"

#include "staffpath/services/BulkCpd.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/CycleCalendar.h"
#include "staffpath/services/PerformanceCycle.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/services/import/ImportService.h"

#include <QDir>
#include <QFile>

namespace staffpath::test {

namespace {

using namespace staffpath::services;

Result<std::vector<StaffSummary>> currentStaff(Workspace& ws)
{
    auto all = ws.staff().list();
    if (!all) {
        return all.error();
    }
    std::vector<StaffSummary> current;
    for (const StaffSummary& s : *all) {
        if (!s.leavingDate && !s.payrollNumber.empty()) {
            current.push_back(s);
        }
    }
    return current;
}

Status saveDetails(Workspace& ws, const Clock&, const QString&)
{
    auto people = currentStaff(ws);
    if (!people) {
        return people.error();
    }
    auto record = ws.staff().record(people->front().id);
    if (!record) {
        return record.error();
    }
    Staff staff = record->staff;
    staff.preferredName = "Sam";
    staff.team = "Disk full drill";
    auto saved = ws.editor().saveStaff(staff);
    return saved ? Status() : Status(saved.error());
}

Status addCpd(Workspace& ws, const Clock&, const QString&)
{
    auto people = currentStaff(ws);
    if (!people) {
        return people.error();
    }
    CpdRecord cpd;
    cpd.staffId = people->back().id;
    cpd.title = "Fire warden refresher";
    cpd.provider = "County fire service";
    cpd.start = Date{2026, 10, 14};
    cpd.hours = 3.0;
    cpd.costPence = 4500;
    auto id = ws.editor().addCpd(cpd);
    return id ? Status() : Status(id.error());
}

Status trainingDay(Workspace& ws, const Clock&, const QString&)
{
    auto people = currentStaff(ws);
    if (!people) {
        return people.error();
    }
    BulkCpdEntry entry;
    entry.activity.title = "INSET: adaptive teaching";
    entry.activity.activityType = ActivityType::Inset;
    entry.activity.start = Date{2026, 9, 1};
    entry.activity.hours = 6.0;
    entry.activity.costPence = 120000;
    for (const StaffSummary& s : *people) {
        entry.people.push_back({s.id, {}, {}, {}, {}});
    }
    auto ids = BulkCpd(ws.database()).record(entry);
    return ids ? Status() : Status(ids.error());
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        return makeError(ErrorCode::Io, "test could not write " + path.toStdString());
    }
    return {};
}

/** Reads `csv` as an import of `kind` would and applies it; every row must be new or changed. */
Status import(Workspace& ws, const Clock& clock, const QString& csv, ImportKind kind)
{
    auto shipped = HeaderSynonyms::locateShippedFile();
    if (!shipped) {
        return shipped.error();
    }
    auto synonyms = HeaderSynonyms::load(shipped.value());
    if (!synonyms) {
        return synonyms.error();
    }
    ImportService importer(ws.database(), clock, std::move(synonyms.value()));
    auto table = ImportService::readFile(csv.toStdString());
    if (!table) {
        return table.error();
    }
    auto mapping = importer.mappingFor(kind, table.value());
    if (!mapping) {
        return mapping.error();
    }
    auto preview = importer.preview(table.value(), mapping.value());
    if (!preview) {
        return preview.error();
    }
    if (preview->errorCount > 0 || preview->unchangedCount > 0) {
        const auto errors = preview->errors();
        return makeError(ErrorCode::Internal,
                         "the test's import file has " + std::to_string(preview->errorCount) + " rows in error and " +
                             std::to_string(preview->unchangedCount) +
                             " unchanged; first error: " + (errors.empty() ? std::string() : errors.front().reason));
    }
    auto report = importer.apply(preview.value(), false);
    return report ? Status() : Status(report.error());
}

Status importStaff(Workspace& ws, const Clock& clock, const QString& scratch)
{
    auto people = currentStaff(ws);
    if (!people) {
        return people.error();
    }
    // Everyone moves team (an update each) and twenty people join (an insert each, with a post).
    QByteArray csv = "Payroll Number,Legal Surname,Legal Forename,Team,Job Title,Start Date\n";
    for (const StaffSummary& s : *people) {
        auto record = ws.staff().record(s.id);
        if (!record) {
            return record.error();
        }
        csv += QByteArray::fromStdString(s.payrollNumber) + "," +
               QByteArray::fromStdString(record->staff.legalSurname) + "," +
               QByteArray::fromStdString(record->staff.legalForename) + ",Moved team,,\n";
    }
    for (int i = 0; i < 20; ++i) {
        csv += "N" + QByteArray::number(9000 + i) + ",Newcomer,Person " + QByteArray::number(i) +
               ",Moved team,Teacher,2026-09-01\n";
    }
    const QString path = QDir(scratch).filePath(QStringLiteral("staff-import.csv"));
    if (Status s = writeFile(path, csv); !s) {
        return s;
    }
    return import(ws, clock, path, ImportKind::Staff);
}

Status importCpd(Workspace& ws, const Clock& clock, const QString& scratch)
{
    auto people = currentStaff(ws);
    if (!people) {
        return people.error();
    }
    QByteArray csv = "Staff Payroll No,Course Title,Date,Hours,Cost\n";
    for (int i = 0; i < 600; ++i) {
        const StaffSummary& s = (*people)[static_cast<std::size_t>(i) % people->size()];
        csv += QByteArray::fromStdString(s.payrollNumber) + ",Disk drill module " + QByteArray::number(i) + "," +
               QByteArray::number(1 + i % 28) + "/0" + QByteArray::number(1 + i % 9) + "/2026,1.5,12.50\n";
    }
    const QString path = QDir(scratch).filePath(QStringLiteral("cpd-import.csv"));
    if (Status s = writeFile(path, csv); !s) {
        return s;
    }
    return import(ws, clock, path, ImportKind::Cpd);
}

Status pmReview(Workspace& ws, const Clock& clock, const QString&)
{
    auto people = currentStaff(ws);
    if (!people) {
        return people.error();
    }
    PerformanceCycle cycle(ws.database(), clock, CycleCalendar{});
    PmReview review;
    review.staffId = people->front().id;
    review.cycleYear = cycle.currentYear();
    review.kind = ReviewKind::Interim;
    review.heldOn = clock.today();
    review.summary = "On track; more time for the reading programme.";
    auto saved = cycle.addReview(review);
    return saved ? Status() : Status(saved.error());
}

} // namespace

const std::vector<DiskFullOperation>& diskFullOperations()
{
    static const std::vector<DiskFullOperation> kOperations = {
        {"SaveDetails", saveDetails}, {"AddCpd", addCpd},       {"TrainingDay", trainingDay},
        {"ImportStaff", importStaff}, {"ImportCpd", importCpd}, {"PmReview", pmReview},
    };
    return kOperations;
}

} // namespace staffpath::test
