// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/import/HeaderSynonyms.h"
#include "staffpath/services/import/CsvReader.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <optional>
#include <string>
#include <vector>

using staffpath::ErrorCode;
using staffpath::services::CsvReader;
using staffpath::services::HeaderRecognition;
using staffpath::services::HeaderSynonyms;
using staffpath::services::ImportKind;

namespace {

using Strings = std::vector<std::string>;

const std::string kShipped = STAFFPATH_DATA_DIR "/import/headers.json";

HeaderSynonyms shipped()
{
    auto loaded = HeaderSynonyms::load(kShipped);
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().message);
    return loaded.ok() ? std::move(loaded).value() : HeaderSynonyms{};
}

std::string mergeProblem(const std::string& json)
{
    HeaderSynonyms synonyms = shipped();
    auto merged = synonyms.merge(json, "school.json");
    EXPECT_FALSE(merged.ok()) << json;
    return merged.ok() ? std::string() : merged.error().message;
}

} // namespace

TEST(HeaderSynonyms, NormalisingIgnoresCaseSpacesAndPunctuation)
{
    EXPECT_EQ(HeaderSynonyms::normalise("Payroll No."), "payrollno");
    EXPECT_EQ(HeaderSynonyms::normalise("  PAYROLL_NO "), "payrollno");
    EXPECT_EQ(HeaderSynonyms::normalise("D.O.B."), "dob");
    EXPECT_EQ(HeaderSynonyms::normalise("Cost (\xC2\xA3)"), "cost\xC2\xA3");
    EXPECT_EQ(HeaderSynonyms::normalise("--"), "");
}

TEST(HeaderSynonyms, RecognisesTheStaffHeadingsMisExportsUse)
{
    const HeaderSynonyms s = shipped();
    const std::vector<std::pair<std::string, std::string>> cases{
        {"Legal Surname", "legalSurname"},
        {"Legal Forename", "legalForename"},
        {"Preferred Forename", "preferredForename"},
        {"Title", "title"},
        {"Payroll No", "payrollNumber"},
        {"Payroll Number", "payrollNumber"},
        {"Start Date", "startDate"},
        {"Leaving Date", "leavingDate"},
        {"Post", "post"},
        {"Job Title", "post"},
        {"NI Number", "niNumber"},
        {"National Insurance Number", "niNumber"},
        {"TRN", "trn"},
        {"Teacher Reference Number", "trn"},
        {"Email", "email"},
        {"Work Email", "email"},
        {"Date of Birth", "dateOfBirth"},
        {"DOB", "dateOfBirth"},
        {"FTE", "fte"},
        {"Contract Type", "contractType"},
        {"School", "school"},
        {"Establishment", "school"},
        {"Site", "school"},
        {"Team", "team"},
        {"Department", "team"},
        {"Dept", "team"},
        {"Dept.", "team"},
        {"Faculty", "team"},
        {"Subject Area", "team"},
        {"Team Name", "team"},
        {"Line Manager", "lineManager"},
        {"Grade", "grade"},
        {"Pay Point", "payPoint"},
        {"Spine Point", "payPoint"},
        {"legal-surname", "legalSurname"},
        {"PAYROLL NO.", "payrollNumber"},
        {"d.o.b", "dateOfBirth"},
    };
    for (const auto& [heading, field] : cases) {
        EXPECT_EQ(s.fieldFor(ImportKind::Staff, heading), std::optional<std::string>(field)) << heading;
    }
    EXPECT_EQ(s.fieldFor(ImportKind::Staff, "Favourite Colour"), std::nullopt);
    EXPECT_EQ(s.fieldFor(ImportKind::Staff, "Course Title"), std::nullopt) << "a CPD heading is not a staff one";
}

TEST(HeaderSynonyms, RecognisesTheCpdHeadings)
{
    const HeaderSynonyms s = shipped();
    const std::vector<std::pair<std::string, std::string>> cases{
        {"Course Title", "title"},
        {"Activity", "title"},
        {"Date", "date"},
        {"Start Date", "date"},
        {"End Date", "endDate"},
        {"Hours", "hours"},
        {"Cost", "cost"},
        {"Provider", "provider"},
        {"Type", "type"},
        {"Staff Payroll No", "staffPayrollNumber"},
        {"Payroll No", "staffPayrollNumber"},
        {"Email", "staffEmail"},
    };
    for (const auto& [heading, field] : cases) {
        EXPECT_EQ(s.fieldFor(ImportKind::Cpd, heading), std::optional<std::string>(field)) << heading;
    }
}

TEST(HeaderSynonyms, ListsUnknownAndDuplicateColumnsAndWhatIsMissing)
{
    const HeaderSynonyms s = shipped();
    const HeaderRecognition r =
        s.recognise(ImportKind::Staff, {"Legal Surname", "Shoe Size", "Payroll No", "Payroll Number", ""});
    ASSERT_EQ(r.fieldOfColumn.size(), 5u);
    EXPECT_EQ(r.fieldOfColumn[0], std::optional<std::string>("legalSurname"));
    EXPECT_EQ(r.unknownColumns, (std::vector<int>{1, 4}));
    EXPECT_EQ(r.duplicateColumns, (std::vector<int>{3})) << "the first column naming a field wins";
    EXPECT_EQ(r.columnOf("payrollNumber"), 2);
    EXPECT_EQ(r.columnOf("email"), -1);
    EXPECT_EQ(r.missingRequired, (std::vector<Strings>{{"legalForename"}}))
        << "a payroll number is enough to tell who a row is";

    const HeaderRecognition noIdentity = s.recognise(ImportKind::Staff, {"Legal Surname", "Legal Forename"});
    EXPECT_EQ(noIdentity.missingRequired, (std::vector<Strings>{{"payrollNumber", "niNumber", "trn", "email"}}));

    const HeaderRecognition cpd = s.recognise(ImportKind::Cpd, {"Course Title", "Hours"});
    EXPECT_EQ(cpd.missingRequired, (std::vector<Strings>{{"date"}, {"staffPayrollNumber", "staffEmail"}}));
}

TEST(HeaderSynonyms, RecognisesTheFixtureFilesHeaders)
{
    const HeaderSynonyms s = shipped();
    const std::string dir = STAFFPATH_TEST_DATA_DIR "/import/";
    auto messy = CsvReader::readFile(dir + "staff-messy.csv");
    ASSERT_TRUE(messy.ok());
    const HeaderRecognition staff = s.recognise(ImportKind::Staff, messy->header);
    EXPECT_TRUE(staff.unknownColumns.empty());
    EXPECT_TRUE(staff.missingRequired.empty());
    EXPECT_EQ(staff.columnOf("niNumber"), 6);

    auto teams = CsvReader::readFile(dir + "staff-teams.csv");
    ASSERT_TRUE(teams.ok());
    const HeaderRecognition withTeams = s.recognise(ImportKind::Staff, teams->header);
    EXPECT_TRUE(withTeams.unknownColumns.empty());
    EXPECT_EQ(withTeams.columnOf("team"), 4);
    EXPECT_EQ(withTeams.columnOf("school"), -1) << "a department is not a school";

    auto cpdFile = CsvReader::readFile(dir + "cpd-good-latin1.csv");
    ASSERT_TRUE(cpdFile.ok());
    const HeaderRecognition cpd = s.recognise(ImportKind::Cpd, cpdFile->header);
    EXPECT_TRUE(cpd.unknownColumns.empty());
    EXPECT_TRUE(cpd.missingRequired.empty());
    EXPECT_EQ(cpd.columnOf("staffPayrollNumber"), 0);
}

TEST(HeaderSynonyms, ASchoolFileAddsHeadings)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("our-mis.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"staff": {"payrollNumber": ["Staff Code"], "post": ["Email"]}})");
    file.close();
    auto loaded = HeaderSynonyms::load(kShipped, {path.toStdString()});
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->fieldFor(ImportKind::Staff, "Staff Code"), std::optional<std::string>("payrollNumber"));
    EXPECT_EQ(loaded->fieldFor(ImportKind::Staff, "Payroll No"), std::optional<std::string>("payrollNumber"));
    EXPECT_EQ(loaded->fieldFor(ImportKind::Staff, "Email"), std::optional<std::string>("post"))
        << "a school's file may point a shipped heading elsewhere";
    EXPECT_EQ(loaded->fieldFor(ImportKind::Cpd, "Email"), std::optional<std::string>("staffEmail"));
}

TEST(HeaderSynonyms, LoadingErrorsNameTheFileAndJsonPointer)
{
    // nlohmann::json keeps an object's keys in name order, so problems within a section come in that order.
    EXPECT_NE(mergeProblem("{\"staff\": ").find("school.json: the file is not valid JSON"), std::string::npos);
    EXPECT_EQ(mergeProblem("[]"),
              "school.json: /: the file must hold one JSON object with \"staff\" and \"cpd\" in it.");
    EXPECT_EQ(mergeProblem(R"({"format": 2})"),
              "school.json: /format: this StaffPath reads header files of format 1 only.");
    EXPECT_EQ(mergeProblem(R"({"staf": {}})"),
              "school.json: /staf: unknown key; expected \"format\", \"about\", \"staff\" or \"cpd\".");
    EXPECT_EQ(mergeProblem(R"({"staff": {"shoeSize": ["Shoe Size"]}})"),
              "school.json: /staff/shoeSize: \"shoeSize\" is not a field StaffPath imports from a staff file.");
    EXPECT_EQ(mergeProblem(R"({"cpd": {"hours": "Hours"}})"),
              "school.json: /cpd/hours: must be a list of column headings.");
    EXPECT_EQ(mergeProblem(R"({"cpd": {"hours": ["Hrs", 3]}})"),
              "school.json: /cpd/hours/1: a column heading must be text.");
    EXPECT_EQ(mergeProblem(R"({"cpd": {"hours": ["Hrs"], "cost": ["HRS"]}})"),
              "school.json: /cpd/hours/0: \"Hrs\" is already a heading for \"cost\" in this file; a heading can name "
              "one field only.");
    EXPECT_EQ(mergeProblem(R"json({"cpd": {"hours": ["()"]}, "staff": []})json"),
              "school.json: /staff: must be an object of field names, each with a list of column headings.\n"
              "school.json: /cpd/hours/0: a column heading needs at least one letter or digit.");
}

TEST(HeaderSynonyms, ABadFileChangesNothing)
{
    HeaderSynonyms s = shipped();
    auto merged = s.merge(R"({"staff": {"trn": ["Staff Code"], "shoeSize": []}})", "school.json");
    EXPECT_FALSE(merged.ok());
    EXPECT_EQ(s.fieldFor(ImportKind::Staff, "Staff Code"), std::nullopt);
}

TEST(HeaderSynonyms, AMissingFileIsNotFound)
{
    auto loaded = HeaderSynonyms::load(kShipped, {"/nonexistent/school.json"});
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
    EXPECT_EQ(loaded.error().message, "/nonexistent/school.json does not exist.");
}

TEST(HeaderSynonyms, TheShippedFileIsFound)
{
    auto located = HeaderSynonyms::locateShippedFile();
    ASSERT_TRUE(located.ok()) << located.error().message;
    EXPECT_EQ(located->filename(), "headers.json");
}
