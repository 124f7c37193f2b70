// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/import/CsvReader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using staffpath::ErrorCode;
using staffpath::services::CsvEncoding;
using staffpath::services::CsvProblem;
using staffpath::services::CsvReader;
using staffpath::services::CsvTable;

namespace {

using Fields = std::vector<std::string>;

const std::string kDir = STAFFPATH_TEST_DATA_DIR "/import/";

CsvTable readOk(std::string_view bytes)
{
    auto table = CsvReader::read(bytes, "test.csv");
    EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.error().message);
    return table.ok() ? std::move(table).value() : CsvTable{};
}

std::string problem(std::string_view bytes)
{
    auto table = CsvReader::read(bytes, "test.csv");
    EXPECT_FALSE(table.ok());
    return table.ok() ? std::string() : table.error().message;
}

} // namespace

TEST(CsvReader, ReadsAPlainFile)
{
    const CsvTable t = readOk("Surname,Forename\nBrown,Zoe\nJones,Sian\n");
    EXPECT_EQ(t.header, (Fields{"Surname", "Forename"}));
    EXPECT_EQ(t.headerLine, 1);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"Brown", "Zoe"}));
    EXPECT_EQ(t.rows[1].line, 3);
    EXPECT_EQ(t.encoding, CsvEncoding::Utf8);
    EXPECT_FALSE(t.hadByteOrderMark);
    EXPECT_TRUE(t.problems.empty());
}

TEST(CsvReader, TheLastLineNeedsNoLineEnd)
{
    const CsvTable t = readOk("A,B\n1,2");
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"1", "2"}));
}

TEST(CsvReader, DropsAByteOrderMark)
{
    const CsvTable t = readOk("\xEF\xBB\xBFSurname,Forename\nBrown,Zo\xC3\xAB\n");
    EXPECT_TRUE(t.hadByteOrderMark);
    EXPECT_EQ(t.header[0], "Surname");
    EXPECT_EQ(t.rows[0].fields[1], "Zo\xC3\xAB");
}

TEST(CsvReader, ReadsWindows1252WhenTheBytesAreNotUtf8)
{
    // "Zoë", "Siân" in Latin-1 and "£" and the euro sign, which only Windows-1252 has, at 0x80.
    const CsvTable t = readOk("Name,Cost\nZo\xEB,\xA3"
                              "5\nSi\xE2n,\x80"
                              "3\n");
    EXPECT_EQ(t.encoding, CsvEncoding::Windows1252);
    EXPECT_EQ(t.rows[0].fields, (Fields{"Zo\xC3\xAB", "\xC2\xA3"
                                                      "5"}));
    EXPECT_EQ(t.rows[1].fields, (Fields{"Si\xC3\xA2n", "\xE2\x82\xAC"
                                                       "3"}));
}

TEST(CsvReader, ReadsUtf16WithAByteOrderMark)
{
    // Excel's "Unicode text" is UTF-16; "Zoë" and "Siân" as 16-bit units, after the byte order mark U+FEFF.
    const std::u16string text = u"\uFEFFName\nZo\u00EB\r\nSi\u00E2n";
    for (const bool bigEndian : {false, true}) {
        std::string bytes;
        for (const char16_t unit : text) {
            const char high = static_cast<char>(unit >> 8);
            const char low = static_cast<char>(unit & 0xFF);
            bytes += bigEndian ? high : low;
            bytes += bigEndian ? low : high;
        }
        const CsvTable t = readOk(bytes);
        EXPECT_EQ(t.encoding, CsvEncoding::Utf16);
        EXPECT_TRUE(t.hadByteOrderMark);
        EXPECT_EQ(t.header, (Fields{"Name"}));
        ASSERT_EQ(t.rows.size(), 2u);
        EXPECT_EQ(t.rows[0].fields, (Fields{"Zo\xC3\xAB"}));
        EXPECT_EQ(t.rows[1].fields, (Fields{"Si\xC3\xA2n"}));
    }
}

TEST(CsvReader, TellsUtf8FromLookalikes)
{
    EXPECT_TRUE(CsvReader::isValidUtf8("Si\xC3\xA2n \xE2\x82\xAC \xF0\x9F\x98\x80"));
    EXPECT_FALSE(CsvReader::isValidUtf8("Si\xE2n"));          // Latin-1 â followed by n
    EXPECT_FALSE(CsvReader::isValidUtf8("\xC0\xAF"));         // an overlong "/"
    EXPECT_FALSE(CsvReader::isValidUtf8("\xED\xA0\x80"));     // a UTF-16 surrogate
    EXPECT_FALSE(CsvReader::isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(CsvReader::isValidUtf8("ab\xC3"));           // cut short
}

TEST(CsvReader, QuotedFieldsHoldCommasQuotesAndLineBreaks)
{
    const CsvTable t = readOk("Name,Post,Notes\n"
                              "\"O\"\"Neill\",\"Teacher, Maths\",\"first line\r\nsecond line\"\n"
                              "Brown,TA,\"\"\n");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].fields, (Fields{"O\"Neill", "Teacher, Maths", "first line\nsecond line"}));
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(t.rows[1].line, 4) << "the record after a quoted line break starts a line further down";
    EXPECT_EQ(t.rows[1].fields, (Fields{"Brown", "TA", ""}));
}

TEST(CsvReader, EveryKindOfLineEndCounts)
{
    for (const std::string end : {"\r\n", "\n", "\r"}) {
        const CsvTable t = readOk("A,B" + end + "1,2" + end + end + "3,4" + end);
        ASSERT_EQ(t.rows.size(), 2u) << "line end " << (end == "\r" ? "CR" : end == "\n" ? "LF" : "CRLF");
        EXPECT_EQ(t.rows[0].fields, (Fields{"1", "2"}));
        EXPECT_EQ(t.rows[1].fields, (Fields{"3", "4"}));
        EXPECT_EQ(t.rows[1].line, 4);
    }
}

TEST(CsvReader, SkipsBlankLinesAndRowsOfEmptyFields)
{
    const CsvTable t = readOk("\n\nA,B\n\n1,2\n,\n  ,\n3,4\n\n");
    EXPECT_EQ(t.headerLine, 3);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[1].line, 8);
    EXPECT_TRUE(t.problems.empty());
}

TEST(CsvReader, ReportsRaggedRowsAndKeepsThem)
{
    const CsvTable t = readOk("A,B,C\n1,2\n1,2,3,4\n1,2,3,,\n");
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_TRUE(t.rows[0].ragged);
    EXPECT_TRUE(t.rows[1].ragged);
    EXPECT_FALSE(t.rows[2].ragged) << "empty fields a spreadsheet pads a row with are not data";
    EXPECT_EQ(t.rows[2].fields.size(), 3u);
    ASSERT_EQ(t.problems.size(), 2u);
    EXPECT_EQ(t.problems[0].kind, CsvProblem::Kind::RaggedRow);
    EXPECT_EQ(t.problems[0].line, 2);
    EXPECT_EQ(t.problems[0].message,
              "test.csv, line 2: the row has 2 fields but the header has 3, so its values cannot be matched to the "
              "columns.");
    EXPECT_EQ(t.problems[1].line, 3);
}

TEST(CsvReader, AnUnterminatedQuoteNamesTheLineItStartsOn)
{
    const CsvTable t = readOk("A,B\n1,2\n3,\"four\n5,6\n");
    ASSERT_EQ(t.rows.size(), 1u) << "rows before the open quote are kept";
    ASSERT_EQ(t.problems.size(), 1u);
    EXPECT_EQ(t.problems[0].kind, CsvProblem::Kind::UnterminatedQuote);
    EXPECT_EQ(t.problems[0].line, 3);
    EXPECT_NE(t.problems[0].message.find("test.csv, line 3: unterminated quote starting on line 3"), std::string::npos)
        << t.problems[0].message;
}

TEST(CsvReader, SpacesBeforeAnOpeningQuoteAreDropped)
{
    const CsvTable t = readOk("Name, Post, Note\nBrown, \"Teacher, Maths\", kept as written\n");
    EXPECT_EQ(t.rows[0].fields, (Fields{"Brown", "Teacher, Maths", " kept as written"}));
}

TEST(CsvReader, AStrayQuoteInsideAFieldIsKept)
{
    const CsvTable t = readOk("Name,Post\nO\"Brien,TA\n");
    EXPECT_EQ(t.rows[0].fields, (Fields{"O\"Brien", "TA"}));
}

TEST(CsvReader, FindsSemicolonAndTabDelimiters)
{
    const CsvTable semicolons = readOk("Surname;Forename\nBrown;\"Zoe; Z\"\n");
    EXPECT_EQ(semicolons.delimiter, ';');
    EXPECT_EQ(semicolons.rows[0].fields, (Fields{"Brown", "Zoe; Z"}));
    const CsvTable tabs = readOk("Surname\tForename\nBrown\tZoe\n");
    EXPECT_EQ(tabs.delimiter, '\t');
    EXPECT_EQ(tabs.rows[0].fields, (Fields{"Brown", "Zoe"}));
    EXPECT_EQ(readOk("Surname;Forename,Post\n").delimiter, ',') << "a comma in the header makes it comma-separated";
}

TEST(CsvReader, RefusesAFileWithNoHeader)
{
    EXPECT_EQ(problem(""), "test.csv is empty: it needs a header row naming the columns, then one row per record.");
    EXPECT_EQ(problem("\xEF\xBB\xBF\r\n\r\n,,\r\n"),
              "test.csv is empty: it needs a header row naming the columns, then one row per record.");
    EXPECT_NE(problem("\"A,B\n1,2\n").find("quoted field starting on line 1 is never closed"), std::string::npos);
}

TEST(CsvReader, AMissingFileIsNotFound)
{
    auto table = CsvReader::readFile(kDir + "no-such-file.csv");
    ASSERT_FALSE(table.ok());
    EXPECT_EQ(table.error().code, ErrorCode::NotFound);
    EXPECT_NE(table.error().message.find("no-such-file.csv does not exist."), std::string::npos);
}

TEST(CsvReader, ReadsTheMessyMisExport)
{
    auto read = CsvReader::readFile(kDir + "staff-messy.csv");
    ASSERT_TRUE(read.ok()) << read.error().message;
    const CsvTable& t = read.value();
    EXPECT_EQ(t.fileName, "staff-messy.csv");
    EXPECT_TRUE(t.hadByteOrderMark);
    EXPECT_EQ(t.encoding, CsvEncoding::Windows1252);
    EXPECT_EQ(t.header, (Fields{"Legal Surname", "Legal Forename", "Preferred Forename", "Payroll No.", "Start Date",
                                "Post", "NI Number"}));
    ASSERT_EQ(t.rows.size(), 5u);
    EXPECT_EQ(t.rows[0].fields[1], "Zo\xC3\xAB");
    EXPECT_EQ(t.rows[0].fields[5], "Teacher, Maths");
    EXPECT_EQ(t.rows[1].line, 4);
    EXPECT_EQ(t.rows[1].fields[1], "Si\xC3\xA2n");
    EXPECT_EQ(t.rows[1].fields[5], "Head of Year 7\n(maternity cover)");
    EXPECT_EQ(t.rows[2].line, 6);
    EXPECT_EQ(t.rows[2].fields[0], "O\"Neill");
    EXPECT_EQ(t.rows[3].line, 7);
    EXPECT_TRUE(t.rows[3].ragged);
    EXPECT_EQ(t.rows[4].line, 9);
    EXPECT_TRUE(t.rows[4].ragged);

    ASSERT_EQ(t.problems.size(), 3u);
    EXPECT_EQ(t.problems[0].line, 7);
    EXPECT_EQ(t.problems[1].line, 9);
    EXPECT_EQ(t.problems[2].kind, CsvProblem::Kind::UnterminatedQuote);
    EXPECT_EQ(t.problems[2].line, 10);
    EXPECT_NE(t.problems[2].message.find("staff-messy.csv, line 10: unterminated quote starting on line 10"),
              std::string::npos);
}

TEST(CsvReader, ReadsTheGoodFiles)
{
    auto staff = CsvReader::readFile(kDir + "staff-good.csv");
    ASSERT_TRUE(staff.ok()) << staff.error().message;
    EXPECT_EQ(staff->encoding, CsvEncoding::Utf8);
    EXPECT_EQ(staff->rows.size(), 3u);
    EXPECT_EQ(staff->rows[2].fields[1], "N\xC3\xAD Bhriain");
    EXPECT_TRUE(staff->problems.empty());

    auto cpd = CsvReader::readFile(kDir + "cpd-good-latin1.csv");
    ASSERT_TRUE(cpd.ok()) << cpd.error().message;
    EXPECT_EQ(cpd->encoding, CsvEncoding::Windows1252);
    ASSERT_EQ(cpd->rows.size(), 3u);
    EXPECT_EQ(cpd->rows[1].fields[1], "Asbestos awareness, refresher");
    EXPECT_EQ(cpd->rows[1].fields[5], "\xC2\xA3"
                                      "1,200.00");
    EXPECT_EQ(cpd->rows[2].fields[6], "Team Teach \"Positive Handling\"");
    EXPECT_TRUE(cpd->problems.empty());
}

// The reader takes runs of ordinary characters in one go; every cell length, quoted or not, short enough to sit
// in a string's own buffer or not, next to every kind of boundary, must come back exactly.
TEST(CsvReader, CellsOfEveryLengthComeBackExactly)
{
    std::string file = "A,B,C\n";
    std::vector<Fields> expected;
    for (std::size_t n = 0; n < 70; ++n) {
        const std::string plain(n, 'x');
        const std::string withQuote = n == 0 ? std::string() : "O\"" + std::string(n, 'b');
        const std::string quoted = std::string(n, 'q') + ",\"\n" + std::string(n % 5, 'r');
        file += plain + ',' + withQuote + ",\"";
        for (const char c : quoted) {
            file += c == '"' ? std::string("\"\"") : std::string(1, c);
        }
        file += n % 2 == 0 ? "\"\r\n" : "\"\n";
        expected.push_back({plain, withQuote, quoted});
    }
    const CsvTable t = readOk(file);
    ASSERT_EQ(t.rows.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(t.rows[i].fields, expected[i]) << "row " << i;
    }
    EXPECT_TRUE(t.problems.empty());
}
