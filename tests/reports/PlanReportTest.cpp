// SPDX-License-Identifier: GPL-3.0-or-later
// The development plan: built from a record in memory, written as a PDF and read back as poppler reads it.
#include "PdfText.h"
#include "PlanRecords.h"

#include "staffpath/engine/Explainer.h"
#include "staffpath/reports/PagedDocument.h"
#include "staffpath/reports/PlanReport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace staffpath;
using staffpath::test::pdfInfo;
using staffpath::test::pdfPageLines;
using staffpath::test::pdfPages;
using staffpath::test::pdfText;

namespace {

const Date kPrinted{2026, 9, 14};

const QStringList kSections{
    QStringLiteral("Profile"),
    QStringLiteral("Qualifications"),
    QStringLiteral("Professional development (CPD)"),
    QStringLiteral("Suggestions"),
    QStringLiteral("Agreed route and plan"),
    QStringLiteral("Latest career conversation"),
    QStringLiteral("Sign-off"),
};

/** pdftotext -layout spreads table columns with runs of spaces; one space is enough to search in. */
QString squeezed(const QString& text)
{
    return text.simplified();
}

class PlanReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (!test::havePopplerUtils()) {
            GTEST_SKIP() << "pdfinfo and pdftotext (poppler-utils) are needed; scripts/install-deps.sh installs them";
        }
        m_framework = test::shippedFramework();
        ASSERT_NE(m_framework, nullptr);
    }

    reports::PlanReportInput input(StaffRecord record, bool includeConfidential = false) const
    {
        return reports::makePlanReportInput(std::move(record), m_framework, kPrinted, includeConfidential);
    }

    /** Writes the plan and returns the PDF's text; fails the test when it cannot be written. */
    QString written(const reports::PlanReportInput& plan, const QString& name = QStringLiteral("plan.pdf"))
    {
        const QString path = m_dir.filePath(name);
        const Status status = reports::writePlanPdf(plan, path);
        EXPECT_TRUE(status.ok()) << (status.ok() ? std::string() : status.error().message);
        return squeezed(pdfText(path));
    }

    QTemporaryDir m_dir;
    std::shared_ptr<const engine::Framework> m_framework;
};

} // namespace

TEST_F(PlanReportTest, HtmlEscapesWhatPeopleTyped)
{
    const QString html = reports::planHtml(input(test::assistantHead()));
    EXPECT_TRUE(html.contains(QStringLiteral("would &lt;b&gt;not&lt;/b&gt; move schools &amp; wants")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>not</b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Siobhán O'Connor")));
    EXPECT_TRUE(html.contains(QStringLiteral("St Mary's C of E Primary School")));
}

TEST_F(PlanReportTest, PdfIsA4WithEverySectionAndThePeopleInIt)
{
    const QString path = m_dir.filePath(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(reports::writePlanPdf(input(test::assistantHead()), path).ok());
    const QString info = pdfInfo(path);
    EXPECT_TRUE(info.contains(QStringLiteral("(A4)"))) << info.toStdString();
    EXPECT_GE(pdfPages(path), 1);

    const QString text = squeezed(pdfText(path));
    for (const QString& expected : kSections + QStringList{
                                                   QStringLiteral("St Mary's C of E Primary School"),
                                                   QStringLiteral("Professional development plan"),
                                                   QStringLiteral("Siobhán O'Connor"),
                                                   QStringLiteral("Assistant Headteacher (Inclusion)"),
                                                   QStringLiteral("Printed 14 September 2026"),
                                                   QStringLiteral("L7"),
                                                   QStringLiteral("0.80"),
                                                   QStringLiteral("Zoë D'Souza"),
                                                   QStringLiteral("PGCE Primary"),
                                                   QStringLiteral("expected 2027"),
                                                   QStringLiteral("5 activities recorded, 36 h in all, £690.00 spent."),
                                                   QStringLiteral("Leading inclusive classrooms"),
                                                   QStringLiteral("Target role: Deputy headteacher"),
                                                   QStringLiteral("Lead the whole-school attendance priority"),
                                                   QStringLiteral("Deputy headteacher within three years"),
                                                   QStringLiteral("Book the NPQSL final assessment"),
                                                   QStringLiteral("Next review 15 Oct 2026"),
                                                   QStringLiteral("Member of staff"),
                                                   QStringLiteral("Reviewer"),
                                                   QStringLiteral("Page 1 of"),
                                               }) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString();
    }
    // Markup typed into a note prints as the characters typed.
    EXPECT_TRUE(text.contains(QStringLiteral("would <b>not</b> move schools & wants")));
}

TEST_F(PlanReportTest, SuggestionsCarryTitleReadinessAndReasons)
{
    const auto plan = input(test::assistantHead());
    ASSERT_FALSE(plan.assessment.suggestions.empty());
    const QString text = written(plan);
    const engine::Explainer explain(*m_framework);
    const engine::Suggestion& best = plan.assessment.suggestions.front();
    EXPECT_TRUE(text.contains(QString::fromStdString(explain.title(best.id)))) << explain.title(best.id);
    EXPECT_TRUE(text.contains(QStringLiteral("Ready now")) || text.contains(QStringLiteral("After the first steps")) ||
                text.contains(QStringLiteral("Aspirational")));
    ASSERT_FALSE(best.reasons.empty());
    // A reason is a sentence; its opening words are enough to find it however the cell wraps.
    const QString reason = QString::fromStdString(explain.text(best.reasons.front()));
    EXPECT_TRUE(text.contains(reason.section(QLatin1Char(' '), 0, 2))) << reason.toStdString();
}

TEST_F(PlanReportTest, LongRecordRunsOverPagesWithNoHeadingLeftAtAPageFoot)
{
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(reports::writePlanPdf(input(test::longRecord()), path).ok());
    const int pages = pdfPages(path);
    EXPECT_GT(pages, 1);

    const QList<QStringList> lines = pdfPageLines(path);
    ASSERT_EQ(lines.size(), pages);
    for (int page = 0; page < pages; ++page) {
        const QStringList& onPage = lines.at(page);
        ASSERT_GE(onPage.size(), 2);
        EXPECT_TRUE(onPage.last().endsWith(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)))
            << onPage.last().toStdString();
        const QString lastContent = onPage.at(onPage.size() - 2);
        EXPECT_FALSE(kSections.contains(lastContent))
            << "heading alone at the foot of page " << page + 1 << ": " << lastContent.toStdString();
    }
    const QString text = squeezed(pdfText(path));
    for (int step = 1; step <= 20; ++step) {
        EXPECT_TRUE(text.contains(QStringLiteral("Plan step %1: a piece of agreed development").arg(step))) << step;
    }
    EXPECT_TRUE(text.contains(QStringLiteral("The latest 12 of 60 shown")));
}

TEST_F(PlanReportTest, ConfidentialConversationAndCpdLeftOutUnlessAsked)
{
    const QString open = written(input(test::assistantHead()), QStringLiteral("open.pdf"));
    EXPECT_FALSE(open.contains(QStringLiteral("SECRET")));
    EXPECT_FALSE(open.contains(QStringLiteral("occupational health")));
    EXPECT_FALSE(open.contains(QStringLiteral("Confidential wellbeing coaching")));
    EXPECT_FALSE(open.contains(QStringLiteral("Àlàbá")));
    // The latest conversation that may be shown stands in.
    EXPECT_TRUE(open.contains(QStringLiteral("Held on 10 Mar 2026")));

    const QString all = written(input(test::assistantHead(), true), QStringLiteral("all.pdf"));
    EXPECT_TRUE(all.contains(QStringLiteral("SECRET: thinking of leaving teaching")));
    EXPECT_TRUE(all.contains(QStringLiteral("Confidential wellbeing coaching")));
    EXPECT_TRUE(all.contains(QStringLiteral("Dr Adé Àlàbá")));
}

TEST_F(PlanReportTest, EmptyRecordSaysSoInWords)
{
    StaffRecord bare;
    bare.staff.id = 9;
    bare.staff.legalForename = "Jo";
    bare.staff.legalSurname = "Bloggs";
    const QString text = written(input(bare));
    for (const char* expected : {"No qualifications recorded.", "No professional development recorded yet.",
                                 "Target role: not set", "No steps agreed yet.", "No career conversation to show."}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    }
}

TEST_F(PlanReportTest, WithoutAFrameworkThereAreNoSuggestionsButStillAPlan)
{
    const auto plan = reports::makePlanReportInput(test::assistantHead(), nullptr, kPrinted);
    EXPECT_TRUE(plan.assessment.suggestions.empty());
    const QString text = written(plan);
    EXPECT_TRUE(text.contains(QStringLiteral("The pathway engine has no suggestions for this record.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Complete NPQSL")));
}

TEST_F(PlanReportTest, MissingFolderIsAnErrorNamingThePathAndWritesNothing)
{
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/plan.pdf");
    const Status status = reports::writePlanPdf(input(test::assistantHead()), path);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::NotFound);
    EXPECT_NE(status.error().message.find(QDir::toNativeSeparators(path).toStdString()), std::string::npos)
        << status.error().message;
    EXPECT_FALSE(QFileInfo::exists(folder));
    EXPECT_TRUE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_F(PlanReportTest, AFolderAsTheTargetIsRefused)
{
    const Status status = reports::writePlanPdf(input(test::assistantHead()), m_dir.path());
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(status.error().message.find("is a folder"), std::string::npos) << status.error().message;
}

TEST_F(PlanReportTest, RewritingReplacesTheFileAndLeavesNoTemporaryFiles)
{
    const QString path = m_dir.filePath(QStringLiteral("plan.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("an older plan");
    }
    ASSERT_TRUE(reports::writePlanPdf(input(test::assistantHead()), path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plan.pdf")});
}

TEST_F(PlanReportTest, TheSameDocumentPrintsOnAnyPagedDevice)
{
    // What the app does with a QPrinter: the document from planDocument() through printPagedDocument().
    const auto plan = input(test::longRecord());
    const auto document = reports::planDocument(plan);
    ASSERT_NE(document, nullptr);
    EXPECT_TRUE(document->metaInformation(QTextDocument::DocumentTitle).contains(QStringLiteral("Siobhán O'Connor")));
    const QString before = document->toPlainText();

    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setResolution(150);
        pages = reports::printPagedDocument(*document, writer, reports::planFooter(plan));
    }
    EXPECT_GT(pages, 1);
    EXPECT_TRUE(buffer.data().startsWith("%PDF-"));
    EXPECT_EQ(document->toPlainText(), before) << "the caller's document is laid out as a copy";

    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    EXPECT_EQ(pdfPages(path), pages);
    EXPECT_TRUE(pdfInfo(path).contains(QStringLiteral("(letter)"))) << pdfInfo(path).toStdString();
}
