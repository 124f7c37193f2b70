// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "AccountsDialog.h"
#include "AppOptions.h"
#include "AppSettings.h"
#include "AuditDialog.h"
#include "BulkCpdDialog.h"
#include "ComplianceView.h"
#include "ConnectServerDialog.h"
#include "ConversationDialog.h"
#include "DemoSchool.h"
#include "Dialogs.h"
#include "DisplayText.h"
#include "EditCommand.h"
#include "GradeView.h"
#include "ImportWizard.h"
#include "MessageBanner.h"
#include "OpenWithPassword.h"
#include "PathwayMapView.h"
#include "PathwayView.h"
#include "PersonEdits.h"
#include "PersonPanel.h"
#include "PlanOutput.h"
#include "PlanView.h"
#include "ReadyNowScan.h"
#include "RecentFilesMenu.h"
#include "ReportsWindow.h"
#include "ReviewView.h"
#include "RoutePlannerView.h"
#include "SettingsDialog.h"
#include "StaffFilterProxyModel.h"
#include "StaffListWidget.h"
#include "SuccessionDialog.h"
#include "TrainingNotice.h"
#include "TrustOverviewDialog.h"

#include "staffpath/engine/Explainer.h"
#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/reports/PlanReport.h"
#include "staffpath/services/BulkCpd.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/Compliance.h"
#include "staffpath/services/PlanFromRoute.h"
#include "staffpath/services/ProfileBuilder.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/services/reports/ReportService.h"

#include <QAction>

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace staffpath::app {

namespace {

constexpr int kRecentCpdShown = 10;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

MainWindow::MainWindow(AppSettings& settings, Dialogs& dialogs, const services::Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_dialogs(dialogs)
    , m_clock(clock)
    , m_demoPath(DemoSchool::defaultPath())
    , m_banner(new MessageBanner(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_staffList(new StaffListWidget(m_splitter))
    , m_personTabs(new QTabWidget(m_splitter))
    , m_personPanel(new PersonPanel(m_personTabs))
    , m_pathwayView(new PathwayView(m_personTabs))
    , m_pathwayMap(new PathwayMapView(m_personTabs))
    , m_gradeView(new GradeView(m_personTabs))
    , m_routePlanner(new RoutePlannerView(m_personTabs))
    , m_planView(new PlanView(m_personTabs))
    , m_undoStack(new QUndoStack(this))
    , m_pathLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_staffList);
    m_personTabs->setObjectName(QStringLiteral("personTabs"));
    m_personTabs->addTab(m_personPanel, tr("&Record"));
    m_personTabs->addTab(m_pathwayView, tr("&Pathway"));
    m_personTabs->addTab(m_pathwayMap, tr("&Map"));
    m_personTabs->addTab(m_routePlanner, tr("Ro&ute"));
    m_personTabs->addTab(m_gradeView, tr("&Grade"));
    m_personTabs->addTab(m_planView, tr("P&lan"));
    m_reviewView = new ReviewView(
        m_clock, m_dialogs,
        {[this] { return m_workspace.get(); },
         [this]() -> Result<services::CycleCalendar> {
             auto calendar = services::CycleCalendar::loadShipped();
             if (calendar) {
                 calendar->yearStart = {m_settings.cpdYearStart().month, m_settings.cpdYearStart().day};
             }
             return calendar;
         },
         [this](const QString& text, Id staffId, std::function<Status()> apply, std::function<Status()> revert) {
             return pushEdit(text, staffId, std::move(apply), std::move(revert));
         },
         [this](const QString& message) { showError(message); }},
        m_personTabs);
    m_personTabs->addTab(m_reviewView, tr("Rev&iew"));
    connect(m_routePlanner, &RoutePlannerView::routeRequested, this, &MainWindow::planRoute);
    connect(m_pathwayMap, &PathwayMapView::roleActivated, this, &MainWindow::planRouteToRole);
    connect(m_routePlanner, &RoutePlannerView::addToPlanRequested, this, &MainWindow::addRouteToPlan);
    connect(m_planView, &PlanView::recordConversationRequested, this, &MainWindow::recordConversation);
    connect(m_planView, &PlanView::editConversationRequested, this, &MainWindow::editConversation);
    connect(m_planView, &PlanView::removeConversationRequested, this, &MainWindow::removeConversation);
    connect(m_planView, &PlanView::planItemChangeRequested, this, &MainWindow::changePlanItem);
    connect(m_planView, &PlanView::removePlanItemsRequested, this, &MainWindow::removePlanItems);
    connect(m_planView, &PlanView::exportPlanRequested, this, &MainWindow::savePlanAsPdf);
    connect(m_planView, &PlanView::printPlanRequested, this, &MainWindow::printPlan);
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_splitter->addWidget(m_personTabs);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_pathLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_pathLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_pathLabel, 1);
    m_encryptionLabel = new QLabel(this);
    m_encryptionLabel->setObjectName(QStringLiteral("encryptionLabel"));
    statusBar()->addPermanentWidget(m_encryptionLabel);

    connectPersonEdits();
    createActions();
    createMenus();

    connect(m_staffList, &StaffListWidget::currentStaffChanged, this, &MainWindow::showPerson);
    m_staffList->setToday(m_clock.today());
    connect(m_staffList, &StaffListWidget::readyNowNeeded, this, &MainWindow::findReadyNow);
    connect(&m_settings, &AppSettings::changed, this, &MainWindow::applySetting);
    m_staffList->proxy()->setRetentionYears(m_settings.retentionYears());
    m_pathwayView->setHiddenWarnings(m_settings.hiddenWarnings());

    clearPersonViews(tr("Open a StaffPath database to see its staff."));
    updateTitle();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    delete m_readyNowScan;      // waits for its thread, which borrows m_engine, before the members go
    delete m_trustDialog;       // likewise for the overview's runs
    m_successionReader.reset(); // cancels and waits for its thread, which borrows the engine
}

void MainWindow::connectPersonEdits()
{
    PersonEdits::Context context;
    context.workspace = [this] { return m_workspace.get(); };
    context.framework = [this]() -> const engine::Framework* {
        const auto* engine = pathwayEngine();
        return engine ? &engine->framework() : nullptr;
    };
    context.generation = [this] { return m_settings.frameworkGeneration(); };
    context.record = [this]() -> const StaffRecord* { return m_record ? &*m_record : nullptr; };
    context.push = [this](const QString& text, Id staffId, std::function<Status()> apply,
                          std::function<Status()> revert) {
        return pushEdit(text, staffId, std::move(apply), std::move(revert));
    };
    context.showError = [this](const QString& message) { showError(message); };
    context.select = [this](Id id) { m_staffList->selectStaff(id); };
    m_personEdits = new PersonEdits(this, m_dialogs, m_clock, std::move(context));

    connect(m_personPanel, &PersonPanel::editDetailsRequested, m_personEdits, &PersonEdits::editDetails);
    connect(m_personPanel, &PersonPanel::addPostRequested, m_personEdits, &PersonEdits::addPost);
    connect(m_personPanel, &PersonPanel::editPostRequested, m_personEdits, &PersonEdits::editPost);
    connect(m_personPanel, &PersonPanel::endPostRequested, m_personEdits, &PersonEdits::endPost);
    connect(m_personPanel, &PersonPanel::removePostRequested, m_personEdits, &PersonEdits::removePost);
    connect(m_personPanel, &PersonPanel::addQualificationRequested, m_personEdits, &PersonEdits::addQualification);
    connect(m_personPanel, &PersonPanel::editQualificationRequested, m_personEdits, &PersonEdits::editQualification);
    connect(m_personPanel, &PersonPanel::removeQualificationRequested, m_personEdits,
            &PersonEdits::removeQualification);
    connect(m_personPanel, &PersonPanel::addCpdRequested, m_personEdits, &PersonEdits::addCpd);
    connect(m_personPanel, &PersonPanel::editCpdRequested, m_personEdits, &PersonEdits::editCpd);
    connect(m_personPanel, &PersonPanel::removeCpdRequested, m_personEdits, &PersonEdits::removeCpd);
}

void MainWindow::createEditActions()
{
    m_addStaffAction = new QAction(QIcon::fromTheme(QStringLiteral("contact-new")), tr("&Add Member of Staff…"), this);
    m_addStaffAction->setObjectName(QStringLiteral("addStaffAction"));
    m_addStaffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addStaffAction->setStatusTip(tr("Add someone new to the open database"));
    connect(m_addStaffAction, &QAction::triggered, m_personEdits, &PersonEdits::addStaff);

    m_editDetailsAction = new QAction(tr("Edit &Details…"), this);
    m_editDetailsAction->setObjectName(QStringLiteral("editDetailsAction"));
    m_editDetailsAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editDetailsAction->setStatusTip(tr("Change the selected person's own details"));
    connect(m_editDetailsAction, &QAction::triggered, m_personEdits, &PersonEdits::editDetails);

    m_addPostAction = new QAction(tr("Add &Post…"), this);
    m_addPostAction->setObjectName(QStringLiteral("addPostAction"));
    m_addPostAction->setStatusTip(tr("Record a new post for the selected person"));
    connect(m_addPostAction, &QAction::triggered, m_personEdits, &PersonEdits::addPost);

    m_addQualificationAction = new QAction(tr("Add &Qualification…"), this);
    m_addQualificationAction->setObjectName(QStringLiteral("addQualificationAction"));
    m_addQualificationAction->setStatusTip(tr("Record a qualification or programme, planned, under way or done"));
    connect(m_addQualificationAction, &QAction::triggered, m_personEdits, &PersonEdits::addQualification);

    m_addCpdAction = new QAction(tr("Add &CPD…"), this);
    m_addCpdAction->setObjectName(QStringLiteral("addCpdAction"));
    m_addCpdAction->setStatusTip(tr("Record a piece of professional development for the selected person"));
    connect(m_addCpdAction, &QAction::triggered, m_personEdits, &PersonEdits::addCpd);
}

void MainWindow::createActions()
{
    createBackupActions();
    createEncryptionAction();
    createAccessActions();
    createEditActions();

    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Database…"), this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new, empty StaffPath database"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an existing StaffPath database"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_connectAction =
        new QAction(QIcon::fromTheme(QStringLiteral("network-server-database")), tr("Connect to Ser&ver…"), this);
    m_connectAction->setObjectName(QStringLiteral("connectServerAction"));
    m_connectAction->setStatusTip(tr("Open a StaffPath database on a PostgreSQL server"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToServerDialog);

    m_openDemoAction = new QAction(tr("Open &Demo School"), this);
    m_openDemoAction->setObjectName(QStringLiteral("openDemoAction"));
    m_openDemoAction->setStatusTip(tr("Open a fictional trust to try StaffPath out, creating it the first time"));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoSchool);

    m_importStaffAction = new QAction(tr("&Import Staff…"), this);
    m_importStaffAction->setObjectName(QStringLiteral("importStaffAction"));
    m_importStaffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importStaffAction->setStatusTip(tr("Add and update staff from a CSV export of your MIS"));
    connect(m_importStaffAction, &QAction::triggered, this, [this] { showImportWizard(services::ImportKind::Staff); });
    m_importCpdAction = new QAction(tr("Import &CPD…"), this);
    m_importCpdAction->setObjectName(QStringLiteral("importCpdAction"));
    m_importCpdAction->setStatusTip(tr("Add CPD records from a CSV export of your MIS"));
    connect(m_importCpdAction, &QAction::triggered, this, [this] { showImportWizard(services::ImportKind::Cpd); });

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find Staff"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_staffList, &StaffListWidget::focusSearch);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));

    m_recordConversationAction = new QAction(tr("Record Co&nversation…"), this);
    m_recordConversationAction->setObjectName(QStringLiteral("recordConversationAction"));
    m_recordConversationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_recordConversationAction->setStatusTip(tr("Record a career conversation with the selected person"));
    connect(m_recordConversationAction, &QAction::triggered, this, &MainWindow::recordConversation);
    m_addObjectiveAction = new QAction(tr("Add &Objective…"), this);
    m_addObjectiveAction->setObjectName(QStringLiteral("addObjectiveAction"));
    m_addObjectiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addObjectiveAction->setStatusTip(tr("Add a performance-management objective for the selected person"));
    connect(m_addObjectiveAction, &QAction::triggered, m_reviewView, &ReviewView::addObjective);
    m_recordReviewAction = new QAction(tr("Record Re&view…"), this);
    m_recordReviewAction->setObjectName(QStringLiteral("recordReviewAction"));
    m_recordReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_recordReviewAction->setStatusTip(tr("Record a performance-management review with the selected person"));
    connect(m_recordReviewAction, &QAction::triggered, m_reviewView, &ReviewView::addReview);

    m_recordTrainingAction = new QAction(tr("Record &Training for Several People…"), this);
    m_recordTrainingAction->setObjectName(QStringLiteral("recordTrainingAction"));
    m_recordTrainingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_recordTrainingAction->setStatusTip(tr("Record one training day or conference for many people at once"));
    connect(m_recordTrainingAction, &QAction::triggered, this, &MainWindow::recordTrainingForSeveral);

    m_savePlanAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Save Plan &as PDF…"), this);
    m_savePlanAction->setObjectName(QStringLiteral("savePlanAction"));
    m_savePlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_savePlanAction->setStatusTip(tr("Save the selected person's development plan as a PDF document"));
    connect(m_savePlanAction, &QAction::triggered, this, &MainWindow::savePlanAsPdf);

    m_printPlanAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print Plan…"), this);
    m_printPlanAction->setObjectName(QStringLiteral("printPlanAction"));
    m_printPlanAction->setShortcut(QKeySequence::Print);
    m_printPlanAction->setStatusTip(tr("Print the selected person's development plan"));
    connect(m_printPlanAction, &QAction::triggered, this, &MainWindow::printPlan);

    m_successionAction = new QAction(tr("&Succession…"), this);
    m_successionAction->setObjectName(QStringLiteral("successionAction"));
    m_successionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_successionAction->setStatusTip(tr("Critical roles and who could step into them"));
    connect(m_successionAction, &QAction::triggered, this, &MainWindow::showSuccession);
    m_complianceAction = new QAction(tr("&Training Requirements…"), this);
    m_complianceAction->setObjectName(QStringLiteral("complianceAction"));
    m_complianceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_complianceAction->setStatusTip(tr("Who holds the training and qualifications they need, and what is due"));
    connect(m_complianceAction, &QAction::triggered, this, &MainWindow::showCompliance);

    m_reportsAction = new QAction(tr("&Reports…"), this);
    m_reportsAction->setObjectName(QStringLiteral("reportsAction"));
    m_reportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_reportsAction->setStatusTip(tr("CPD hours and spend, DfE standard coverage, activity types, the leadership "
                                     "pipeline and expiring qualifications, as charts and tables"));
    connect(m_reportsAction, &QAction::triggered, this, &MainWindow::showReports);

    m_trustAction = new QAction(tr("Trust &Overview…"), this);
    m_trustAction->setObjectName(QStringLiteral("trustOverviewAction"));
    m_trustAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_trustAction->setStatusTip(tr("Every school side by side: headcount, CPD hours per FTE, the leadership pipeline "
                                   "by tier and critical roles with no successor"));
    connect(m_trustAction, &QAction::triggered, this, &MainWindow::showTrustOverview);

    m_settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Choose the programme generation offered first, the review interval, the CPD "
                                      "year and the warnings shown"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = new QAction(tr("&About StaffPath"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_openAction);
    fileMenu->addAction(m_connectAction);
    m_recentMenu = new RecentFilesMenu(m_settings, fileMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, &MainWindow::openDatabase);
    fileMenu->addMenu(m_recentMenu);
    fileMenu->addAction(m_openDemoAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_backupNowAction);
    fileMenu->addAction(m_restoreAction);
    fileMenu->addAction(m_encryptAction);
    fileMenu->addAction(m_accountsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_importStaffAction);
    fileMenu->addAction(m_importCpdAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_savePlanAction);
    fileMenu->addAction(m_exportPersonAction);
    fileMenu->addAction(m_printPlanAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_findAction);
    editMenu->addSeparator();
    editMenu->addAction(m_addStaffAction);
    editMenu->addAction(m_editDetailsAction);
    editMenu->addAction(m_addPostAction);
    editMenu->addAction(m_addQualificationAction);
    editMenu->addAction(m_addCpdAction);
    editMenu->addAction(m_recordTrainingAction);
    editMenu->addSeparator();
    editMenu->addAction(m_recordConversationAction);
    editMenu->addAction(m_addObjectiveAction);
    editMenu->addAction(m_recordReviewAction);
    editMenu->addSeparator();
    editMenu->addAction(m_eraseAction);
    editMenu->addSeparator();
    editMenu->addAction(m_settingsAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addAction(m_successionAction);
    viewMenu->addAction(m_complianceAction);
    viewMenu->addAction(m_reportsAction);
    viewMenu->addAction(m_trustAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_pastRetentionAction);
    viewMenu->addAction(m_auditAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry())) {
        resize(1280, 800);
    }
    restoreState(m_settings.mainWindowState());
    if (!m_splitter->restoreState(m_settings.mainSplitterState())) {
        m_splitter->setSizes({600, 680}); // the person's tabs need the room more than the list's columns
    }
    m_staffList->restoreHeaderState(m_settings.staffTableHeaderState());
}

void MainWindow::saveWindowState()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setMainSplitterState(m_splitter->saveState());
    m_settings.setStaffTableHeaderState(m_staffList->saveHeaderState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::openAtStartup(const AppOptions& options)
{
    if (!options.file.isEmpty()) {
        openDatabase(options.file);
        return;
    }
    if (options.demo) {
        openDemoSchool();
        return;
    }
    const QString last = m_settings.lastDatabase();
    if (!last.isEmpty() && (services::Workspace::isServerLocation(last) || QFileInfo::exists(last))) {
        openDatabase(last); // if it fails, the banner says why; the user chooses what next
        return;
    }
    if (m_settings.recentFiles().isEmpty()) {
        showFirstRunWizard(); // nothing was ever opened here: ask what to start with
        return;
    }
    openDemoSchool();
}

QString MainWindow::currentPath() const
{
    if (!m_workspace) {
        return {};
    }
    const QString path = m_workspace->path();
    return services::Workspace::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
}

QString MainWindow::fileDialogDirectory() const
{
    if (m_workspace && !services::Workspace::isServerLocation(m_workspace->path())) {
        return QFileInfo(m_workspace->path()).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = m_dialogs.openFileName(this, tr("Open StaffPath Database"), fileDialogDirectory(),
                                                tr("StaffPath databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::connectToServerDialog()
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    m_connectDialog = new ConnectServerDialog(this);
    m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectDialog->setUrl(m_settings.lastServer());
    connect(m_connectDialog, &QDialog::accepted, this, [this] {
        const QString url = m_connectDialog->url();
        m_settings.setLastServer(url); // remembered whether or not it opens, so a typo is not typed twice
        openDatabase(url);
    });
    m_connectDialog->open();
}

ConnectServerDialog* MainWindow::connectServerDialog() const
{
    return m_connectDialog.data();
}

bool MainWindow::openDatabase(const QString& path)
{
    return reopenDatabase(path, {});
}

bool MainWindow::reopenDatabase(const QString& path, const QString& knownPassphrase)
{
    auto opened = OpenWithPassword::open(this, m_dialogs, path, m_clock, knownPassphrase);
    if (!opened) {
        if (opened.error().code == ErrorCode::Cancelled) {
            statusBar()->showMessage(fromStd(opened.error().message), 10000); // the user chose; nothing to fix
        } else {
            showError(fromStd(opened.error().message));
        }
        return false;
    }
    return adoptWorkspace(std::move(opened).value());
}

void MainWindow::newDatabase()
{
    QString path = m_dialogs.saveFileName(this, tr("New StaffPath Database"), fileDialogDirectory(),
                                          tr("StaffPath databases (*.sqlite)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".sqlite");
    }
    const QFileInfo target(path);
    if (target.exists()) {
        if (target.absoluteFilePath() == currentPath()) {
            showError(tr("%1 is the database open now. Choose another name for the new one.").arg(target.fileName()));
            return;
        }
        const auto answer = m_dialogs.question(
            this, tr("Replace File?"),
            tr("%1 already exists. Move it to the bin and create a new, empty database in its place?")
                .arg(target.fileName()));
        if (answer != Dialogs::Answer::Yes) {
            return;
        }
        // Never delete: the old file goes to the bin, so a wrong click can be undone.
        if (!QFile::moveToTrash(target.absoluteFilePath())) {
            showError(tr("%1 could not be moved to the bin, so nothing was changed. Choose another name.")
                          .arg(target.fileName()));
            return;
        }
    }
    createDatabase(path);
}

bool MainWindow::createDatabase(const QString& path)
{
    // Not encrypting is a choice the user makes, having been told what it means; never the default.
    const QString fileName = QFileInfo(path).fileName();
    QString passphrase;
    const auto answer = m_dialogs.question(
        this, tr("Encrypt the New File?"),
        tr("Encrypt %1 with a passphrase? Recommended: staff records and appraisals then stay private if the laptop "
           "or a backup is lost. Choose No only for a file that will hold nothing personal.")
            .arg(fileName));
    if (answer == Dialogs::Answer::Yes) {
        bool ok = false;
        passphrase = m_dialogs.password(this, tr("Passphrase for %1").arg(fileName),
                                        tr("A passphrase of at least %1 characters (a few words are easiest to "
                                           "remember). Without it nobody, StaffPath included, can open the file.")
                                            .arg(services::Workspace::kMinimumPassphraseLength),
                                        &ok);
        QString again =
            ok ? m_dialogs.password(this, tr("Passphrase for %1").arg(fileName), tr("The same passphrase again:"), &ok)
               : QString();
        const bool same = ok && again == passphrase;
        again.fill(QChar(u'\0'));
        if (!same) {
            passphrase.fill(QChar(u'\0'));
            if (ok) {
                showError(tr("The two passphrases differ, so %1 was not created.").arg(fileName));
            }
            return false;
        }
    }
    auto created = services::Workspace::create(path, m_clock, passphrase);
    passphrase.fill(QChar(u'\0'));
    if (!created) {
        showError(fromStd(created.error().message));
        return false;
    }
    return adoptWorkspace(std::move(created).value());
}

bool MainWindow::openDemoSchool()
{
    const bool firstTime = !QFileInfo::exists(m_demoPath);
    if (firstTime) {
        statusBar()->showMessage(tr("Creating the demo school…"));
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    }
    const auto demo = DemoSchool::ensureExists(m_demoPath);
    if (firstTime) {
        QGuiApplication::restoreOverrideCursor();
        statusBar()->clearMessage();
    }
    if (!demo) {
        showError(fromStd(demo.error().message));
        return false;
    }
    return openDatabase(demo.value());
}

bool MainWindow::adoptWorkspace(std::unique_ptr<services::Workspace> workspace)
{
    auto staff = workspace->staff().list();
    if (!staff) {
        showError(fromStd(staff.error().message));
        return false; // `workspace` closes here; the one already open stays
    }
    const Id previousPerson =
        m_workspace && m_workspace->path() == workspace->path() ? m_staffList->currentStaffId() : Id{0};
    delete m_readyNowScan;   // it was reading the file being closed
    delete m_accountsDialog; // both hold the file being closed
    delete m_auditDialog;
    m_workspace = std::move(workspace);
    m_undoStack->clear(); // undo steps belong to the file they were made in
    m_banner->dismiss();

    const QString path = currentPath();
    m_settings.addRecentFile(path);
    m_settings.setLastDatabase(path);
    updateTitle();

    const bool empty = staff->empty();
    giveStaffListTheRoles();
    m_staffList->setStaff(std::move(staff).value());
    m_staffList->forgetReadyNow(); // asks again at once if the "Ready now" filter is on
    if (previousPerson == 0 || !m_staffList->selectStaff(previousPerson)) {
        clearPersonViews(empty ? tr("This database has no staff yet.") : QString());
    }
    statusBar()->showMessage(tr("Opened %1").arg(m_workspace->database().displayName()), 5000);
    takeScheduledBackup();
    return true;
}

void MainWindow::showPerson(Id staffId)
{
    const bool samePerson = m_record && m_record->staff.id == staffId;
    m_profile.reset();
    m_record.reset();
    if (!samePerson) {
        m_route.reset();
        m_routePlanner->clear();
    }
    if (staffId == 0 || !m_workspace) {
        clearPersonViews();
        return;
    }
    auto record = m_workspace->staff().record(staffId, services::ProfileBuilder::kCpdRecords);
    if (!record) {
        clearPersonViews();
        showError(fromStd(record.error().message));
        return;
    }
    m_record = record.value();
    QString planTarget;
    if (const auto* engine = pathwayEngine()) {
        for (const auto& item : record->plan) {
            if (item.kind == PlanItemKind::Role && !item.targetRoleId.empty()) {
                planTarget = fromStd(engine::Explainer(engine->framework()).title(item.targetRoleId));
            }
        }
    }
    m_planView->showRecord(record.value(), true, planTarget);
    m_reviewView->showPerson(staffId);
    // The engine reads every recent activity type; the card lists only the newest few.
    StaffRecord shown = record.value();
    if (shown.recentCpd.size() > static_cast<std::size_t>(kRecentCpdShown)) {
        shown.recentCpd.erase(shown.recentCpd.begin() + kRecentCpdShown, shown.recentCpd.end());
    }
    m_personPanel->showRecord(shown);
    m_personPanel->setTrainingWarnings(trainingWarnings(*m_workspace, record.value(), m_clock.today()));
    showPathway(record.value());
}

const engine::PathwayEngine* MainWindow::pathwayEngine()
{
    if (!m_engine && m_frameworkError.isEmpty()) {
        auto loaded = m_frameworks.reload();
        if (!loaded) {
            // A broken school file must not cost the user their staff record: say why in the Pathway tab only.
            m_frameworkError = tr("The pathway framework could not be loaded, so no suggestions can be shown:\n%1")
                                   .arg(fromStd(loaded.error().message));
            return nullptr;
        }
        m_engine = std::make_unique<engine::PathwayEngine>(*loaded.value());
        m_routePlanner->setFramework(m_engine->framework());
    }
    return m_engine.get();
}

void MainWindow::showPathway(const StaffRecord& record)
{
    const auto* engine = pathwayEngine();
    if (engine == nullptr) {
        m_pathwayView->clear(m_frameworkError);
        m_pathwayMap->showMessage(m_frameworkError);
        m_gradeView->clear(m_frameworkError);
        return;
    }
    m_profile = std::make_unique<engine::Profile>(services::ProfileBuilder::fromRecord(record, &engine->framework()));
    const auto& profile = *m_profile;
    const auto assessment = engine->suggest(profile, m_clock.today());
    m_pathwayView->showAssessment(assessment, engine::Explainer(engine->framework()));
    m_pathwayMap->showPerson(engine->framework(), profile, assessment);
    m_staffList->setReadyNow(record.staff.id,
                             ReadyNowScan::isReadyNow(engine->framework(), assessment)); // an edit may have changed it

    // The grade view is for support staff: the current post's job-family grade, if it has one.
    const Date today = m_clock.today();
    const auto current =
        std::find_if(record.posts.begin(), record.posts.end(), [&](const Post& post) { return post.isCurrent(today); });
    if (current != record.posts.end() && current->grade) {
        m_gradeView->showGrade(engine->framework(), *current->grade);
    } else {
        m_gradeView->clear(tr("The current post has no support-staff grade to compare."));
    }
}

void MainWindow::planRoute(const QString& target)
{
    const auto* engine = pathwayEngine();
    if (engine == nullptr || !m_profile) {
        m_routePlanner->clear(engine == nullptr ? m_frameworkError : tr("Select a member of staff first."));
        return;
    }
    m_route = std::make_unique<engine::Route>(engine->route(*m_profile, target.toStdString(), m_clock.today()));
    m_routePlanner->showRoute(*m_route, engine::Explainer(engine->framework()));
}

void MainWindow::clearPersonViews(const QString& message)
{
    m_personPanel->clear(message);
    m_pathwayView->clear(message);
    if (message.isEmpty()) {
        m_pathwayMap->clear();
    } else {
        m_pathwayMap->showMessage(message);
    }
    m_gradeView->clear();
    m_planView->clear(message);
    m_reviewView->clear(message);
}

void MainWindow::planRouteToRole(const QString& roleId)
{
    const auto* engine = pathwayEngine();
    if (engine == nullptr) {
        return;
    }
    m_routePlanner->targetEdit()->setText(fromStd(engine::Explainer(engine->framework()).title(roleId.toStdString())));
    showPersonTab(QStringLiteral("route"));
    planRoute(roleId);
}

void MainWindow::showPersonTab(const QString& name)
{
    QWidget* tab = m_personPanel;
    if (name == QLatin1String("pathway")) {
        tab = m_pathwayView;
    } else if (name == QLatin1String("map")) {
        tab = m_pathwayMap;
    } else if (name == QLatin1String("route")) {
        tab = m_routePlanner;
    } else if (name == QLatin1String("grade")) {
        tab = m_gradeView;
    } else if (name == QLatin1String("plan")) {
        tab = m_planView;
    } else if (name == QLatin1String("review")) {
        tab = m_reviewView;
    }
    m_personTabs->setCurrentWidget(tab);
}

void MainWindow::showError(const QString& message)
{
    m_banner->showMessage(message.isEmpty() ? tr("Something went wrong, and StaffPath could not say what.") : message,
                          MessageBanner::Type::Error);
}

void MainWindow::updateTitle()
{
    if (m_workspace && services::Workspace::isServerLocation(m_workspace->path())) {
        // A server's database: its name and server, never a path made from the URL. The URL has no password.
        setWindowTitle(tr("StaffPath — %1").arg(m_workspace->database().displayName()));
        m_pathLabel->setText(m_workspace->database().displayName());
        m_pathLabel->setToolTip(m_workspace->path());
    } else if (m_workspace) {
        setWindowTitle(tr("StaffPath — %1").arg(m_workspace->database().displayName()));
        const QString full = QDir::toNativeSeparators(currentPath());
        QString shown = full;
#if defined(Q_OS_UNIX)
        // The shell's shorthand: the path people recognise, and the part that matters stays visible.
        const QString home = QDir::homePath();
        if (shown.startsWith(home + QLatin1Char('/'))) {
            shown = QLatin1Char('~') + shown.mid(home.size());
        }
#endif
        m_pathLabel->setText(shown);
        m_pathLabel->setToolTip(full);
    }
    // Whether a lost laptop gives the file away, said where it is always in sight.
    const bool isFileOpen = m_workspace && !services::Workspace::isServerLocation(m_workspace->path());
    m_encryptionLabel->setVisible(isFileOpen);
    if (isFileOpen && m_workspace->isEncrypted()) {
        m_encryptionLabel->setText(tr("Encrypted"));
        m_encryptionLabel->setToolTip(tr("The file on the disk is encrypted: it opens only with its passphrase."));
    } else if (isFileOpen) {
        m_encryptionLabel->setText(tr("Not encrypted"));
        m_encryptionLabel->setToolTip(tr("Anyone who has this file, or a backup of it, can read it. An administrator "
                                         "can encrypt it: staffpath-cli encrypt --db FILE (docs/security.md)."));
    }
    if (!m_workspace) {
        setWindowTitle(tr("StaffPath"));
        m_pathLabel->setText(tr("No database open"));
        m_pathLabel->setToolTip({});
    }
    updateBackupActions();
    updateEncryptionAction();
    updateAccessActions();
}

void MainWindow::showCompliance()
{
    if (!m_workspace) {
        showError(tr("Open a StaffPath database to see its training and requirements."));
        return;
    }
    auto rules = services::ComplianceRules::loadFor(m_workspace->path().toStdString());
    if (!rules) {
        showError(QString::fromStdString(rules.error().message));
        return;
    }
    auto grid = services::complianceGrid(m_workspace->database(), *rules, m_clock.today());
    if (!grid) {
        showError(QString::fromStdString(grid.error().message));
        return;
    }
    auto* view = new ComplianceView(std::move(grid).value(), this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &ComplianceView::personActivated, this, [this](Id id) { m_staffList->selectStaff(id); });
    view->show();
}

SuccessionDialog* MainWindow::successionDialog() const
{
    return m_successionDialog.data();
}

ReportsWindow* MainWindow::reportsWindow() const
{
    return m_reportsWindow.data();
}

void MainWindow::setReportProvider(ReportsWindow::Provider provider)
{
    m_reportProvider = std::move(provider);
    if (m_reportsWindow) {
        m_reportsWindow->reload();
    }
}

Result<services::reports::Report> MainWindow::buildReport(const services::reports::Request& request)
{
    if (!m_workspace) {
        return makeError(ErrorCode::NotFound, tr("Open a StaffPath database to see its reports.").toStdString());
    }
    services::reports::ReportContext context;
    const MonthDay start = m_settings.cpdYearStart();
    context.yearStartMonth = start.month;
    context.yearStartDay = start.day;
    context.engine = m_engine.get();
    return services::reports::ReportService::build(*m_workspace, request, m_clock, context);
}

TrustOverviewDialog* MainWindow::trustOverviewDialog() const
{
    return m_trustDialog.data();
}

void MainWindow::showTrustOverview()
{
    if (!m_workspace) {
        showError(tr("Open a StaffPath database to see its trust overview."));
        return;
    }
    const auto* engine = pathwayEngine();
    if (engine == nullptr) {
        showError(m_frameworkError);
        return;
    }
    if (m_trustDialog) {
        m_trustDialog->close();
    }
    // One bulk read and the engine over everyone: most of a second for 5,000 staff in a release build, seconds in
    // a debug one, so the dialog runs it on a thread. The settings are read here, on the window's thread.
    auto provider = [this, engine](const services::TrustOverviewOptions& chosen) -> TrustOverviewRun::Work {
        if (!m_workspace) {
            const std::string closed = tr("Open a StaffPath database to see its trust overview.").toStdString();
            return [closed](const services::TrustOverview::Progress&) {
                return Result<services::TrustOverviewData>(makeError(ErrorCode::NotFound, closed));
            };
        }
        services::TrustOverviewOptions options = chosen;
        const MonthDay start = m_settings.cpdYearStart();
        options.yearStartMonth = start.month;
        options.yearStartDay = start.day;
        const services::Clock* clock = &m_clock;
        return [path = m_workspace->path(), openOptions = m_workspace->openOptions(), actor = m_workspace->actor(),
                clock, engine,
                options](const services::TrustOverview::Progress& progress) -> Result<services::TrustOverviewData> {
            auto workspace = services::Workspace::openAs(path, *clock, openOptions, actor);
            if (!workspace) {
                return workspace.error();
            }
            return services::TrustOverview::build(*workspace.value(), *clock, *engine, options, progress);
        };
    };
    m_trustDialog = new TrustOverviewDialog(provider, this);
    m_trustDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_trustDialog, &TrustOverviewDialog::schoolActivated, this, [this](qlonglong schoolId) {
        QComboBox* combo = m_staffList->schoolComboBox();
        const int index = combo->findData(schoolId);
        if (index >= 0) {
            combo->setCurrentIndex(index);
            statusBar()->showMessage(tr("The staff list shows %1.").arg(combo->itemText(index)), 5000);
        }
    });
    m_trustDialog->show();
}

void MainWindow::showReports()
{
    if (!m_reportsWindow) {
        auto provider = [this](const services::reports::Request& request) {
            return m_reportProvider ? m_reportProvider(request) : buildReport(request);
        };
        m_reportsWindow = new ReportsWindow(provider, m_dialogs, this);
        m_reportsWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_reportsWindow->setOutputDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        connect(m_reportsWindow, &ReportsWindow::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    }
    std::vector<ReportsWindow::SchoolChoice> schools;
    if (m_workspace) {
        if (auto listed = m_workspace->staff().schools(); listed.ok()) {
            for (const School& school : listed.value()) {
                schools.push_back({school.id, QString::fromStdString(school.name)});
            }
        }
    }
    m_reportsWindow->setYears(m_settings.cpdYearStartingOnOrBefore(m_clock.today()).year);
    m_reportsWindow->setSchools(schools);
    m_reportsWindow->show();
    m_reportsWindow->raise();
    m_reportsWindow->activateWindow();
}

void MainWindow::showImportWizard(services::ImportKind kind)
{
    if (!m_workspace) {
        showError(tr("Open a StaffPath database to import into."));
        return;
    }
    auto shipped = services::HeaderSynonyms::locateShippedFile();
    auto synonyms =
        shipped ? services::HeaderSynonyms::load(shipped.value()) : Result<services::HeaderSynonyms>(shipped.error());
    if (!synonyms) {
        showError(fromStd(synonyms.error().message));
        return;
    }
    auto* wizard =
        new ImportWizard(kind, m_workspace->database(), m_clock, std::move(synonyms.value()), m_dialogs, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] { refreshAfterEdit(m_staffList->currentStaffId(), {}); });
    wizard->open();
}

void MainWindow::showSuccession()
{
    if (!m_workspace) {
        showError(tr("Open a StaffPath database to see its succession."));
        return;
    }
    const auto* engine = pathwayEngine();
    if (engine == nullptr) {
        showError(m_frameworkError);
        return;
    }
    if (m_successionDialog) {
        m_successionDialog->close();
    }
    if (isBusy()) {
        return; // already reading; its progress dialog is up
    }
    // Reading a trust's every record takes seconds, so it happens on a thread with its own connection to the
    // file while the window stays responsive.
    auto* progress = new QProgressDialog(tr("Reading every member of staff…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("successionProgress"));
    progress->setWindowTitle(tr("Succession"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);

    const QString path = m_workspace->path();
    const store::OpenOptions options = m_workspace->openOptions(); // a server's password, if one was typed
    const Date today = m_clock.today();
    const services::Clock* clock = &m_clock;
    const engine::Framework* framework = &engine->framework();
    auto work = [path, options, actor = m_workspace->actor(), today, clock,
                 framework](const SuccessionReader::Progress& counted) -> Result<std::vector<engine::Person>> {
        auto workspace = services::Workspace::openAs(path, *clock, options, actor);
        if (!workspace) {
            return workspace.error();
        }
        return services::ProfileBuilder::everyone(workspace.value()->staff(), today, framework, counted);
    };
    // The reader of the run before, if any, has ended: replacing it here is never from inside its own report.
    m_successionReader = std::make_unique<SuccessionReader>(
        this, QStringLiteral("successionReader"), std::move(work),
        [progress](int done, int total) {
            progress->setMaximum(total);
            progress->setValue(done);
        },
        [this, progress, engine, today](Result<std::vector<engine::Person>>* people) {
            progress->deleteLater();
            if (!people) {
                statusBar()->showMessage(tr("Succession cancelled."), 5000);
                return;
            }
            if (!*people) {
                showError(fromStd(people->error().message));
                return;
            }
            m_successionDialog = new SuccessionDialog(*engine, std::move(*people).value(), today, this);
            m_successionDialog->setAttribute(Qt::WA_DeleteOnClose);
            m_successionDialog->show();
        });
    connect(progress, &QProgressDialog::canceled, this, [this] { m_successionReader->cancel(); });
}

bool MainWindow::isBusy() const
{
    return m_successionReader && m_successionReader->isRunning();
}

void MainWindow::showAbout()
{
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        m_aboutDialog->activateWindow();
        return;
    }
    m_aboutDialog = new AboutDialog(this);
    m_aboutDialog->setObjectName(QStringLiteral("aboutDialog"));
    m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aboutDialog->open();
}

bool MainWindow::pushEdit(const QString& text, Id staffId, std::function<Status()> apply,
                          std::function<Status()> revert)
{
    const Status outcome = apply();
    if (!outcome && outcome.error().code == ErrorCode::Cancelled) {
        refreshAfterEdit(staffId, outcome); // the user chose someone else's version: show it
        return false;
    }
    if (!outcome) {
        showError(fromStd(outcome.error().message));
        return false;
    }
    m_undoStack->push(new EditCommand(text, staffId, std::move(apply), std::move(revert),
                                      [this](Id id, const Status& result) { refreshAfterEdit(id, result); }));
    refreshAfterEdit(staffId, outcome);
    statusBar()->showMessage(text, 5000);
    return true;
}

void MainWindow::refreshAfterEdit(Id staffId, const Status& outcome)
{
    if (!outcome && outcome.error().code == ErrorCode::Cancelled) {
        if (!outcome.error().message.empty()) {
            m_banner->showMessage(fromStd(outcome.error().message), MessageBanner::Type::Information);
        }
    } else if (!outcome) {
        showError(tr("That could not be undone or redone, so it has been taken off the undo list: %1")
                      .arg(fromStd(outcome.error().message)));
    }
    if (!m_workspace) {
        return;
    }
    QWidget* tab = m_personTabs->currentWidget();
    auto staff = m_workspace->staff().list();
    if (!staff) {
        showError(fromStd(staff.error().message));
        return;
    }
    m_staffList->setStaff(std::move(staff).value());
    // Show the person the edit was about even if the user had moved on: an undo should be seen to happen.
    if (m_staffList->selectStaff(staffId) && m_staffList->currentStaffId() == staffId) {
        showPerson(staffId);
    }
    m_personTabs->setCurrentWidget(tab);
}

void MainWindow::recordConversation()
{
    if (!m_workspace || !m_record) {
        showError(tr("Select a member of staff first, then record the conversation."));
        return;
    }
    CareerConversation initial;
    initial.staffId = m_record->staff.id;
    initial.heldOn = m_clock.today();
    initial.nextReview = m_clock.today().addMonths(m_settings.reviewIntervalMonths());
    initial.wantsHeadship = m_record->staff.wantsHeadship;
    if (!m_record->conversations.empty()) {
        // Last time's target is the usual starting point for this time's.
        initial.targetRoleId = m_record->conversations.front().targetRoleId;
        initial.targetRoleTitle = m_record->conversations.front().targetRoleTitle;
    }
    openConversationDialog(initial);
}

void MainWindow::recordTrainingForSeveral()
{
    if (!m_workspace) {
        showError(tr("Open a StaffPath database first, then record the training."));
        return;
    }
    auto staff = m_workspace->staff().list();
    auto schools = m_workspace->staff().schools();
    if (!staff || !schools) {
        showError(fromStd(!staff ? staff.error().message : schools.error().message));
        return;
    }
    std::vector<StaffSummary> current;
    for (StaffSummary& person : staff.value()) {
        if (!person.leavingDate || *person.leavingDate >= m_clock.today()) {
            current.push_back(std::move(person));
        }
    }
    auto bulk = std::make_shared<services::BulkCpd>(m_workspace->database());
    auto* dialog = new BulkCpdDialog(
        std::move(current), schools.value(), m_clock.today(),
        [bulk](const services::BulkCpdEntry& entry) { return bulk->validate(entry); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_record) {
        dialog->preselect(m_record->staff.id);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, bulk] {
        const services::BulkCpdEntry entry = dialog->value();
        auto ids = std::make_shared<store::CpdEventIds>();
        // The open person stays open and their Record tab is read again after each step.
        const Id shown = m_record ? m_record->staff.id : entry.people.front().staffId;
        const QString text =
            entry.people.size() == 1
                ? tr("Record \"%1\" for 1 person").arg(fromStd(entry.activity.title))
                : tr("Record \"%1\" for %2 people").arg(fromStd(entry.activity.title)).arg(entry.people.size());
        pushEdit(
            text, shown,
            [bulk, entry, ids]() -> Status {
                auto made = bulk->restore(entry, *ids); // the first time with no ids; a redo keeps them
                if (!made) {
                    return made.error();
                }
                *ids = std::move(made).value();
                return {};
            },
            [bulk, ids] { return bulk->remove(ids->eventId); });
    });
    dialog->open();
}

void MainWindow::editConversation(const CareerConversation& conversation)
{
    if (m_workspace) {
        openConversationDialog(conversation);
    }
}

void MainWindow::openConversationDialog(const CareerConversation& initial)
{
    auto* editor = &m_workspace->editor();
    auto* dialog = new ConversationDialog(
        initial, [editor](const CareerConversation& c) { return editor->validate(c); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto staff = m_workspace->staff().list()) {
        QList<QPair<Id, QString>> leaders;
        for (const auto& person : staff.value()) {
            if (person.id != initial.staffId && !person.leavingDate) {
                leaders.append({person.id, fromStd(person.displayName)});
            }
        }
        dialog->setLeaders(leaders);
    }
    if (const auto* engine = pathwayEngine()) {
        QStringList names;
        for (const auto& role : engine->framework().roles()) {
            if (!role.legacy) {
                names << fromStd(role.title);
            }
        }
        names.sort(Qt::CaseInsensitive);
        dialog->setRoles(names, [engine](const QString& typed) -> std::optional<std::pair<std::string, std::string>> {
            const auto match = engine->resolver().resolveRole(typed.toStdString());
            if (!match.resolved()) {
                return std::nullopt;
            }
            return std::pair{match.id, engine::Explainer(engine->framework()).title(match.id)};
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, initial, editor] {
        const CareerConversation after = dialog->value();
        const Id staffId = after.staffId;
        const QString name = m_record ? fromStd(m_record->staff.displayName()) : QString();
        if (initial.id == 0) {
            auto stored = std::make_shared<CareerConversation>(after);
            pushEdit(
                tr("Record conversation with %1").arg(name), staffId,
                [editor, stored]() -> Status {
                    auto id = editor->addConversation(*stored);
                    if (!id) {
                        return id.error();
                    }
                    stored->id = id.value(); // a redo brings it back under the same id
                    return {};
                },
                [editor, stored] { return editor->removeConversation(stored->id); });
        } else {
            pushEdit(
                tr("Edit conversation with %1").arg(name), staffId,
                [editor, after] { return editor->saveConversation(after); },
                [editor, initial] { return editor->saveConversation(initial); });
        }
    });
    dialog->open();
}

void MainWindow::removeConversation(const CareerConversation& conversation)
{
    if (!m_workspace) {
        return;
    }
    auto* editor = &m_workspace->editor();
    pushEdit(
        tr("Remove conversation of %1").arg(DisplayText::date(conversation.heldOn)), conversation.staffId,
        [editor, conversation] { return editor->removeConversation(conversation.id); },
        [editor, conversation]() -> Status {
            auto id = editor->addConversation(conversation);
            return id ? Status{} : Status{id.error()};
        });
}

void MainWindow::addRouteToPlan()
{
    const auto* engine = pathwayEngine();
    if (!m_workspace || !m_record || !m_route || engine == nullptr) {
        showError(tr("Plan a route for the selected person first, then add it to the plan."));
        return;
    }
    auto items = std::make_shared<std::vector<PlanItem>>(
        services::planFromRoute(*m_route, engine::Explainer(engine->framework()), m_record->staff.id, m_record->plan));
    if (items->empty()) {
        m_banner->showMessage(tr("Every step of this route is already in the plan."), MessageBanner::Type::Information);
        return;
    }
    auto* editor = &m_workspace->editor();
    const QString target = fromStd(engine::Explainer(engine->framework()).title(m_route->target));
    pushEdit(
        tr("Add the route to %1 to the plan").arg(target), m_record->staff.id,
        [editor, items]() -> Status {
            auto ids = editor->addPlanItems(*items);
            if (!ids) {
                return ids.error();
            }
            for (std::size_t i = 0; i < items->size() && i < ids->size(); ++i) {
                (*items)[i].id = (*ids)[i];
            }
            return {};
        },
        [editor, items] {
            std::vector<Id> ids;
            for (const auto& item : *items) {
                ids.push_back(item.id);
            }
            return editor->removePlanItems(ids);
        });
}

void MainWindow::changePlanItem(const PlanItem& before, const PlanItem& after)
{
    if (!m_workspace) {
        return;
    }
    auto* editor = &m_workspace->editor();
    pushEdit(
        tr("Update plan step \"%1\"").arg(fromStd(after.title)), after.staffId,
        [editor, after] { return editor->savePlanItem(after); },
        [editor, before] { return editor->savePlanItem(before); });
}

void MainWindow::removePlanItems(const std::vector<PlanItem>& items)
{
    if (!m_workspace || items.empty()) {
        return;
    }
    auto* editor = &m_workspace->editor();
    auto kept = std::make_shared<std::vector<PlanItem>>(items);
    pushEdit(
        tr("Remove %n plan step(s)", nullptr, static_cast<int>(items.size())), items.front().staffId,
        [editor, kept] {
            std::vector<Id> ids;
            for (const auto& item : *kept) {
                ids.push_back(item.id);
            }
            return editor->removePlanItems(ids);
        },
        [editor, kept]() -> Status {
            // Back under the same ids, then back in their old places in the plan.
            auto ids = editor->addPlanItems(*kept);
            if (!ids) {
                return ids.error();
            }
            for (const auto& item : *kept) {
                if (Status s = editor->savePlanItem(item); !s) {
                    return s;
                }
            }
            return {};
        });
}

std::optional<reports::PlanReportInput> MainWindow::planReportInput()
{
    if (!m_workspace || !m_record) {
        showError(tr("Select a member of staff first, then print or save their plan."));
        return std::nullopt;
    }
    pathwayEngine(); // loads the framework if nobody has yet; without it the plan prints without suggestions
    return reports::makePlanReportInput(*m_record, m_frameworks.framework(), m_clock.today());
}

void MainWindow::savePlanAsPdf()
{
    const auto input = planReportInput();
    if (!input) {
        return;
    }
    const auto saved = PlanOutput::savePdf(this, m_dialogs, *input,
                                           QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!saved) {
        showError(fromStd(saved.error().message));
    } else if (!saved->isEmpty()) {
        statusBar()->showMessage(*saved, 10000);
    }
}

void MainWindow::printPlan()
{
    const auto input = planReportInput();
    if (!input) {
        return;
    }
    const auto printed = PlanOutput::print(this, m_dialogs, *input);
    if (!printed) {
        showError(fromStd(printed.error().message));
    } else if (!printed->isEmpty()) {
        statusBar()->showMessage(*printed, 10000);
    }
}

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_settings, this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->open();
}

void MainWindow::applySetting(AppSettings::Key key)
{
    // The generation and the review interval are read when a form opens; the CPD year start when CPD is summed.
    if (key == AppSettings::Key::HiddenWarnings) {
        m_pathwayView->setHiddenWarnings(m_settings.hiddenWarnings());
    }
    if (key == AppSettings::Key::RetentionYears) {
        m_staffList->proxy()->setRetentionYears(m_settings.retentionYears());
    }
}

void MainWindow::giveStaffListTheRoles()
{
    QHash<QString, RoleInfo> roles;
    if (const auto* engine = pathwayEngine()) {
        const auto& framework = engine->framework();
        for (const auto& role : framework.roles()) {
            const auto* track = framework.track(role.track);
            roles.insert(fromStd(role.id), RoleInfo{fromStd(role.title), track ? fromStd(track->title) : QString()});
        }
    }
    m_staffList->setRoles(std::move(roles)); // without a framework: the schools' own titles, and no tracks
}

void MainWindow::findReadyNow()
{
    const auto* engine = pathwayEngine();
    if (!m_workspace || engine == nullptr) {
        m_staffList->readyNowFailed();
        showError(m_workspace ? m_frameworkError : tr("Open a StaffPath database to see who is ready now."));
        return;
    }
    if (m_readyNowScan) {
        return; // already finding out
    }
    m_readyNowScan =
        new ReadyNowScan(m_workspace->path(), m_workspace->openOptions(), m_workspace->actor(), m_clock, *engine, this);
    connect(m_readyNowScan, &ReadyNowScan::progress, m_staffList, &StaffListWidget::showReadyNowProgress);
    const auto done = [this] {
        m_readyNowScan->deleteLater();
        m_readyNowScan = nullptr; // a new file may start another while this one is on its way out
    };
    connect(m_readyNowScan, &ReadyNowScan::finished, this, [this, done](const QSet<Id>& ready) {
        done();
        m_staffList->setReadyNowStaff(ready);
    });
    connect(m_readyNowScan, &ReadyNowScan::failed, this, [this, done](const QString& message) {
        done();
        m_staffList->readyNowFailed();
        showError(message);
    });
}

} // namespace staffpath::app
