// SPDX-License-Identifier: GPL-3.0-or-later
// The subject access PDF: every section and field of the person export, escaped, and a refusal for anything else.
#include "PdfText.h"

#include "staffpath/reports/PersonReport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace staffpath;

namespace {

const char* const kExport = R"({
  "format": "staffpath-person", "version": 3, "exported_at": "2026-11-24T10:00:00Z",
  "person": {"id": 7, "legal_forename": "Siân", "legal_surname": "O'Neill <script>", "team": "SEND"},
  "posts": [{"id": 1, "title": "SENCO", "from": "2024-09-01", "to": null}],
  "qualifications": [],
  "cpd": [{"id": 3, "title": "Autism awareness", "hours": 6.5}],
  "career_conversations": [], "development_plan": [], "pm_objectives": [],
  "pm_reviews": [{"id": 9, "summary": "Confidential & candid", "confidential": true}],
  "audit_trail": [{"at": "2026-11-20T09:00:00.000Z", "by": "head", "action": "update", "record": "staff",
                   "record_id": 7, "summary": "", "before": {"team": "Inclusion"}, "after": {"team": "SEND"}}]
})";

} // namespace

TEST(PersonReport, EverySectionAndFieldIsThereAndEscaped)
{
    const auto html = reports::personRecordHtml(kExport);
    ASSERT_TRUE(html.ok()) << html.error().message;
    for (const char* text :
         {"Siân", "O&#x27;Neill &lt;script&gt;", "Posts", "SENCO", "Qualifications", "None held.", "Autism awareness",
          "6.5", "Pm reviews", "Confidential &amp; candid", "Audit trail", "Team: Inclusion", "Team: SEND"}) {
        EXPECT_TRUE(html->contains(QString::fromUtf8(text)) ||
                    html->contains(QString::fromUtf8(text).replace(QStringLiteral("&#x27;"), QStringLiteral("'"))))
            << text;
    }
    EXPECT_FALSE(html->contains(QStringLiteral("<script>")));
}

TEST(PersonReport, AnythingButAPersonExportIsRefused)
{
    EXPECT_EQ(reports::personRecordHtml("[1, 2]").error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(reports::personRecordHtml(R"({"format": "staffpath-plan"})").error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(reports::personRecordHtml("not json").error().code, ErrorCode::InvalidInput);
}

TEST(PersonReport, WritesAPdfWhoseTextHasTheRecord)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("record.pdf"));
    ASSERT_TRUE(reports::writePersonRecordPdf(kExport, path).ok());
    if (!test::havePopplerUtils()) {
        GTEST_SKIP() << "pdftotext is not installed";
    }
    const QString text = test::pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Everything held about"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Autism awareness")));
    EXPECT_TRUE(text.contains(QStringLiteral("Audit trail")));
}
