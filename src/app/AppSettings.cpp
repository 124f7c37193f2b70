// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include "staffpath/services/Workspace.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

namespace staffpath::app {

namespace {

struct KeyInfo
{
    AppSettings::Key key;
    QLatin1String name;
    QVariant defaultValue;
};

// Every key the app stores, in one table (KeePassXC's ConfigKey list).
const std::array<KeyInfo, 14>& keyTable()
{
    using Key = AppSettings::Key;
    static const std::array<KeyInfo, 14> table{{
        {Key::SettingsVersion, QLatin1String("SettingsVersion"), QVariant(0)},
        {Key::MainWindowGeometry, QLatin1String("MainWindow/Geometry"), QVariant(QByteArray())},
        {Key::MainWindowState, QLatin1String("MainWindow/State"), QVariant(QByteArray())},
        {Key::MainSplitterState, QLatin1String("MainWindow/SplitterState"), QVariant(QByteArray())},
        {Key::StaffTableHeaderState, QLatin1String("StaffList/HeaderState"), QVariant(QByteArray())},
        {Key::RecentFiles, QLatin1String("Files/Recent"), QVariant(QStringList())},
        {Key::LastDatabase, QLatin1String("Files/LastDatabase"), QVariant(QString())},
        {Key::FrameworkGeneration, QLatin1String("Pathway/FrameworkGeneration"), QVariant(QStringLiteral("current"))},
        {Key::ReviewIntervalMonths, QLatin1String("Reviews/IntervalMonths"),
         QVariant(AppSettings::kDefaultReviewIntervalMonths)},
        {Key::CpdYearStart, QLatin1String("Cpd/YearStart"), QVariant(QStringLiteral("09-01"))},
        {Key::HiddenWarnings, QLatin1String("Pathway/HiddenWarnings"), QVariant(QStringList())},
        {Key::LastServer, QLatin1String("Files/LastServer"), QVariant(QString())},
        {Key::BackupIntervalDays, QLatin1String("Backups/IntervalDays"),
         QVariant(AppSettings::kDefaultBackupIntervalDays)},
        {Key::RetentionYears, QLatin1String("PersonalData/RetentionYears"),
         QVariant(AppSettings::kDefaultRetentionYears)},
    }};
    return table;
}

const KeyInfo& info(AppSettings::Key key)
{
    for (const KeyInfo& entry : keyTable()) {
        if (entry.key == key) {
            return entry;
        }
    }
    Q_UNREACHABLE();
}

// Stored as words, not enum numbers, so the INI file reads plainly and a reordered enum cannot change a choice.
constexpr std::array<std::pair<FrameworkGeneration, QLatin1String>, 3> kGenerationNames{{
    {FrameworkGeneration::Current, QLatin1String("current")},
    {FrameworkGeneration::Legacy, QLatin1String("legacy")},
    {FrameworkGeneration::Both, QLatin1String("both")},
}};

/** An absolute path for a file; a URL as given, less any password (settings are plain text on disk). */
QString storedLocation(const QString& location)
{
    if (location.isEmpty()) {
        return {};
    }
    if (!services::Workspace::isServerLocation(location)) {
        return QFileInfo(location).absoluteFilePath();
    }
    QUrl url(location);
    if (url.password().isEmpty()) {
        return location;
    }
    url.setPassword({});
    return url.toString(QUrl::FullyEncoded);
}

// Old key -> new key (empty: delete). Grows when a release renames or drops a key; version 1 is the first.
const std::array<std::pair<QLatin1String, QLatin1String>, 0> kRenamedKeys{};

} // namespace

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    upgrade();
}

AppSettings::AppSettings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    upgrade();
}

AppSettings::~AppSettings() = default;

QString AppSettings::keyName(Key key)
{
    return info(key).name;
}

QVariant AppSettings::value(Key key) const
{
    const KeyInfo& entry = info(key);
    return m_settings->value(entry.name, entry.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    if (m_settings->contains(info(key).name) && m_settings->value(info(key).name) == value) {
        return;
    }
    m_settings->setValue(info(key).name, value);
    Q_EMIT changed(key);
}

void AppSettings::upgrade()
{
    const int stored = value(Key::SettingsVersion).toInt();
    if (stored >= kSettingsVersion) {
        return;
    }
    for (const auto& [oldName, newName] : kRenamedKeys) {
        if (!m_settings->contains(oldName)) {
            continue;
        }
        if (!newName.isEmpty() && !m_settings->contains(newName)) {
            m_settings->setValue(newName, m_settings->value(oldName));
        }
        m_settings->remove(oldName);
    }
    setValue(Key::SettingsVersion, kSettingsVersion);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray& geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return value(Key::MainWindowState).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray& state)
{
    setValue(Key::MainWindowState, state);
}

QByteArray AppSettings::mainSplitterState() const
{
    return value(Key::MainSplitterState).toByteArray();
}

void AppSettings::setMainSplitterState(const QByteArray& state)
{
    setValue(Key::MainSplitterState, state);
}

QByteArray AppSettings::staffTableHeaderState() const
{
    return value(Key::StaffTableHeaderState).toByteArray();
}

void AppSettings::setStaffTableHeaderState(const QByteArray& state)
{
    setValue(Key::StaffTableHeaderState, state);
}

QStringList AppSettings::recentFiles() const
{
    return value(Key::RecentFiles).toStringList();
}

void AppSettings::setRecentFiles(const QStringList& files)
{
    QStringList kept;
    for (const QString& file : files.mid(0, kMaxRecentFiles)) {
        kept << (services::Workspace::isServerLocation(file) ? storedLocation(file) : file);
    }
    setValue(Key::RecentFiles, kept);
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = storedLocation(path);
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    setRecentFiles(files);
}

QStringList AppSettings::pruneRecentFiles()
{
    QStringList files = recentFiles();
    files.removeIf(
        [](const QString& file) { return !services::Workspace::isServerLocation(file) && !QFileInfo::exists(file); });
    setRecentFiles(files);
    return files;
}

QString AppSettings::lastDatabase() const
{
    return value(Key::LastDatabase).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    setValue(Key::LastDatabase, storedLocation(path));
}

QString AppSettings::lastServer() const
{
    return value(Key::LastServer).toString();
}

void AppSettings::setLastServer(const QString& url)
{
    setValue(Key::LastServer, services::Workspace::isServerLocation(url) ? storedLocation(url) : QString());
}

FrameworkGeneration AppSettings::frameworkGeneration() const
{
    const QString stored = value(Key::FrameworkGeneration).toString().trimmed();
    for (const auto& [generation, name] : kGenerationNames) {
        if (stored.compare(name, Qt::CaseInsensitive) == 0) {
            return generation;
        }
    }
    return FrameworkGeneration::Current;
}

void AppSettings::setFrameworkGeneration(FrameworkGeneration generation)
{
    for (const auto& [known, name] : kGenerationNames) {
        if (known == generation) {
            setValue(Key::FrameworkGeneration, QString(name));
        }
    }
}

int AppSettings::reviewIntervalMonths() const
{
    bool ok = false;
    const int months = value(Key::ReviewIntervalMonths).toInt(&ok);
    if (!ok || months < kMinReviewIntervalMonths || months > kMaxReviewIntervalMonths) {
        return kDefaultReviewIntervalMonths;
    }
    return months;
}

void AppSettings::setReviewIntervalMonths(int months)
{
    setValue(Key::ReviewIntervalMonths, std::clamp(months, kMinReviewIntervalMonths, kMaxReviewIntervalMonths));
}

bool AppSettings::isValidMonthDay(MonthDay value)
{
    // A leap year's calendar, less 29 February: a CPD year must start on a day every year has.
    return value.month >= 1 && value.month <= 12 && value.day >= 1 && value.day <= Date::daysInMonth(2001, value.month);
}

MonthDay AppSettings::cpdYearStart() const
{
    // "MM-DD", as ISO dates write it without the year.
    const QStringList parts = value(Key::CpdYearStart).toString().trimmed().split(QLatin1Char('-'));
    if (parts.size() == 2) {
        bool monthOk = false;
        bool dayOk = false;
        const MonthDay read{parts.at(0).toInt(&monthOk), parts.at(1).toInt(&dayOk)};
        if (monthOk && dayOk && isValidMonthDay(read)) {
            return read;
        }
    }
    return kDefaultCpdYearStart;
}

void AppSettings::setCpdYearStart(MonthDay start)
{
    if (!isValidMonthDay(start)) {
        return;
    }
    setValue(Key::CpdYearStart,
             QStringLiteral("%1-%2").arg(start.month, 2, 10, QLatin1Char('0')).arg(start.day, 2, 10, QLatin1Char('0')));
}

Date AppSettings::cpdYearStartingOnOrBefore(const Date& day) const
{
    const MonthDay start = cpdYearStart();
    const Date thisYear{day.year, start.month, start.day};
    return thisYear <= day ? thisYear : Date{day.year - 1, start.month, start.day};
}

QStringList AppSettings::hiddenWarnings() const
{
    QStringList codes = value(Key::HiddenWarnings).toStringList();
    for (QString& code : codes) {
        code = code.trimmed();
    }
    codes.removeAll(QString());
    codes.removeDuplicates();
    return codes;
}

void AppSettings::setHiddenWarnings(const QStringList& codes)
{
    QStringList cleaned = codes;
    cleaned.removeAll(QString());
    cleaned.removeDuplicates();
    cleaned.sort();
    setValue(Key::HiddenWarnings, cleaned);
}

int AppSettings::backupIntervalDays() const
{
    bool ok = false;
    const int days = value(Key::BackupIntervalDays).toInt(&ok);
    return ok && days >= 0 && days <= kMaxBackupIntervalDays ? days : kDefaultBackupIntervalDays;
}

void AppSettings::setBackupIntervalDays(int days)
{
    setValue(Key::BackupIntervalDays, std::clamp(days, 0, kMaxBackupIntervalDays));
}

int AppSettings::retentionYears() const
{
    bool ok = false;
    const int years = value(Key::RetentionYears).toInt(&ok);
    return ok && years >= 1 && years <= kMaxRetentionYears ? years : kDefaultRetentionYears;
}

void AppSettings::setRetentionYears(int years)
{
    setValue(Key::RetentionYears, std::clamp(years, 1, kMaxRetentionYears));
}

void AppSettings::restoreDefaultChoices()
{
    setBackupIntervalDays(kDefaultBackupIntervalDays);
    setRetentionYears(kDefaultRetentionYears);
    setFrameworkGeneration(FrameworkGeneration::Current);
    setReviewIntervalMonths(kDefaultReviewIntervalMonths);
    setCpdYearStart(kDefaultCpdYearStart);
    setHiddenWarnings({});
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace staffpath::app
