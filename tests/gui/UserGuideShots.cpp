// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: walks the real window through the career conversation docs/user-guide.md describes, on the demo
// trust, and saves a picture of each step. scripts/update-screenshots.sh runs it; look at every picture after.
#include "AccountEditDialog.h"
#include "AccountsDialog.h"
#include "AppSettings.h"
#include "AuditDialog.h"
#include "ConnectServerDialog.h"
#include "ConversationDialog.h"
#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "PersonPanel.h"
#include "PlanView.h"
#include "ReportsWindow.h"
#include "RestoreBackupDialog.h"
#include "RoutePlannerView.h"
#include "SettingsDialog.h"
#include "StaffDetailsDialog.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"
#include "SuccessionDialog.h"
#include "TestDialogs.h"
#include "TrustOverviewDialog.h"
#include "ui_ConversationDialog.h"

#include "staffpath/services/Accounts.h"
#include "staffpath/services/Backups.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/DemoService.h"
#include "staffpath/services/RecordEditor.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/store/BackupFiles.h"
#include "staffpath/store/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <cstdio>

using namespace staffpath;
using namespace staffpath::app;

namespace {

QString g_out;

void settle(int ms = 250)
{
    QTest::qWait(ms);
}

bool save(QWidget* widget, const QString& name)
{
    settle();
    const QString path = QDir(g_out).filePath(name);
    const bool ok = widget->grab().save(path, "PNG");
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

QAction* action(MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

/** The person the guide follows: a class teacher with a few years' history, in the secondary school. */
Id pickTeacher(MainWindow& window)
{
    auto* model = window.staffList()->findChild<StaffTableModel*>();
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto& s = model->summary(r);
        if (QString::fromStdString(s.roleTitle).startsWith(QStringLiteral("Teacher of")) && s.qts && s.fte >= 1.0) {
            return s.id;
        }
    }
    return 0;
}

Id pickSupportStaff(MainWindow& window)
{
    auto* model = window.staffList()->findChild<StaffTableModel*>();
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto& s = model->summary(r);
        if (s.grade && *s.grade == 4 &&
            QString::fromStdString(s.roleTitle).contains(QStringLiteral("Teaching Assistant"))) {
            return s.id;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StaffPath"));
    QApplication::setApplicationName(QStringLiteral("StaffPath"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT-FOLDER\n", argv[0]);
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_out);
    // The app's own en_GB words ("12 months", not the source's "12 month(s)"), as main() installs them.
    QTranslator words;
    if (words.load(QStringLiteral(":/translations/staffpath_en_GB.qm"))) {
        QCoreApplication::installTranslator(&words);
    }

    QTemporaryDir scratch;
    const QString db = QDir(scratch.path()).filePath(QStringLiteral("demo-school.sqlite"));
    if (auto made = services::DemoService::createDemoDatabase(db, services::DemoOptions{}); !made) {
        std::fprintf(stderr, "%s\n", made.error().message.c_str());
        return 1;
    }
    AppSettings settings(QDir(scratch.path()).filePath(QStringLiteral("settings.ini")));
    test::TestDialogs dialogs;
    services::FixedClock clock(Date{2026, 11, 23});
    MainWindow window(settings, dialogs, clock);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openDatabase(db)) {
        return 1;
    }
    settle(300);

    const Id teacher = pickTeacher(window);
    window.staffList()->selectStaff(teacher);
    window.showPersonTab(QStringLiteral("record"));
    save(&window, QStringLiteral("main-window.png"));
    window.showPersonTab(QStringLiteral("pathway"));
    save(&window, QStringLiteral("pathway.png"));
    window.showPersonTab(QStringLiteral("map"));
    save(&window, QStringLiteral("map-tab.png"));

    window.showPersonTab(QStringLiteral("route"));
    QTest::keyClicks(window.routePlanner()->targetEdit(), QStringLiteral("deputy head"));
    QTest::keyClick(window.routePlanner()->targetEdit(), Qt::Key_Return);
    save(&window, QStringLiteral("route.png"));
    QTest::mouseClick(window.routePlanner()->addToPlanButton(), Qt::LeftButton);

    action(window, "recordConversationAction")->trigger();
    settle();
    if (auto* dialog = window.findChild<ConversationDialog*>()) {
        auto* ui = dialog->ui();
        ui->heldOnEdit->setText(QStringLiteral("23/11/2026"));
        if (const int lineManager = ui->ledByEdit->findText(QStringLiteral("Eilidh Turner")); lineManager >= 0) {
            ui->ledByEdit->setCurrentIndex(lineManager);
        }
        ui->aspirationEdit->setPlainText(
            QStringLiteral("Leading a department within two years, then a place on the senior team."));
        ui->targetRoleEdit->setText(QStringLiteral("Deputy headteacher"));
        ui->notesEdit->setPlainText(QStringLiteral("Keen on curriculum; wants to try whole-school work first."));
        const QStringList actions[] = {
            {QStringLiteral("Apply for NPQ for Senior Leadership (spring cohort)"), QStringLiteral("Self"),
             QStringLiteral("31/01/2027")},
            {QStringLiteral("Shadow the deputy head on timetabling for half a term"), QStringLiteral("Headteacher"),
             QStringLiteral("31/03/2027")},
        };
        for (const QStringList& row : actions) {
            QTest::mouseClick(ui->addActionButton, Qt::LeftButton);
            const int r = ui->actionsTable->rowCount() - 1;
            for (int c = 0; c < row.size(); ++c) {
                ui->actionsTable->item(r, c)->setText(row[c]);
            }
        }
        save(dialog, QStringLiteral("conversation.png"));
        QTest::mouseClick(ui->buttonBox->button(QDialogButtonBox::Save), Qt::LeftButton);
    }
    window.showPersonTab(QStringLiteral("plan"));
    save(&window, QStringLiteral("plan.png"));

    const QString pdf = QDir(g_out).filePath(QStringLiteral("../sample-plan.pdf"));
    QFile::remove(pdf);
    dialogs.setNextFileName(pdf);
    action(window, "savePlanAction")->trigger();
    std::printf("wrote %s\n", qPrintable(QDir::cleanPath(pdf)));

    window.showPersonTab(QStringLiteral("record"));
    action(window, "editDetailsAction")->trigger();
    settle();
    if (auto* dialog = window.findChild<StaffDetailsDialog*>()) {
        save(dialog, QStringLiteral("edit-person.png"));
        dialog->reject();
    }

    const Id assistant = pickSupportStaff(window);
    window.staffList()->selectStaff(assistant);
    window.showPersonTab(QStringLiteral("grade"));
    save(&window, QStringLiteral("grade.png"));

    // The whole school: one track, reviews due, who could step up now.
    StaffListWidget* list = window.staffList();
    list->trackComboBox()->setCurrentIndex(
        list->trackComboBox()->findText(QStringLiteral("Teaching and middle leadership")));
    QTest::mouseClick(list->readyNowButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([list] { return list->isReadyNowKnown(); }, 60000)) {
        std::fprintf(stderr, "readiness was not worked out in a minute\n");
        return 1;
    }
    list->selectFirstRow();
    window.showPersonTab(QStringLiteral("pathway"));
    save(&window, QStringLiteral("staff-filters.png"));
    QTest::mouseClick(list->clearFiltersButton(), Qt::LeftButton);

    settings.setHiddenWarnings({QStringLiteral("R-TAL-06"), QStringLiteral("qts_inferred")});
    action(window, "settingsAction")->trigger();
    settle();
    if (auto* dialog = window.findChild<SettingsDialog*>()) {
        dialog->resize(640, 580);
        save(dialog, QStringLiteral("settings.png"));
        dialog->reject();
    }

    // File → Connect to Server, filled from the last server used (docs/postgresql.md).
    settings.setLastServer(QStringLiteral("postgresql://head@db.trust.example:5432/staffpath?sslmode=require"));
    action(window, "connectServerAction")->trigger();
    settle();
    if (ConnectServerDialog* dialog = window.connectServerDialog()) {
        dialog->resize(600, dialog->sizeHint().height());
        settle();
        save(dialog, QStringLiteral("connect-server.png"));
        dialog->reject();
    }

    action(window, "successionAction")->trigger();
    SuccessionDialog* succession = nullptr;
    if (!QTest::qWaitFor([&] { return (succession = window.successionDialog()) != nullptr && succession->isVisible(); },
                         30000)) {
        std::fprintf(stderr, "the succession view did not open in 30 s\n");
        return 1;
    }
    if (succession != nullptr) {
        succession->resize(1100, 700);
        save(succession, QStringLiteral("succession.png"));
        succession->close();
    }

    // The report governors ask for most, per team: each department's hours against its FTE.
    action(window, "reportsAction")->trigger();
    settle();
    if (ReportsWindow* reports = window.reportsWindow()) {
        QComboBox* group = reports->groupComboBox();
        group->setCurrentIndex(group->findText(QStringLiteral("Team")));
        reports->resize(1100, 760);
        save(reports, QStringLiteral("reports.png"));
        reports->close();
    }

    // File → Restore from Backup…, over a week of the copies StaffPath keeps (docs/user-guide.md, "Backups").
    const std::pair<QDateTime, services::BackupKind> copies[] = {
        {QDateTime(QDate(2026, 11, 16), QTime(8, 12)), services::BackupKind::BeforeMigration},
        {QDateTime(QDate(2026, 11, 17), QTime(8, 3)), services::BackupKind::Scheduled},
        {QDateTime(QDate(2026, 11, 18), QTime(8, 41)), services::BackupKind::Scheduled},
        {QDateTime(QDate(2026, 11, 18), QTime(16, 55)), services::BackupKind::Manual},
        {QDateTime(QDate(2026, 11, 19), QTime(9, 7)), services::BackupKind::Scheduled},
        {QDateTime(QDate(2026, 11, 20), QTime(8, 30)), services::BackupKind::Scheduled},
    };
    for (const auto& [when, kind] : copies) {
        const bool made = kind == services::BackupKind::BeforeMigration
                              ? store::backupfiles::ensureFolder(db).ok() &&
                                    store::Database::copyFile(db, store::backupfiles::newBackupPath(
                                                                      db, when, QStringLiteral("before-migration-v5")))
                                        .ok()
                              : services::Backups::takeBackupOfFile(db, kind, when).ok();
        if (!made) {
            std::fprintf(stderr, "could not make the backups for restore.png\n");
        }
    }
    action(window, "restoreBackupAction")->trigger();
    settle();
    if (RestoreBackupDialog* dialog = window.restoreBackupDialog()) {
        dialog->resize(620, 340);
        settle();
        save(dialog, QStringLiteral("restore.png"));
        dialog->reject();
    }

    // File → Accounts…: the file's first administrator, made through the form, then a team of accounts.
    action(window, "accountsAction")->trigger();
    settle();
    if (AccountsDialog* accounts = window.accountsDialog()) {
        accounts->addAccount();
        if (AccountEditDialog* form = accounts->editDialog()) {
            form->findChild<QLineEdit*>(QStringLiteral("accountUsername"))->setText(QStringLiteral("head"));
            form->findChild<QLineEdit*>(QStringLiteral("accountName"))->setText(QStringLiteral("Grace Okafor"));
            form->findChild<QLineEdit*>(QStringLiteral("accountPassword"))
                ->setText(QStringLiteral("governors-tuesday"));
            form->findChild<QLineEdit*>(QStringLiteral("accountConfirm"))->setText(QStringLiteral("governors-tuesday"));
            form->findChild<QPushButton*>(QStringLiteral("accountSave"))->click();
        }
        accounts->close();
        settle();
    }
    {
        // A second connection, signed in as the head, adds the others and makes a few changes for the trail.
        auto side = services::Workspace::open(db, clock);
        if (side && side.value()->signIn("head", "governors-tuesday").ok()) {
            services::Workspace& w = *side.value();
            const auto people = w.staff().list();
            const auto add = [&](const char* user, const char* name, Role role, std::optional<Id> staff) {
                Account a;
                a.username = user;
                a.displayName = name;
                a.role = role;
                a.staffId = staff;
                (void)services::Accounts(w.database()).add(a, "a-long-enough-phrase");
            };
            if (people && people->size() > 3) {
                add("bursar", "School business manager", Role::BusinessManager, (*people)[1].id);
                add("deputy", "Deputy head", Role::LineManager, (*people)[2].id);
                add("ta.smith", "Teaching assistant", Role::Staff, (*people)[3].id);
                for (std::size_t i = 0; i < 3; ++i) {
                    auto record = w.staff().record((*people)[i].id, 0);
                    if (record) {
                        Staff s = record->staff;
                        s.team = i == 0 ? "Leadership" : i == 1 ? "Maths" : "SEND";
                        (void)w.editor().saveStaff(s);
                    }
                }
            }
        }
    }
    action(window, "accountsAction")->trigger();
    settle();
    if (AccountsDialog* accounts = window.accountsDialog()) {
        accounts->resize(760, 300);
        settle();
        save(accounts, QStringLiteral("accounts.png"));
        accounts->close();
    }
    // View → Audit Trail…, with the change to a person's team selected.
    action(window, "auditAction")->trigger();
    settle();
    if (AuditDialog* audit = window.auditDialog()) {
        audit->resize(1100, 600);
        audit->table()->selectRow(0);
        settle();
        save(audit, QStringLiteral("audit.png"));
        audit->close();
    }

    // The first start: a new school file's administrator.
    {
        FirstRunWizard wizard(dialogs, QDir(scratch.path()).filePath(QStringLiteral("school-staff.sqlite")), nullptr);
        wizard.findChild<QRadioButton*>(QStringLiteral("firstRunNew"))->setChecked(true);
        wizard.show();
        wizard.next();
        // Where the file goes, and the passphrase that encrypts it.
        wizard.findChild<QLineEdit*>(QStringLiteral("firstRunPassphrase"))
            ->setText(QStringLiteral("oak-tree-in-march"));
        wizard.findChild<QLineEdit*>(QStringLiteral("firstRunPassphraseAgain"))
            ->setText(QStringLiteral("oak-tree-in-march"));
        wizard.resize(640, 420);
        settle();
        save(&wizard, QStringLiteral("first-run-file.png"));
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("firstRunUsername"))->setText(QStringLiteral("head"));
        wizard.findChild<QLineEdit*>(QStringLiteral("firstRunName"))->setText(QStringLiteral("Grace Okafor"));
        wizard.findChild<QLineEdit*>(QStringLiteral("firstRunPassword"))->setText(QStringLiteral("governors"));
        wizard.resize(640, 420);
        settle();
        save(&wizard, QStringLiteral("first-run.png"));
    }

    // The trust's schools side by side, with the total pinned under them and hours per FTE charted.
    action(window, "trustOverviewAction")->trigger();
    settle();
    TrustOverviewDialog* trust = window.trustOverviewDialog();
    if (trust != nullptr && QTest::qWaitFor([trust] { return !trust->isWorking(); }, 60000)) { // on a thread
        trust->resize(1400, 700);
        settle();
        save(trust, QStringLiteral("trust.png"));
        trust->close();
    }
    return 0;
}
