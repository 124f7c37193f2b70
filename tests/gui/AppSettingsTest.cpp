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

} // namespace staffpath::app::test
