// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"
#include "ReportsWindow.h"
#include "WorkerThread.h"

#include "staffpath/model/CareerConversation.h"
#include "staffpath/model/Ids.h"
#include "staffpath/model/PlanItem.h"
#include "staffpath/model/Result.h"
#include "staffpath/model/StaffRecord.h"
#include "staffpath/services/FrameworkService.h"
#include "staffpath/services/import/HeaderSynonyms.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QThread;
class QUndoStack;

namespace staffpath {
struct StaffRecord;
namespace engine {
class PathwayEngine;
struct Person;
struct Profile;
struct Route;
} // namespace engine
} // namespace staffpath

namespace staffpath::reports {
struct PlanReportInput;
}

namespace staffpath::services {
class Clock;
class Workspace;
} // namespace staffpath::services

namespace staffpath::app {

class AboutDialog;
class AppOptions;
class ConnectServerDialog;
class Dialogs;
class MessageBanner;
class GradeView;
class RoutePlannerView;
class PathwayMapView;
class PathwayView;
class PersonPanel;
class PersonEdits;
class PlanView;
class ReviewView;
class ReadyNowScan;
class RecentFilesMenu;
class RestoreBackupDialog;
class AccountsDialog;
class AuditDialog;
class FirstRunWizard;
class SettingsDialog;
class StaffListWidget;
class SuccessionDialog;
class TrustOverviewDialog;

/**
 * The main window is a coordinator: it owns the actions and menus, the open Workspace and the layout, and
 * passes values between the services and the per-area widgets (StaffListWidget, PersonPanel, MessageBanner).
 * It holds no business logic.
 *
 * Opening a file either replaces the open Workspace completely or, when it fails, shows the error's sentence in
 * the banner and leaves everything as it was. Settings, dialogs and the clock are borrowed and must outlive it.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppSettings& settings, Dialogs& dialogs, const services::Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Where Open Demo School looks for, and creates, the demo database. */
    void setDemoDatabasePath(const QString& path) { m_demoPath = path; }
    QString demoDatabasePath() const { return m_demoPath; }

    /** The file named on the command line, else `--demo`, else the last file used, else the demo school. */
    void openAtStartup(const AppOptions& options);

    /**
     * Opens a file or a postgresql:// URL. A server that wants a password gets one asked for through Dialogs,
     * kept in memory only while the database is open. On failure or cancel the open database stays open.
     */
    bool openDatabase(const QString& path);
    /** As openDatabase(), trying `knownPassphrase` first (a file this window had open: after a restore). */
    bool reopenDatabase(const QString& path, const QString& knownPassphrase);
    bool createDatabase(const QString& path);
    bool openDemoSchool();

    /** The open file's absolute path, or the server database's URL; empty when none is open. */
    QString currentPath() const;

    StaffListWidget* staffList() const { return m_staffList; }
    PersonPanel* personPanel() const { return m_personPanel; }
    PathwayView* pathwayView() const { return m_pathwayView; }
    PathwayMapView* pathwayMap() const { return m_pathwayMap; }
    GradeView* gradeView() const { return m_gradeView; }
    RoutePlannerView* routePlanner() const { return m_routePlanner; }
    PlanView* planView() const { return m_planView; }
    QUndoStack* undoStack() const { return m_undoStack; }
    PersonEdits* personEdits() const { return m_personEdits; }
    QTabWidget* personTabs() const { return m_personTabs; }
    SuccessionDialog* successionDialog() const;
    TrustOverviewDialog* trustOverviewDialog() const;
    /** The Reports window once opened (View → Reports); null before, and after it is closed. */
    ReportsWindow* reportsWindow() const;
    /**
     * The one place a report is made from a request, for the Reports window: the reports services once they are
     * on main. Until then, and with no file open, an Error saying so.
     */
    Result<services::reports::Report> buildReport(const services::reports::Request& request);
    /** Tests make reports without a database: the Reports window asks `provider` instead of buildReport(). */
    void setReportProvider(ReportsWindow::Provider provider);
    /** Shows the person's "record", "pathway", "map", "route", "grade" or "plan" tab. */
    void showPersonTab(const QString& name);
    MessageBanner* messageBanner() const { return m_banner; }
    /** True while long work (reading the whole trust) runs on a thread. */
    bool isBusy() const;
    RecentFilesMenu* recentFilesMenu() const { return m_recentMenu; }
    /** File → Restore from Backup…'s dialog while it is open; null otherwise. */
    RestoreBackupDialog* restoreBackupDialog() const;
    /** File → Accounts…'s dialog while it is open; null otherwise. */
    AccountsDialog* accountsDialog() const;
    /** View → Audit Trail…'s dialog while it is open; null otherwise. */
    AuditDialog* auditDialog() const;
    /** The first-run wizard while it is open; null otherwise. */
    FirstRunWizard* firstRunWizard() const;
    /** The Connect to Server dialog while it is open; null otherwise. */
    ConnectServerDialog* connectServerDialog() const;

public Q_SLOTS:
    void newDatabase();
    void openDatabaseDialog();
    /** File → Connect to Server…: a database on a PostgreSQL server, asking for its password if need be. */
    void connectToServerDialog();
    /** File → Back Up Now: a copy of the open file into its backups folder (MainWindowBackups.cpp). */
    bool backUpNow();
    /** File → Restore from Backup…: the open file's backups, newest first, to choose one from. */
    void showRestoreDialog();
    /**
     * Replaces the open file with the backup at `backupPath` after asking through Dialogs: closes it, restores
     * (services::Backups::restore) and opens it again. On any failure the file is as it was, open again, and the
     * banner says why.
     */
    bool restoreFromBackup(const QString& backupPath);
    /**
     * File → Encrypt File… / Change Passphrase…: asks for the new passphrase twice, closes the file, rewrites it
     * (services::Workspace::changePassphrase) and opens it again. False when cancelled or refused.
     */
    bool changeEncryption();
    /** File → Accounts…: who may sign in, as what; or, for a file without accounts, its first administrator. */
    void showAccounts();
    /** View → Audit Trail…: every change, filtered (administrators). */
    void showAuditTrail();
    /**
     * Edit → Erase Person…: after asking, erases the selected person and everything about them
     * (services::PersonalData); cannot be undone, so it empties the undo list.
     */
    bool eraseSelectedPerson();
    /** File → Export Person's Record…: the selected person's whole record as a PDF or JSON (subject access). */
    bool exportSelectedPerson();
    /** Does what the first-run wizard was asked: the demo, a file to open, or a new file with its administrator. */
    bool finishFirstRun();
    void showAbout();
    /** View → Succession: critical roles and who could step into them, across the open file. */
    void showSuccession();
    /** View → Training & Requirements: the staff × requirement grid on today's date. */
    void showCompliance();
    /** View → Reports: CPD hours and spend, DfE coverage, activity types, the pipeline and expiry, as charts. */
    void showReports();
    void showTrustOverview();
    /** Opens the conversation form for the selected person; saving it is one undoable edit. */
    void recordConversation();
    /** Edit → Record Training for Several People: one CPD activity for many, saved as one undoable step. */
    void recordTrainingForSeveral();
    void editConversation(const staffpath::CareerConversation& conversation);
    void removeConversation(const staffpath::CareerConversation& conversation);
    /** Adds the steps of the route shown in the Route tab to the person's development plan. */
    void addRouteToPlan();
    /** The selected person's development plan as a PDF file, or on paper. */
    void savePlanAsPdf();
    void printPlan();
    /** Edit → Settings…: opens the settings dialog (one at a time); OK applies the choices at once. */
    void showSettings();
    /** Finds, on a thread, who is ready now for something, for the staff list's "Ready now" filter. */
    void findReadyNow();
    /** File → Import Staff… / Import CPD…: the import wizard over the open file; the list reloads after it writes. */
    void showImportWizard(staffpath::services::ImportKind kind);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createBackupActions();
    void updateBackupActions();
    void createEncryptionAction();
    void updateEncryptionAction();
    void createAccessActions();
    void showFirstRunWizard();
    /** What the signed-in role may do, as enabled menu items (MainWindowAccess.cpp); services check again. */
    void updateAccessActions();
    /** When a file is opened: a scheduled backup if the last is older than the interval in Settings. */
    void takeScheduledBackup();
    void createEditActions();
    void connectPersonEdits();
    void createMenus();
    void restoreWindowState();
    void saveWindowState();
    /** Makes `workspace` the open one if its staff list can be read; otherwise shows why and keeps the old. */
    bool adoptWorkspace(std::unique_ptr<services::Workspace> workspace);
    void showPerson(Id staffId);
    void showPathway(const StaffRecord& record);
    /** Every tab about one person back to its placeholder; `message` says why (a default when empty). */
    void clearPersonViews(const QString& message = {});
    /** The map's double-click on a role: plan the route there in the Route tab. */
    void planRouteToRole(const QString& roleId);
    void planRoute(const QString& target);
    /** The engine over the framework, loaded on first use; nullptr (and the reason in the Pathway tab) if it cannot be.
     */
    const engine::PathwayEngine* pathwayEngine();
    void showError(const QString& message);
    /**
     * Makes a change with `apply` and, if it worked, pushes it on the undo stack with `revert` as its undo;
     * then shows the person again. A refusal is shown in the banner and nothing is pushed; Cancelled (the user
     * kept someone else's version, or went back to the form) shows the person as stored, and its sentence if any.
     */
    bool pushEdit(const QString& text, Id staffId, std::function<Status()> apply, std::function<Status()> revert);
    /** After an edit, undo or redo: reads the list and the person again, keeping the tab and the selection. */
    void refreshAfterEdit(Id staffId, const Status& outcome);
    void openConversationDialog(const CareerConversation& initial);
    void changePlanItem(const PlanItem& before, const PlanItem& after);
    void removePlanItems(const std::vector<PlanItem>& items);
    /** What the printed plan shows for the selected person; nullopt (and the reason shown) when nobody is. */
    std::optional<reports::PlanReportInput> planReportInput();
    void updateTitle();
    QString fileDialogDirectory() const;
    /** A setting changed (Settings dialog): passes it to whatever shows it. */
    void applySetting(staffpath::app::AppSettings::Key key);
    /** The framework's roles with their tracks, for the staff list's filters. */
    void giveStaffListTheRoles();

    AppSettings& m_settings;
    Dialogs& m_dialogs;
    const services::Clock& m_clock;
    QString m_demoPath;
    std::unique_ptr<services::Workspace> m_workspace;

    MessageBanner* m_banner;
    QSplitter* m_splitter;
    StaffListWidget* m_staffList;
    QTabWidget* m_personTabs;
    PersonPanel* m_personPanel;
    PathwayView* m_pathwayView;
    PathwayMapView* m_pathwayMap;
    GradeView* m_gradeView;
    RoutePlannerView* m_routePlanner;
    PlanView* m_planView;
    ReviewView* m_reviewView = nullptr;
    QUndoStack* m_undoStack;
    PersonEdits* m_personEdits = nullptr;
    std::optional<StaffRecord> m_record;        ///< the selected person, whole, as last read
    std::unique_ptr<engine::Profile> m_profile; ///< the selected person as the engine reads them
    std::unique_ptr<engine::Route> m_route;     ///< the route shown in the Route tab, for "Add to plan"
    services::FrameworkService m_frameworks;
    std::unique_ptr<engine::PathwayEngine> m_engine;
    QString m_frameworkError;
    QLabel* m_pathLabel;
    QLabel* m_encryptionLabel = nullptr;
    RecentFilesMenu* m_recentMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_openDemoAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_successionAction = nullptr;
    QAction* m_complianceAction = nullptr;
    QAction* m_reportsAction = nullptr;
    QAction* m_trustAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_recordConversationAction = nullptr;
    QAction* m_recordTrainingAction = nullptr;
    QAction* m_addObjectiveAction = nullptr;
    QAction* m_recordReviewAction = nullptr;
    QAction* m_addStaffAction = nullptr;
    QAction* m_editDetailsAction = nullptr;
    QAction* m_addPostAction = nullptr;
    QAction* m_addQualificationAction = nullptr;
    QAction* m_addCpdAction = nullptr;
    QAction* m_savePlanAction = nullptr;
    QAction* m_printPlanAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_importStaffAction = nullptr;
    QAction* m_importCpdAction = nullptr;
    QAction* m_backupNowAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_encryptAction = nullptr;
    QPointer<RestoreBackupDialog> m_restoreDialog;
    QAction* m_accountsAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_eraseAction = nullptr;
    QAction* m_exportPersonAction = nullptr;
    QAction* m_pastRetentionAction = nullptr;
    QPointer<AccountsDialog> m_accountsDialog;
    QPointer<AuditDialog> m_auditDialog;
    QPointer<FirstRunWizard> m_firstRunWizard;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<ConnectServerDialog> m_connectDialog;
    QPointer<ReadyNowScan> m_readyNowScan;
    QPointer<SuccessionDialog> m_successionDialog;
    QPointer<TrustOverviewDialog> m_trustDialog;
    QPointer<ReportsWindow> m_reportsWindow;
    ReportsWindow::Provider m_reportProvider;
    using SuccessionReader = WorkerThread<std::vector<engine::Person>>;
    std::unique_ptr<SuccessionReader> m_successionReader;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace staffpath::app
