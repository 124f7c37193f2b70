// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/import/ImportService.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/store/ImportWriter.h"
#include "staffpath/store/StaffWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace staffpath;
using namespace staffpath::services;

namespace {

const std::string kDir = STAFFPATH_TEST_DATA_DIR "/import/";

/** Everything an import could have written, as comparable text. */
std::string snapshot(store::Database& db)
{
    const auto existing = store::ImportWriter(db).existing();
    EXPECT_TRUE(existing.ok());
    std::string out;
    for (const Staff& s : existing->staff) {
        out += std::to_string(s.id) + "|" + s.legalSurname + "|" + s.legalForename + "|" + s.preferredName + "|" +
               s.payrollNumber + "|" + s.niNumber + "|" + s.email + "|" + std::to_string(s.rowVersion) + "|" +
               (s.startDate ? s.startDate->toIso() : "") + "\n";
    }
    for (const Post& p : existing->posts) {
        out += std::to_string(p.id) + "|" + std::to_string(p.staffId) + "|" + p.title + "|" +
               (p.from ? p.from->toIso() : "") + "|" + (p.to ? p.to->toIso() : "") + "\n";
    }
    for (const auto& c : existing->cpd) {
        out += std::to_string(c.staffId) + "|" + c.title + "|" + (c.start ? c.start->toIso() : "") + "\n";
    }
    return out;
}

class ImportServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto ws = Workspace::create(m_dir.filePath(QStringLiteral("trust.sqlite")), m_clock);
        ASSERT_TRUE(ws.ok()) << ws.error().message;
        m_ws = std::move(ws.value());
        auto shipped = HeaderSynonyms::locateShippedFile();
        ASSERT_TRUE(shipped.ok());
        auto synonyms = HeaderSynonyms::load(shipped.value());
        ASSERT_TRUE(synonyms.ok());
        m_import = std::make_unique<ImportService>(m_ws->database(), m_clock, synonyms.value());
    }

    Preview preview(ImportKind kind, const std::string& file, const MappingOverrides& overrides = {})
    {
        auto table = ImportService::readFile(kDir + file);
        EXPECT_TRUE(table.ok());
        auto mapping = m_import->mappingFor(kind, table.value());
        EXPECT_TRUE(mapping.ok());
        EXPECT_TRUE(mapping->apply(overrides, "test").ok());
        auto p = m_import->preview(table.value(), mapping.value());
        EXPECT_TRUE(p.ok()) << p.error().message;
        return p.ok() ? p.value() : Preview{};
    }

    Preview staffPreview() { return preview(ImportKind::Staff, "staff-mis-export.csv", {{"Work Mail", "email"}}); }

    FixedClock m_clock{Date{2024, 6, 1}};
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ImportService> m_import;
};

const PreviewRow& rowAt(const Preview& p, int line)
{
    const auto it = std::find_if(p.rows.begin(), p.rows.end(), [&](const PreviewRow& r) { return r.row == line; });
    EXPECT_NE(it, p.rows.end()) << "no row at line " << line;
    return *it;
}

} // namespace

TEST_F(ImportServiceTest, TheMessyStaffExportIsPreviewedWithEachErrorsRowColumnAndReason)
{
    const Preview p = staffPreview();
    EXPECT_EQ(p.newCount, 4);
    EXPECT_EQ(p.changedCount, 0);
    EXPECT_EQ(p.unchangedCount, 0);
    EXPECT_EQ(p.errorCount, 4);
    const auto errors = p.errors();
    ASSERT_EQ(errors.size(), 4u);
    EXPECT_EQ(errors[0].row, 6);
    EXPECT_EQ(errors[0].column, "Start Date");
    EXPECT_NE(errors[0].reason.find("February 2021 has 28 days"), std::string::npos) << errors[0].reason;
    EXPECT_EQ(errors[1].row, 7);
    EXPECT_EQ(errors[1].column, "Legal Surname");
    EXPECT_NE(errors[1].reason.find("legal surname is empty"), std::string::npos);
    EXPECT_EQ(errors[2].row, 8);
    EXPECT_EQ(errors[2].column, "Payroll No");
    EXPECT_NE(errors[2].reason.find("P1006 is also on row 9"), std::string::npos) << errors[2].reason;
    EXPECT_EQ(errors[3].row, 9);

    // Windows-1252 accents, a quoted comma and a quoted line break all arrive intact.
    EXPECT_EQ(rowAt(p, 2).who, "Brown, Zo\xC3\xAB");
    ASSERT_TRUE(rowAt(p, 2).newStaff && rowAt(p, 2).newStaff->post);
    EXPECT_EQ(rowAt(p, 2).newStaff->post->title, "Teacher, Maths");
    EXPECT_EQ(rowAt(p, 2).newStaff->staff.dateOfBirth, (Date{1985, 3, 14}));
    EXPECT_EQ(rowAt(p, 3).newStaff->post->title, "Head of Year 7\n(maternity cover)");
    EXPECT_EQ(rowAt(p, 3).newStaff->staff.startDate, (Date{2018, 9, 1}));
    EXPECT_EQ(rowAt(p, 5).newStaff->staff.legalSurname, "O\"Neill") << "a doubled quote inside quotes";
    EXPECT_EQ(rowAt(p, 10).newStaff->staff.legalForename, "J\xC3\xBCrgen");
    EXPECT_EQ(rowAt(p, 10).newStaff->staff.email, "j.muller@school.example");
}

TEST_F(ImportServiceTest, ImportingTwiceChangesNothingTheSecondTime)
{
    const Preview first = staffPreview();
    EXPECT_FALSE(m_import->apply(first, false).ok()) << "rows in error stop the import unless skipped";
    EXPECT_EQ(snapshot(m_ws->database()), "");

    const auto report = m_import->apply(first, true);
    ASSERT_TRUE(report.ok()) << report.error().message;
    EXPECT_EQ(report->imported, 4);
    EXPECT_EQ(report->skipped, 4);
    EXPECT_EQ(report->writes, 8); // four people and their posts
    const std::string after = snapshot(m_ws->database());

    const Preview second = staffPreview();
    EXPECT_EQ(second.newCount, 0);
    EXPECT_EQ(second.changedCount, 0);
    EXPECT_EQ(second.unchangedCount, 4);
    const auto again = m_import->apply(second, true);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->writes, 0);
    EXPECT_EQ(snapshot(m_ws->database()), after);
}

TEST_F(ImportServiceTest, AChangedFieldIsShownOldToNewAndOnlyItIsWritten)
{
    ASSERT_TRUE(m_import->apply(staffPreview(), true).ok());
    auto existing = store::ImportWriter(m_ws->database()).existing();
    ASSERT_TRUE(existing.ok());
    Staff kate = *std::find_if(existing->staff.begin(), existing->staff.end(),
                               [](const Staff& s) { return s.payrollNumber == "P1003"; });
    kate.preferredName = "Kath";
    kate.title = "Ms";
    ASSERT_TRUE(store::StaffWriter(m_ws->database()).updateStaff(kate).ok());

    const Preview p = staffPreview();
    EXPECT_EQ(p.changedCount, 1);
    const PreviewRow& row = rowAt(p, 5);
    ASSERT_EQ(row.status, RowStatus::Changed);
    ASSERT_EQ(row.changes.size(), 1u);
    EXPECT_EQ(row.changes[0].field, "preferredForename");
    EXPECT_EQ(row.changes[0].oldValue, "Kath");
    EXPECT_EQ(row.changes[0].newValue, "Katie");
    ASSERT_TRUE(m_import->apply(p, true).ok());
    existing = store::ImportWriter(m_ws->database()).existing();
    const Staff& stored = *std::find_if(existing->staff.begin(), existing->staff.end(),
                                        [](const Staff& s) { return s.payrollNumber == "P1003"; });
    EXPECT_EQ(stored.preferredName, "Katie");
    EXPECT_EQ(stored.title, "Ms") << "a field the file does not have is left alone";
}

TEST_F(ImportServiceTest, ATeamColumnIsReadTidiedAndTheSameFileTwiceIsUnchanged)
{
    const Preview first = preview(ImportKind::Staff, "staff-teams.csv");
    EXPECT_EQ(first.newCount, 4);
    EXPECT_EQ(first.errorCount, 0);
    ASSERT_TRUE(rowAt(first, 2).newStaff && rowAt(first, 3).newStaff && rowAt(first, 4).newStaff);
    EXPECT_EQ(rowAt(first, 2).newStaff->staff.team, "Maths");
    EXPECT_EQ(rowAt(first, 3).newStaff->staff.team, "Site team") << "outer spaces trimmed, inner runs collapsed";
    EXPECT_EQ(rowAt(first, 4).newStaff->staff.team, "");
    ASSERT_TRUE(m_import->apply(first, false).ok());
    const std::string after = snapshot(m_ws->database());

    const Preview second = preview(ImportKind::Staff, "staff-teams.csv");
    EXPECT_EQ(second.newCount, 0);
    EXPECT_EQ(second.changedCount, 0);
    EXPECT_EQ(second.unchangedCount, 4);
    const auto again = m_import->apply(second, false);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->writes, 0);
    EXPECT_EQ(snapshot(m_ws->database()), after);
}

TEST_F(ImportServiceTest, ANewTeamIsAChangeAndAnEmptyTeamCellKeepsTheStoredTeam)
{
    ASSERT_TRUE(m_import->apply(preview(ImportKind::Staff, "staff-teams.csv"), false).ok());

    // The next export heads the column "Dept"; Okafor has moved, Ní Bhriain has a team for the first time, Nowak's
    // is the same once spacing is tidied, and Haddad's cell is empty.
    const Preview p = preview(ImportKind::Staff, "staff-teams-moved.csv");
    EXPECT_EQ(p.changedCount, 2);
    EXPECT_EQ(p.unchangedCount, 2);
    const PreviewRow& moved = rowAt(p, 2);
    ASSERT_EQ(moved.status, RowStatus::Changed);
    ASSERT_EQ(moved.changes.size(), 1u);
    EXPECT_EQ(moved.changes[0].field, "team");
    EXPECT_EQ(moved.changes[0].oldValue, "Maths");
    EXPECT_EQ(moved.changes[0].newValue, "Science");
    ASSERT_EQ(rowAt(p, 4).status, RowStatus::Changed);
    EXPECT_EQ(rowAt(p, 4).changes[0].oldValue, "");
    EXPECT_EQ(rowAt(p, 3).status, RowStatus::Unchanged);
    EXPECT_EQ(rowAt(p, 5).status, RowStatus::Unchanged) << "an empty cell is not a change";
    ASSERT_TRUE(m_import->apply(p, false).ok());

    const auto existing = store::ImportWriter(m_ws->database()).existing();
    ASSERT_TRUE(existing.ok());
    std::map<std::string, std::string> teams;
    for (const Staff& s : existing->staff) {
        teams[s.payrollNumber] = s.team;
    }
    EXPECT_EQ(
        teams,
        (std::map<std::string, std::string>{
            {"P3001", "Science"}, {"P3002", "Site team"}, {"P3003", "Inclusion and SEND"}, {"P3004", "English"}}));
}

TEST_F(ImportServiceTest, AFailureHalfWayThroughLeavesTheDatabaseAsItWas)
{
    ASSERT_TRUE(m_import->apply(preview(ImportKind::Staff, "staff-good.csv"), true).ok());
    const std::string before = snapshot(m_ws->database());
    Preview p = staffPreview();
    // The last new person breaks the fte CHECK after the others were inserted in the same transaction.
    auto last = std::find_if(p.rows.rbegin(), p.rows.rend(), [](const PreviewRow& r) { return r.newStaff != nullptr; });
    ASSERT_NE(last, p.rows.rend());
    auto broken = std::make_shared<store::ImportNewStaff>(*last->newStaff);
    broken->staff.fte = 5.0;
    last->newStaff = std::move(broken);
    const auto report = m_import->apply(p, true);
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message.find("trust.sqlite"), std::string::npos) << report.error().message;
    EXPECT_EQ(snapshot(m_ws->database()), before);
}

TEST_F(ImportServiceTest, AMappingChosenOnceIsRememberedForTheLayout)
{
    ASSERT_TRUE(m_import->apply(staffPreview(), true).ok());
    auto table = ImportService::readFile(kDir + "staff-mis-export.csv");
    ASSERT_TRUE(table.ok());
    const auto mapping = m_import->mappingFor(ImportKind::Staff, table.value());
    ASSERT_TRUE(mapping.ok());
    EXPECT_EQ(mapping->columnOf("email"), 8);
    EXPECT_FALSE(mapping->recognised[8]) << "still marked as a heading StaffPath did not know";
    EXPECT_EQ(mapping->storageKey().rfind("import.mapping.staff.", 0), 0u);
}

TEST_F(ImportServiceTest, CpdRowsMatchPeopleAndTheNaturalKeyMakesAReimportUnchanged)
{
    ASSERT_TRUE(m_import->apply(staffPreview(), true).ok());
    const Preview p = preview(ImportKind::Cpd, "cpd-mis-export.csv");
    EXPECT_EQ(p.newCount, 3);
    EXPECT_EQ(p.errorCount, 3);
    const auto errors = p.errors();
    ASSERT_EQ(errors.size(), 3u);
    EXPECT_EQ(errors[0].row, 5);
    EXPECT_EQ(errors[0].column, "Course Date");
    EXPECT_EQ(errors[1].row, 6);
    EXPECT_EQ(errors[1].column, "Staff Payroll No");
    EXPECT_NE(errors[1].reason.find("P9999"), std::string::npos);
    EXPECT_EQ(errors[2].row, 7);
    ASSERT_TRUE(rowAt(p, 3).cpd);
    EXPECT_EQ(rowAt(p, 3).cpd->title, "Caf\xC3\xA9 network meeting");
    EXPECT_EQ(rowAt(p, 3).cpd->costPence, 125000);
    EXPECT_EQ(rowAt(p, 3).cpd->activityType, ActivityType::Network);
    ASSERT_TRUE(m_import->apply(p, true).ok());
    const Preview again = preview(ImportKind::Cpd, "cpd-mis-export.csv");
    EXPECT_EQ(again.newCount, 0);
    EXPECT_EQ(again.unchangedCount, 3);
}

TEST_F(ImportServiceTest, ARowMatchingTwoPeopleIsAnError)
{
    ASSERT_TRUE(m_import->apply(staffPreview(), true).ok());
    const QString csv = m_dir.filePath(QStringLiteral("two.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Surname,Forename,Payroll No,Email\nBrown,Zoe,P1001,kate.oneill@school.example\n");
    f.close();
    auto table = ImportService::readFile(csv.toStdString());
    ASSERT_TRUE(table.ok());
    auto mapping = m_import->mappingFor(ImportKind::Staff, table.value());
    ASSERT_TRUE(mapping.ok());
    const auto p = m_import->preview(table.value(), mapping.value());
    ASSERT_TRUE(p.ok());
    ASSERT_EQ(p->errorCount, 1);
    EXPECT_EQ(p->errors()[0].column, "Email");
    EXPECT_NE(p->errors()[0].reason.find("two different people"), std::string::npos);
}

TEST_F(ImportServiceTest, AFileWithoutTheRequiredColumnsOrNotCsvIsRefused)
{
    const QString csv = m_dir.filePath(QStringLiteral("names.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Forename,Colour\nZoe,Blue\n");
    f.close();
    auto table = ImportService::readFile(csv.toStdString());
    ASSERT_TRUE(table.ok());
    auto mapping = m_import->mappingFor(ImportKind::Staff, table.value());
    ASSERT_TRUE(mapping.ok());
    const auto p = m_import->preview(table.value(), mapping.value());
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(p.error().message.find("names.csv has no column for legalSurname"), std::string::npos)
        << p.error().message;

    const QString binary = m_dir.filePath(QStringLiteral("photo.csv"));
    QFile b(binary);
    ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    b.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    b.close();
    const auto notCsv = ImportService::readFile(binary.toStdString());
    ASSERT_FALSE(notCsv.ok());
    EXPECT_NE(notCsv.error().message.find("photo.csv is not a CSV file"), std::string::npos);
}

TEST_F(ImportServiceTest, AMappingFileMustBeAnObjectOfFieldsOrNull)
{
    EXPECT_TRUE(ImportMapping::parseJson(R"({"Work Mail": "email", "Notes": null})", "m.json").ok());
    const auto bad = ImportMapping::parseJson(R"(["email"])", "m.json");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("m.json is not a column mapping"), std::string::npos);
    auto table = ImportService::readFile(kDir + "staff-mis-export.csv");
    ASSERT_TRUE(table.ok());
    auto mapping = m_import->mappingFor(ImportKind::Staff, table.value());
    ASSERT_TRUE(mapping.ok());
    const Status unknownField = mapping->apply({{"Work Mail", "shoeSize"}}, "m.json");
    ASSERT_FALSE(unknownField.ok());
    EXPECT_NE(unknownField.error().message.find("\"shoeSize\" is not a field"), std::string::npos);
    const Status unknownColumn = mapping->apply({{"Pet", std::nullopt}}, "m.json");
    ASSERT_FALSE(unknownColumn.ok());
    EXPECT_NE(unknownColumn.error().message.find("column \"Pet\""), std::string::npos);
}
