// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace staffpath::app {

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
    };
    Q_ENUM(Key)

    /** Bumped whenever a key is renamed or removed; upgrade() carries older files forward. */
    static constexpr int kSettingsVersion = 1;
    static constexpr int kMaxRecentFiles = 8;

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

    /** Newest first, at most kMaxRecentFiles absolute paths. */
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList& files);
    /** Puts `path` at the front of the recent files, removing any older mention and trimming the list. */
    void addRecentFile(const QString& path);
    /** Drops recent files that no longer exist; returns what is left. */
    QStringList pruneRecentFiles();

    QString lastDatabase() const;
    void setLastDatabase(const QString& path);

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
