// SPDX-License-Identifier: GPL-3.0-or-later
// The trust overview dialog on its own, with work the test controls: it is done on another thread with progress
// shown, a new choice cancels the run before, closing cancels, and an error is shown in the dialog.
#include "TrustOverviewDialog.h"
#include "MessageBanner.h"
#include "TrustTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QProgressBar>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using namespace staffpath;
using namespace staffpath::app;

namespace {

services::TrustOverviewData oneSchool()
{
    services::TrustOverviewData data;
    data.asOf = Date{2026, 11, 1};
    data.yearStart = 2026;
    services::SchoolFigures school;
    school.schoolId = 1;
    school.name = "Thornbury Academy";
    school.headcount = 40;
    data.schools.push_back(school);
    data.total = school;
    data.total.schoolId = 0;
    data.total.name = "Trust total";
    return data;
}

/** What the work saw, shared with the test across threads. */
struct Probe
{
    std::atomic_int runs{0};
    std::atomic_int cancelled{0};
    std::atomic_bool release{false};
    std::atomic_bool onWindowThread{false};
};

/** Work that counts up slowly until released (then gives one school) or cancelled. */
TrustOverviewDialog::Provider slowProvider(std::shared_ptr<Probe> probe)
{
    return [probe](const services::TrustOverviewOptions&) -> TrustOverviewRun::Work {
        return [probe](const services::TrustOverview::Progress& progress) -> Result<services::TrustOverviewData> {
            ++probe->runs;
            if (QThread::currentThread() == qApp->thread()) {
                probe->onWindowThread = true;
            }
            for (int done = 0; !probe->release; done = (done + 1) % 100) {
                if (!progress(done, 100)) {
                    ++probe->cancelled;
                    return makeError(ErrorCode::Cancelled, "stopped");
                }
                QThread::msleep(5);
            }
            return oneSchool();
        };
    };
}

} // namespace

TEST(TrustOverviewDialogTest, TheOverviewIsWorkedOutOffTheWindowThreadWithProgressShown)
{
    auto probe = std::make_shared<Probe>();
    TrustOverviewDialog view(slowProvider(probe));
    view.show();
    EXPECT_TRUE(view.isWorking());
    EXPECT_TRUE(view.progressBar()->isVisible());
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.progressBar()->value() > 0; }, 5000)) << "the window stays live";
    EXPECT_TRUE(view.progressBar()->text().startsWith(QStringLiteral("Working out the trust overview…")))
        << view.progressBar()->text().toStdString();
    probe->release = true;
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isWorking(); }, 5000));
    EXPECT_FALSE(probe->onWindowThread);
    EXPECT_FALSE(view.progressBar()->isVisible());
    EXPECT_EQ(view.table()->model()->rowCount(), 2);
}

TEST(TrustOverviewDialogTest, ANewChoiceCancelsTheRunBeforeAndClosingCancelsTheLast)
{
    auto probe = std::make_shared<Probe>();
    auto view = std::make_unique<TrustOverviewDialog>(slowProvider(probe));
    view->show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return probe->runs == 1; }, 5000));
    view->findChild<QCheckBox*>(QStringLiteral("trustSameSchoolCheckBox"))->setChecked(true);
    EXPECT_TRUE(QTest::qWaitFor([&] { return probe->cancelled == 1 && probe->runs == 2; }, 5000));
    EXPECT_TRUE(view->isWorking());

    view->close();
    EXPECT_FALSE(view->isWorking());
    EXPECT_TRUE(QTest::qWaitFor([&] { return probe->cancelled == 2; }, 5000));
    view.reset(); // waits for any thread still stopping
    EXPECT_EQ(probe->runs, 2);
}

TEST(TrustOverviewDialogTest, AnErrorIsShownInTheDialog)
{
    TrustOverviewDialog view([](const services::TrustOverviewOptions&) -> TrustOverviewRun::Work {
        return [](const services::TrustOverview::Progress&) {
            return Result<services::TrustOverviewData>(
                makeError(ErrorCode::Database, "trust.sqlite could not be read: the disk is failing."));
        };
    });
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.isWorking(); }, 5000));
    auto* banner = view.findChild<MessageBanner*>(QStringLiteral("trustMessageBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->text(), QStringLiteral("trust.sqlite could not be read: the disk is failing."));
    EXPECT_FALSE(view.progressBar()->isVisible());
}
