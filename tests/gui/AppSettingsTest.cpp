// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"
#include "QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace staffpath::app::test {

class AppSettingsTest : public ::testing::Test
{
protected:
    QString iniPath() const { return QDir(m_dir.path()).filePath(QStringLiteral("settings.ini")); }
    QString touch(const QString& name) const
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        return path;
    }

    QTemporaryDir m_dir;
};

TEST_F(AppSettingsTest, WritesTheSettingsVersionToANewFile)
{
    {
        AppSettings settings(iniPath());
        settings.sync();
    }
    QSettings raw(iniPath(), QSettings::IniFormat);
    EXPECT_EQ(raw.value(AppSettings::keyName(AppSettings::Key::SettingsVersion)).toInt(),
              AppSettings::kSettingsVersion);
}

TEST_F(AppSettingsTest, ChangedIsEmittedOnceForARealChangeOnly)
{
    AppSettings settings(iniPath());
    QSignalSpy spy(&settings, &AppSettings::changed);
    settings.setLastDatabase(touch(QStringLiteral("a.sqlite")));
    settings.setLastDatabase(touch(QStringLiteral("a.sqlite")));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<AppSettings::Key>(), AppSettings::Key::LastDatabase);
}

TEST_F(AppSettingsTest, ValuesSurviveAReopen)
{
    const QString db = touch(QStringLiteral("trust.sqlite"));
    {
        AppSettings settings(iniPath());
        settings.setLastDatabase(db);
        settings.setMainWindowGeometry(QByteArray("geometry"));
        settings.sync();
    }
    AppSettings again(iniPath());
    EXPECT_EQ(again.lastDatabase(), db);
    EXPECT_EQ(again.mainWindowGeometry(), QByteArray("geometry"));
}

TEST_F(AppSettingsTest, RecentFilesAreNewestFirstWithoutDuplicatesAndCapped)
{
    AppSettings settings(iniPath());
    QStringList made;
    for (int i = 0; i < AppSettings::kMaxRecentFiles + 3; ++i) {
        made.append(touch(QStringLiteral("file%1.sqlite").arg(i)));
        settings.addRecentFile(made.last());
    }
    settings.addRecentFile(made.at(AppSettings::kMaxRecentFiles + 1)); // already there: moves to the front
    const QStringList recent = settings.recentFiles();
    ASSERT_EQ(recent.size(), AppSettings::kMaxRecentFiles);
    EXPECT_EQ(recent.at(0), made.at(AppSettings::kMaxRecentFiles + 1));
    EXPECT_EQ(recent.at(1), made.last());
    EXPECT_EQ(recent.count(made.at(AppSettings::kMaxRecentFiles + 1)), 1);
}

TEST_F(AppSettingsTest, PruningDropsFilesThatNoLongerExist)
{
    AppSettings settings(iniPath());
    const QString kept = touch(QStringLiteral("kept.sqlite"));
    const QString removed = touch(QStringLiteral("removed.sqlite"));
    settings.addRecentFile(kept);
    settings.addRecentFile(removed);
    ASSERT_TRUE(QFile::remove(removed));
    EXPECT_EQ(settings.pruneRecentFiles(), QStringList{kept});
    EXPECT_EQ(settings.recentFiles(), QStringList{kept});
}

// --- the user's choices (Edit → Settings…) ------------------------------------------------------------------

TEST_F(AppSettingsTest, ChoicesHaveTheirDefaultsInANewFile)
{
    AppSettings settings(iniPath());
    EXPECT_EQ(settings.frameworkGeneration(), FrameworkGeneration::Current);
    EXPECT_EQ(settings.reviewIntervalMonths(), 12);
    EXPECT_EQ(settings.cpdYearStart(), (MonthDay{9, 1}));
    EXPECT_TRUE(settings.hiddenWarnings().isEmpty());
}

TEST_F(AppSettingsTest, ChoicesSurviveAReopenAndAreAnnounced)
{
    {
        AppSettings settings(iniPath());
        QSignalSpy spy(&settings, &AppSettings::changed);
        settings.setFrameworkGeneration(FrameworkGeneration::Both);
        settings.setReviewIntervalMonths(18);
        settings.setCpdYearStart({4, 6});
        settings.setHiddenWarnings(
            {QStringLiteral("R-TAL-06"), QStringLiteral("no_posts"), QStringLiteral("no_posts")});
        ASSERT_EQ(spy.count(), 4);
        EXPECT_EQ(spy.at(0).at(0).value<AppSettings::Key>(), AppSettings::Key::FrameworkGeneration);
        EXPECT_EQ(spy.at(3).at(0).value<AppSettings::Key>(), AppSettings::Key::HiddenWarnings);
        settings.setReviewIntervalMonths(18);
        EXPECT_EQ(spy.count(), 4) << "the same value again is no change";
        settings.sync();
    }
    AppSettings again(iniPath());
    EXPECT_EQ(again.frameworkGeneration(), FrameworkGeneration::Both);
    EXPECT_EQ(again.reviewIntervalMonths(), 18);
    EXPECT_EQ(again.cpdYearStart(), (MonthDay{4, 6}));
    EXPECT_EQ(again.hiddenWarnings(), (QStringList{QStringLiteral("R-TAL-06"), QStringLiteral("no_posts")}));

    // Written as words a person editing the file can read.
    QSettings raw(iniPath(), QSettings::IniFormat);
    EXPECT_EQ(raw.value(AppSettings::keyName(AppSettings::Key::FrameworkGeneration)).toString(),
              QStringLiteral("both"));
    EXPECT_EQ(raw.value(AppSettings::keyName(AppSettings::Key::CpdYearStart)).toString(), QStringLiteral("04-06"));
}

TEST_F(AppSettingsTest, BadValuesInTheFileReadAsTheDefaults)
{
    const std::vector<std::pair<AppSettings::Key, QVariant>> bad{
        {AppSettings::Key::FrameworkGeneration, QStringLiteral("newest")},
        {AppSettings::Key::ReviewIntervalMonths, QStringLiteral("twelve")},
        {AppSettings::Key::CpdYearStart, QStringLiteral("02-29")},
    };
    for (const auto& [key, value] : bad) {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(AppSettings::keyName(key), value);
    }
    {
        AppSettings settings(iniPath());
        EXPECT_EQ(settings.frameworkGeneration(), FrameworkGeneration::Current);
        EXPECT_EQ(settings.reviewIntervalMonths(), 12);
        EXPECT_EQ(settings.cpdYearStart(), AppSettings::kDefaultCpdYearStart);
    }
    for (const QVariant& months : {QVariant(0), QVariant(37), QVariant(-4), QVariant(QStringLiteral("6.5"))}) {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(AppSettings::keyName(AppSettings::Key::ReviewIntervalMonths), months);
        }
        AppSettings settings(iniPath());
        EXPECT_EQ(settings.reviewIntervalMonths(), 12) << months.toString().toStdString();
    }
    for (const QString& start : {QStringLiteral("13-01"), QStringLiteral("09-31"), QStringLiteral("9"),
                                 QStringLiteral("xx-yy"), QStringLiteral("00-10"), QString()}) {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(AppSettings::keyName(AppSettings::Key::CpdYearStart), start);
        }
        AppSettings settings(iniPath());
        EXPECT_EQ(settings.cpdYearStart(), AppSettings::kDefaultCpdYearStart) << start.toStdString();
    }
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(AppSettings::keyName(AppSettings::Key::FrameworkGeneration), QStringLiteral(" Legacy "));
        raw.setValue(AppSettings::keyName(AppSettings::Key::CpdYearStart), QStringLiteral("1-6"));
        raw.setValue(AppSettings::keyName(AppSettings::Key::HiddenWarnings),
                     QStringList{QStringLiteral(" R-NQ-02 "), QString(), QStringLiteral("R-NQ-02")});
    }
    AppSettings lenient(iniPath());
    EXPECT_EQ(lenient.frameworkGeneration(), FrameworkGeneration::Legacy) << "case and spaces forgiven";
    EXPECT_EQ(lenient.cpdYearStart(), (MonthDay{1, 6}));
    EXPECT_EQ(lenient.hiddenWarnings(), QStringList{QStringLiteral("R-NQ-02")});
}

TEST_F(AppSettingsTest, SettersKeepValuesInRange)
{
    AppSettings settings(iniPath());
    settings.setReviewIntervalMonths(0);
    EXPECT_EQ(settings.reviewIntervalMonths(), 1);
    settings.setReviewIntervalMonths(120);
    EXPECT_EQ(settings.reviewIntervalMonths(), 36);
    settings.setCpdYearStart({4, 1});
    settings.setCpdYearStart({2, 29}); // not in every year: refused, the last good value stays
    settings.setCpdYearStart({13, 1});
    EXPECT_EQ(settings.cpdYearStart(), (MonthDay{4, 1}));
    EXPECT_TRUE(AppSettings::isValidMonthDay({2, 28}));
    EXPECT_FALSE(AppSettings::isValidMonthDay({4, 31}));
}

TEST_F(AppSettingsTest, TheCpdYearStartingOnOrBeforeADay)
{
    AppSettings settings(iniPath());
    EXPECT_EQ(settings.cpdYearStartingOnOrBefore(Date{2026, 11, 23}), (Date{2026, 9, 1}));
    EXPECT_EQ(settings.cpdYearStartingOnOrBefore(Date{2026, 9, 1}), (Date{2026, 9, 1}));
    EXPECT_EQ(settings.cpdYearStartingOnOrBefore(Date{2026, 8, 31}), (Date{2025, 9, 1}));
    settings.setCpdYearStart({4, 6});
    EXPECT_EQ(settings.cpdYearStartingOnOrBefore(Date{2027, 1, 10}), (Date{2026, 4, 6}));
}

TEST_F(AppSettingsTest, RestoringDefaultChoicesKeepsWindowStateAndFiles)
{
    const QString db = touch(QStringLiteral("trust.sqlite"));
    AppSettings settings(iniPath());
    settings.setLastDatabase(db);
    settings.setReviewIntervalMonths(3);
    settings.setHiddenWarnings({QStringLiteral("R-CUR-03")});
    settings.restoreDefaultChoices();
    EXPECT_EQ(settings.reviewIntervalMonths(), 12);
    EXPECT_TRUE(settings.hiddenWarnings().isEmpty());
    EXPECT_EQ(settings.lastDatabase(), db);
}

} // namespace staffpath::app::test
