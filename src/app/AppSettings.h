// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace staffpath::app {

/** Which generation of programmes and qualifications the app offers first (DESIGN.md: both are supported). */
enum class FrameworkGeneration { Current, Legacy, Both };

/** A day in the year, such as the 1 September on which a school's CPD year starts. */
struct MonthDay
{
    int month = 9;
    int day = 1;
    bool operator==(const MonthDay&) const = default;
};

/**
 * The one place the app reads and writes QSettings: keys live in a single table in AppSettings.cpp, each has a
 * typed accessor, and every change is announced by changed(Key). The store and services never see settings.
 */
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        SettingsVersion,
        MainWindowGeometry,
        MainWindowState,
        MainSplitterState,
        StaffTableHeaderState,
        RecentFiles,
        LastDatabase,
        FrameworkGeneration,
        ReviewIntervalMonths,
        CpdYearStart,
        HiddenWarnings,
        LastServer,
        BackupIntervalDays,
        RetentionYears,
    };
    Q_ENUM(Key)

    /** Bumped whenever a key is renamed or removed; upgrade() carries older files forward. */
    static constexpr int kSettingsVersion = 1;
    static constexpr int kMaxRecentFiles = 8;
    static constexpr int kDefaultReviewIntervalMonths = 12;
    static constexpr int kMinReviewIntervalMonths = 1;
    static constexpr int kMaxReviewIntervalMonths = 36;
    static constexpr MonthDay kDefaultCpdYearStart{9, 1};
    static constexpr int kDefaultBackupIntervalDays = 1;
    static constexpr int kMaxBackupIntervalDays = 30;
    static constexpr int kDefaultRetentionYears = 6; ///< services::PersonalData::kDefaultRetentionYears
    static constexpr int kMaxRetentionYears = 100;

    /** The user's settings in the platform's usual place (organisation and application names must be set). */
    explicit AppSettings(QObject* parent = nullptr);
    /** Settings kept in an INI file at `iniPath`: for tests and the screenshot mode. */
    explicit AppSettings(const QString& iniPath, QObject* parent = nullptr);
    ~AppSettings() override;

    static QString keyName(Key key);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray& state);
    QByteArray staffTableHeaderState() const;
    void setStaffTableHeaderState(const QByteArray& state);

    // Databases are absolute file paths or postgresql:// URLs. A URL is stored as given but never with a
    // password: one that holds a password has it taken out first.

    /** Newest first, at most kMaxRecentFiles absolute paths or URLs. */
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList& files);
    /** Puts `path` at the front of the recent files, removing any older mention and trimming the list. */
    void addRecentFile(const QString& path);
    /** Drops recent files that no longer exist (a server's URL is kept: it cannot be checked offline). */
    QStringList pruneRecentFiles();

    QString lastDatabase() const;
    void setLastDatabase(const QString& path);

    /** The URL File → Connect to Server last connected with (no password); empty at first. */
    QString lastServer() const;
    void setLastServer(const QString& url);

    // The user's choices (Edit → Settings…). A value missing from the file, or one that cannot be read, such as a
    // hand-edited "reviewIntervalMonths=99", reads as the default; setters clamp or refuse what they cannot store.

    /** Default Current. */
    FrameworkGeneration frameworkGeneration() const;
    void setFrameworkGeneration(FrameworkGeneration generation);
    /** Months from a career conversation to the next review it proposes: 1 to 36, default 12. */
    int reviewIntervalMonths() const;
    /** Clamped to 1..36. */
    void setReviewIntervalMonths(int months);
    /** The first day of the CPD year, default 1 September. 29 February is never stored (it is not in every year). */
    MonthDay cpdYearStart() const;
    /** Ignored when `start` is not a day every year has. */
    void setCpdYearStart(MonthDay start);
    /** The first day of the CPD year that `day` falls in. */
    Date cpdYearStartingOnOrBefore(const Date& day) const;
    /** Engine warning codes ("R-CUR-03", "no_posts") the Pathway tab leaves out; default none. */
    QStringList hiddenWarnings() const;
    void setHiddenWarnings(const QStringList& codes);
    /**
     * Days between the scheduled backups taken when a file is opened (services::Backups): 0 (never) to 30,
     * default 1 (daily).
     */
    int backupIntervalDays() const;
    /** Clamped to 0..30. */
    void setBackupIntervalDays(int days);
    /** Years after leaving that a leaver's record is kept before the staff list flags it for review (1–100). */
    int retentionYears() const;
    void setRetentionYears(int years);
    /** Puts the five user choices above back to their defaults (window state and files are kept). */
    void restoreDefaultChoices();

    static bool isValidMonthDay(MonthDay value);

    /** Writes pending changes to disk now (QSettings otherwise does so lazily). */
    void sync();

Q_SIGNALS:
    void changed(staffpath::app::AppSettings::Key key);

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    /** Renames and removes keys written by older versions, then records kSettingsVersion. */
    void upgrade();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace staffpath::app
