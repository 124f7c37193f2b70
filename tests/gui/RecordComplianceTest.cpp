// SPDX-License-Identifier: GPL-3.0-or-later
// Required training on the person's Record tab, on the window's fixed date: an overdue refresher (first aid,
// every three years) is said at the top, a clean record says nothing, and recording the training (then undoing it)
// takes the warning away and back.
#include "MainWindowFixture.h"

#include "PersonPanel.h"
#include "QualificationDialog.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"
#include "TrainingNotice.h"

#include "staffpath/services/Compliance.h"
#include "staffpath/services/ComplianceRules.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <optional>

namespace staffpath::app::test {

class RecordComplianceTest : public MainWindowFixture
{
protected:
    PersonPanel* panel() const { return m_window->personPanel(); }
    TrainingNotice* notice() const { return panel()->trainingNotice(); }

    void select(Id id)
    {
        ASSERT_TRUE(m_window->staffList()->selectStaff(id));
        ASSERT_TRUE(QTest::qWaitFor([&] { return panel()->staffId() == id; }, 2000));
    }

    /** What the service says for each current member of staff on the window's date, read apart from the window. */
    std::vector<std::pair<Id, std::vector<std::string>>> warningsForEveryone() const
    {
        std::vector<std::pair<Id, std::vector<std::string>>> out;
        auto workspace = services::Workspace::open(m_copyPath, m_clock);
        EXPECT_TRUE(workspace.ok());
        auto rules = services::ComplianceRules::loadFor(m_copyPath.toStdString());
        EXPECT_TRUE(rules.ok());
        if (!workspace.ok() || !rules.ok()) {
            return out;
        }
        for (int r = 0; r < model()->rowCount(); ++r) {
            const Id id = model()->summary(r).id;
            auto record = workspace.value()->staff().record(id);
            EXPECT_TRUE(record.ok());
            if (!record.ok() || record->staff.leavingDate) {
                continue;
            }
            auto row = services::personCompliance((*workspace)->database(), *rules, *record, m_clock.today());
            EXPECT_TRUE(row.ok());
            if (row.ok()) {
                out.emplace_back(id, services::complianceWarnings(*row, rules->requirements(), m_clock.today()));
            }
        }
        return out;
    }

    /** Someone whose only problem is an overdue first-aid refresher (safeguarding is all in date in the demo). */
    std::optional<Id> someoneOnlyOverdueOnFirstAid() const
    {
        for (const auto& [id, warnings] : warningsForEveryone()) {
            if (warnings.size() == 1 && warnings.front().rfind("First aid overdue", 0) == 0) {
                return id;
            }
        }
        return std::nullopt;
    }

    std::optional<Id> someoneWithNothingDue() const
    {
        for (const auto& [id, warnings] : warningsForEveryone()) {
            if (warnings.empty()) {
                return id;
            }
        }
        return std::nullopt;
    }

    QStringList shownLines() const
    {
        QStringList lines;
        for (const QLabel* label : notice()->findChildren<QLabel*>(QStringLiteral("trainingWarningLabel"))) {
            lines << label->text();
        }
        return lines;
    }

    /** Records first-aid training as completed on `on` through Record → Add Qualification. */
    void addFirstAid(const QString& on)
    {
        action(QStringLiteral("addQualificationAction"))->trigger();
        QualificationDialog* dialog = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                dialog = m_window->findChild<QualificationDialog*>(QStringLiteral("qualificationDialog"));
                return dialog != nullptr && dialog->isVisible();
            },
            2000));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                         QStringLiteral("First aid (basic / first-aid room)"));
        auto* status = dialog->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        const int completed = status->findData(static_cast<int>(QualificationStatus::Completed));
        ASSERT_GE(completed, 0);
        status->setCurrentIndex(completed);
        dialog->findChild<QLineEdit*>(QStringLiteral("completedDateEdit"))->setText(on);
        auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QPushButton* ok =
            box->button(QDialogButtonBox::Ok) ? box->button(QDialogButtonBox::Ok) : box->button(QDialogButtonBox::Save);
        ASSERT_NE(ok, nullptr);
        QTest::mouseClick(ok, Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return m_window->findChild<QualificationDialog*>(QStringLiteral("qualificationDialog")) == nullptr; },
            2000));
    }
};

TEST_F(RecordComplianceTest, AnOverdueRefresherIsShownThenRecordedAwayAndUndoneBack)
{
    const auto id = someoneOnlyOverdueOnFirstAid();
    ASSERT_TRUE(id.has_value()) << "the demo trust on 1 Nov 2026 has someone overdue on first aid only";
    select(*id);
    EXPECT_TRUE(notice()->isVisibleTo(panel()));
    ASSERT_EQ(notice()->warnings().size(), 1);
    EXPECT_TRUE(notice()->warnings().front().startsWith(QStringLiteral("First aid overdue by ")))
        << notice()->warnings().front().toStdString();
    ASSERT_EQ(shownLines().size(), 1);
    EXPECT_TRUE(shownLines().front().contains(QStringLiteral("overdue")));

    addFirstAid(QStringLiteral("15/10/2026"));
    ASSERT_EQ(panel()->staffId(), *id);
    EXPECT_TRUE(notice()->warnings().isEmpty()) << notice()->warnings().join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(notice()->isVisibleTo(panel()));
    EXPECT_TRUE(shownLines().isEmpty());

    action(QStringLiteral("undoAction"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !notice()->warnings().isEmpty(); }, 2000));
    EXPECT_TRUE(notice()->warnings().front().startsWith(QStringLiteral("First aid overdue by ")));
    EXPECT_TRUE(notice()->isVisibleTo(panel()));
}

TEST_F(RecordComplianceTest, TrainingTooOldToCountDoesNotClearTheWarning)
{
    const auto id = someoneOnlyOverdueOnFirstAid();
    ASSERT_TRUE(id.has_value());
    select(*id);
    addFirstAid(QStringLiteral("1/9/2023")); // lasts three years, so it lapsed two months before the window's date
    ASSERT_EQ(notice()->warnings().size(), 1);
    EXPECT_TRUE(notice()->warnings().front().contains(QStringLiteral("(due 1 Sep 2026)")))
        << notice()->warnings().front().toStdString();
}

TEST_F(RecordComplianceTest, ACleanRecordShowsNothingUntilTheWindowsDateMovesOn)
{
    const auto id = someoneWithNothingDue();
    ASSERT_TRUE(id.has_value()) << "the demo trust on 1 Nov 2026 has someone with all training in date";
    select(*id);
    EXPECT_TRUE(notice()->warnings().isEmpty()) << notice()->warnings().join(QLatin1Char('|')).toStdString();
    EXPECT_FALSE(notice()->isVisibleTo(panel()));

    // The date comes from the window's clock, not the machine's: three years on, something has lapsed.
    m_clock.set(Date{2029, 11, 1});
    const Id other = model()->summary(model()->summary(0).id == *id ? 1 : 0).id;
    select(other);
    select(*id);
    ASSERT_FALSE(notice()->warnings().isEmpty());
    EXPECT_TRUE(notice()->warnings().join(QLatin1Char('|')).contains(QStringLiteral("Safeguarding refresher overdue")))
        << notice()->warnings().join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(notice()->isVisibleTo(panel()));
}

} // namespace staffpath::app::test
