// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Settings… in the real window: what the dialog shows, OK, Cancel, Restore Defaults, and what each
// setting changes elsewhere (the Pathway tab's warnings, a new conversation's review, qualification choices).
#include "MainWindowFixture.h"
#include "QtPrinters.h"

#include "ConversationDialog.h"
#include "DisplayText.h"
#include "PathwayView.h"
#include "QualificationDialog.h"
#include "SettingsDialog.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"
#include "WarningCatalogue.h"

#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/services/FrameworkService.h"
#include "staffpath/services/ProfileBuilder.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringListModel>
#include <QTest>
#include <QTranslator>

#include <map>

namespace staffpath::app::test {

class SettingsDialogTest : public MainWindowFixture
{
protected:
    SettingsDialog* openDialog()
    {
        action(QStringLiteral("settingsAction"))->trigger();
        auto* dialog = m_window->findChild<SettingsDialog*>();
        EXPECT_NE(dialog, nullptr);
        if (dialog != nullptr) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        }
        return dialog;
    }

    template <class T>
    static T* child(QWidget* dialog, const char* name)
    {
        auto* widget = dialog->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static void click(QWidget* dialog, const char* buttonName)
    {
        auto* button = child<QPushButton>(dialog, buttonName);
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static QListWidgetItem* warningItem(QWidget* dialog, const QString& code)
    {
        auto* list = child<QListWidget>(dialog, "warningsListWidget");
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == code) {
                return list->item(row);
            }
        }
        ADD_FAILURE() << "no item for " << code.toStdString();
        return nullptr;
    }

    void waitUntilClosed(QPointer<SettingsDialog> dialog)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000)) << "closes and deletes itself";
    }

    /** Every warning the engine gives each person in the fixture trust, by staff id. */
    std::map<Id, QStringList> warningsByPerson()
    {
        std::map<Id, QStringList> out;
        services::FrameworkService frameworks;
        auto framework = frameworks.reload();
        EXPECT_TRUE(framework.ok());
        if (!framework.ok()) {
            return out;
        }
        const engine::PathwayEngine engine(*framework.value());
        auto workspace = services::Workspace::open(m_copyPath, m_clock);
        EXPECT_TRUE(workspace.ok());
        if (!workspace.ok()) {
            return out;
        }
        for (int row = 0; row < model()->rowCount(); ++row) {
            const Id id = model()->summary(row).id;
            auto record = workspace.value()->staff().record(id, services::ProfileBuilder::kCpdRecords);
            EXPECT_TRUE(record.ok());
            if (!record.ok()) {
                continue;
            }
            const auto assessment = engine.suggest(
                services::ProfileBuilder::fromRecord(record.value(), framework.value().get()), m_clock.today());
            for (const auto& warning : assessment.warnings) {
                out[id].append(QString::fromStdString(warning.code));
            }
        }
        return out;
    }
};

TEST_F(SettingsDialogTest, EditSettingsOpensTheDialogShowingTheDefaults)
{
    QAction* settings = action(QStringLiteral("settingsAction"));
    ASSERT_NE(settings, nullptr);
    EXPECT_EQ(settings->shortcuts(), QKeySequence::keyBindings(QKeySequence::Preferences));
    auto* editMenu = m_window->findChild<QMenu*>(QStringLiteral("editMenu"));
    ASSERT_NE(editMenu, nullptr);
    EXPECT_TRUE(editMenu->actions().contains(settings));

    SettingsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(child<QComboBox>(dialog, "generationComboBox")->currentData().toInt(),
              static_cast<int>(FrameworkGeneration::Current));
    EXPECT_EQ(child<QSpinBox>(dialog, "reviewIntervalSpinBox")->value(), 12);
    // "12 months" once the en_GB plurals are loaded, as in the app; the tests run on the source text.
    EXPECT_TRUE(child<QSpinBox>(dialog, "reviewIntervalSpinBox")->text().startsWith(QStringLiteral("12 month")));
    const QDate start = child<QDateEdit>(dialog, "cpdYearStartDateEdit")->date();
    EXPECT_EQ(start.month(), 9);
    EXPECT_EQ(start.day(), 1);
    auto* warnings = child<QListWidget>(dialog, "warningsListWidget");
    ASSERT_EQ(warnings->count(), WarningCatalogue::pathwayWarnings().size());
    for (int row = 0; row < warnings->count(); ++row) {
        EXPECT_EQ(warnings->item(row)->checkState(), Qt::Checked) << "every warning shown by default";
        EXPECT_FALSE(warnings->item(row)->text().contains(QLatin1Char('_'))) << "a sentence, not a code";
    }

    // A second Settings… brings the open dialog forward rather than opening another.
    settings->trigger();
    EXPECT_EQ(m_window->findChildren<SettingsDialog*>().size(), 1);
    dialog->reject();
}

TEST_F(SettingsDialogTest, OkSavesEveryChoiceAndTheyAreThereNextTime)
{
    QPointer<SettingsDialog> dialog = openDialog();
    ASSERT_FALSE(dialog.isNull());
    auto* generation = child<QComboBox>(dialog, "generationComboBox");
    generation->setCurrentIndex(generation->findData(static_cast<int>(FrameworkGeneration::Legacy)));
    auto* interval = child<QSpinBox>(dialog, "reviewIntervalSpinBox");
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("6"));
    child<QDateEdit>(dialog, "cpdYearStartDateEdit")->setDate(QDate(2001, 4, 1));
    warningItem(dialog, QStringLiteral("R-TAL-06"))->setCheckState(Qt::Unchecked);
    warningItem(dialog, QStringLiteral("no_posts"))->setCheckState(Qt::Unchecked);
    click(dialog, "okButton");
    waitUntilClosed(dialog);

    EXPECT_EQ(m_settings->frameworkGeneration(), FrameworkGeneration::Legacy);
    EXPECT_EQ(m_settings->reviewIntervalMonths(), 6);
    EXPECT_EQ(m_settings->cpdYearStart(), (MonthDay{4, 1}));
    EXPECT_EQ(m_settings->hiddenWarnings(), (QStringList{QStringLiteral("R-TAL-06"), QStringLiteral("no_posts")}));

    AppSettings reread(tempPath(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.frameworkGeneration(), FrameworkGeneration::Legacy);
    EXPECT_EQ(reread.reviewIntervalMonths(), 6);
    EXPECT_EQ(reread.cpdYearStart(), (MonthDay{4, 1}));
    EXPECT_EQ(reread.hiddenWarnings().size(), 2);

    dialog = openDialog(); // shows what was saved
    ASSERT_FALSE(dialog.isNull());
    EXPECT_EQ(child<QSpinBox>(dialog, "reviewIntervalSpinBox")->value(), 6);
    EXPECT_EQ(warningItem(dialog, QStringLiteral("R-TAL-06"))->checkState(), Qt::Unchecked);
    EXPECT_EQ(warningItem(dialog, QStringLiteral("R-CUR-03"))->checkState(), Qt::Checked);
    dialog->reject();
}

TEST_F(SettingsDialogTest, CancelAndEscapeChangeNothing)
{
    QSignalSpy changed(m_settings.get(), &AppSettings::changed);
    QPointer<SettingsDialog> dialog = openDialog();
    ASSERT_FALSE(dialog.isNull());
    child<QSpinBox>(dialog, "reviewIntervalSpinBox")->setValue(30);
    warningItem(dialog, QStringLiteral("R-CUR-03"))->setCheckState(Qt::Unchecked);
    click(dialog, "cancelButton");
    waitUntilClosed(dialog);
    EXPECT_EQ(m_settings->reviewIntervalMonths(), 12);
    EXPECT_TRUE(m_settings->hiddenWarnings().isEmpty());

    dialog = openDialog();
    ASSERT_FALSE(dialog.isNull());
    child<QComboBox>(dialog, "generationComboBox")->setCurrentIndex(2);
    QTest::keyClick(dialog, Qt::Key_Escape);
    waitUntilClosed(dialog);
    EXPECT_EQ(m_settings->frameworkGeneration(), FrameworkGeneration::Current);
    for (const auto& signal : changed) {
        EXPECT_NE(signal.at(0).value<AppSettings::Key>(), AppSettings::Key::ReviewIntervalMonths);
        EXPECT_NE(signal.at(0).value<AppSettings::Key>(), AppSettings::Key::FrameworkGeneration);
    }
}

TEST_F(SettingsDialogTest, RestoreDefaultsResetsTheFormAndOkSavesThem)
{
    m_settings->setFrameworkGeneration(FrameworkGeneration::Both);
    m_settings->setReviewIntervalMonths(24);
    m_settings->setCpdYearStart({1, 15});
    m_settings->setHiddenWarnings({QStringLiteral("R-NQ-02"), QStringLiteral("a_code_from_a_newer_version")});

    QPointer<SettingsDialog> dialog = openDialog();
    ASSERT_FALSE(dialog.isNull());
    EXPECT_EQ(child<QSpinBox>(dialog, "reviewIntervalSpinBox")->value(), 24);
    EXPECT_EQ(warningItem(dialog, QStringLiteral("R-NQ-02"))->checkState(), Qt::Unchecked);
    click(dialog, "restoreDefaultsButton");
    EXPECT_EQ(child<QSpinBox>(dialog, "reviewIntervalSpinBox")->value(), 12);
    EXPECT_EQ(child<QComboBox>(dialog, "generationComboBox")->currentData().toInt(),
              static_cast<int>(FrameworkGeneration::Current));
    EXPECT_EQ(child<QDateEdit>(dialog, "cpdYearStartDateEdit")->date(), QDate(2001, 9, 1));
    EXPECT_EQ(warningItem(dialog, QStringLiteral("R-NQ-02"))->checkState(), Qt::Checked);
    EXPECT_EQ(m_settings->reviewIntervalMonths(), 24) << "nothing saved before OK";

    click(dialog, "okButton");
    waitUntilClosed(dialog);
    EXPECT_EQ(m_settings->frameworkGeneration(), FrameworkGeneration::Current);
    EXPECT_EQ(m_settings->reviewIntervalMonths(), 12);
    EXPECT_EQ(m_settings->cpdYearStart(), AppSettings::kDefaultCpdYearStart);
    EXPECT_TRUE(m_settings->hiddenWarnings().isEmpty());
}

TEST_F(SettingsDialogTest, ACodeThisVersionDoesNotListSurvivesAnOrdinarySave)
{
    m_settings->setHiddenWarnings({QStringLiteral("a_code_from_a_newer_version")});
    QPointer<SettingsDialog> dialog = openDialog();
    ASSERT_FALSE(dialog.isNull());
    warningItem(dialog, QStringLiteral("R-NQ-07"))->setCheckState(Qt::Unchecked);
    click(dialog, "okButton");
    waitUntilClosed(dialog);
    EXPECT_EQ(m_settings->hiddenWarnings(),
              (QStringList{QStringLiteral("R-NQ-07"), QStringLiteral("a_code_from_a_newer_version")}));
}

TEST_F(SettingsDialogTest, AHiddenWarningDisappearsFromThePathwayTabAtOnce)
{
    // Someone in the fixture with a warning, and the code of their first.
    const auto warnings = warningsByPerson();
    auto found =
        std::find_if(warnings.begin(), warnings.end(), [](const auto& entry) { return !entry.second.empty(); });
    ASSERT_NE(found, warnings.end()) << "the fixture trust has somebody with a warning";
    const Id staffId = found->first;
    const QString code = found->second.first();
    const auto withCode = found->second.count(code);

    m_window->showPersonTab(QStringLiteral("pathway"));
    ASSERT_TRUE(m_window->staffList()->selectStaff(staffId));
    PathwayView* pathway = m_window->pathwayView();
    ASSERT_EQ(pathway->warningCount(), found->second.size());

    QPointer<SettingsDialog> dialog = openDialog();
    ASSERT_FALSE(dialog.isNull());
    warningItem(dialog, code)->setCheckState(Qt::Unchecked);
    click(dialog, "okButton");
    waitUntilClosed(dialog);

    EXPECT_EQ(pathway->warningCount(), found->second.size() - withCode);
    EXPECT_EQ(pathway->hiddenWarningCount(), withCode);
    const auto* note = pathway->findChild<QLabel*>(QStringLiteral("pathwayHiddenWarningsLabel"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->text().contains(QStringLiteral("Settings"))) << note->text().toStdString();

    // And it stays hidden for the next person who has it, and in the next window.
    m_window->close();
    createWindow();
    openThroughAction(m_copyPath);
    m_window->showPersonTab(QStringLiteral("pathway"));
    ASSERT_TRUE(m_window->staffList()->selectStaff(staffId));
    EXPECT_EQ(m_window->pathwayView()->hiddenWarningCount(), withCode);
}

TEST_F(SettingsDialogTest, EveryWarningTheEngineGivesTheTrustCanBeHidden)
{
    QStringList listed;
    for (const WarningKind& kind : WarningCatalogue::pathwayWarnings()) {
        listed.append(kind.code);
        EXPECT_TRUE(kind.description.endsWith(QLatin1Char('.'))) << kind.code.toStdString();
    }
    for (const auto& [id, codes] : warningsByPerson()) {
        for (const QString& code : codes) {
            EXPECT_TRUE(listed.contains(code)) << code.toStdString() << " (staff " << id << ") is not in Settings";
        }
    }
    EXPECT_EQ(WarningCatalogue::description(QStringLiteral("not_a_code")), QStringLiteral("not_a_code"));
}

TEST_F(SettingsDialogTest, ANewConversationProposesTheReviewIntervalChosen)
{
    m_settings->setReviewIntervalMonths(6);
    ASSERT_TRUE(m_window->staffList()->selectFirstRow());
    action(QStringLiteral("recordConversationAction"))->trigger();
    QPointer<ConversationDialog> conversation = m_window->findChild<ConversationDialog*>();
    ASSERT_FALSE(conversation.isNull());
    EXPECT_EQ(conversation->value().nextReview, std::optional<Date>(m_clock.today().addMonths(6)));
    conversation->reject();
}

TEST_F(SettingsDialogTest, LabelsHaveBuddiesAndTabFollowsTheForm)
{
    SettingsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->text().endsWith(QLatin1Char(':'))) {
            EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
        }
    }
    QStringList order;
    QWidget* widget = child<QComboBox>(dialog, "generationComboBox");
    order.append(widget->objectName());
    for (int step = 0; step < 40 && order.size() < 6; ++step) {
        widget = widget->nextInFocusChain();
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(dialog) && !widget->objectName().isEmpty() &&
            !widget->objectName().startsWith(QLatin1String("qt_"))) {
            order.append(widget->objectName());
        }
    }
    EXPECT_EQ(order, (QStringList{QStringLiteral("generationComboBox"), QStringLiteral("reviewIntervalSpinBox"),
                                  QStringLiteral("cpdYearStartDateEdit"), QStringLiteral("backupIntervalSpinBox"),
                                  QStringLiteral("retentionSpinBox"), QStringLiteral("warningsListWidget")}));

    // Space on the selected warning clears its box, as the list's description says.
    auto* warnings = child<QListWidget>(dialog, "warningsListWidget");
    warnings->setFocus();
    warnings->setCurrentRow(0);
    QTest::keyClick(warnings, Qt::Key_Space);
    EXPECT_EQ(warnings->item(0)->checkState(), Qt::Unchecked);
    EXPECT_EQ(dialog->hiddenWarnings().size(), 1);
    dialog->reject();
}

TEST_F(SettingsDialogTest, QualificationChoicesPutTheChosenGenerationFirst)
{
    services::FrameworkService frameworks;
    auto framework = frameworks.reload();
    ASSERT_TRUE(framework.ok());
    const auto& fw = *framework.value();
    const auto generationOf = [&fw](const QualificationChoice& choice) {
        return fw.qualification(choice.qualificationId.toStdString())->generation;
    };

    const auto current = QualificationDialog::choices(fw, FrameworkGeneration::Current);
    ASSERT_FALSE(current.isEmpty());
    const auto firstLegacy = std::find_if(current.begin(), current.end(), [&](const QualificationChoice& c) {
        return generationOf(c) == engine::Generation::Legacy;
    });
    ASSERT_NE(firstLegacy, current.end());
    EXPECT_TRUE(std::all_of(firstLegacy, current.end(), [&](const QualificationChoice& c) {
        return generationOf(c) == engine::Generation::Legacy;
    })) << "every current (or both-generation) name comes before every legacy one";

    const auto legacy = QualificationDialog::choices(fw, FrameworkGeneration::Legacy);
    EXPECT_EQ(legacy.size(), current.size());
    EXPECT_NE(generationOf(legacy.front()), engine::Generation::Current);
    EXPECT_EQ(generationOf(legacy.back()), engine::Generation::Current);

    const auto both = QualificationDialog::choices(fw, FrameworkGeneration::Both);
    EXPECT_EQ(both.size(), current.size());
    QCollator collator(DisplayText::locale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (qsizetype i = 1; i < both.size(); ++i) {
        EXPECT_LE(collator.compare(both.at(i - 1).name, both.at(i).name), 0)
            << both.at(i - 1).name.toStdString() << " / " << both.at(i).name.toStdString();
    }
    for (const QualificationChoice& choice : both) {
        EXPECT_FALSE(choice.name.startsWith(QLatin1String("q."))) << "an old id is no name to offer";
    }

    // In the dialog: the completer offers them in that order, and a legacy name is still recognised.
    QualificationHeld held;
    held.staffId = 1;
    QualificationDialog dialog(held, {}, current);
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    ASSERT_NE(name, nullptr);
    const auto* offered = qobject_cast<QStringListModel*>(name->completer()->model());
    ASSERT_NE(offered, nullptr);
    EXPECT_EQ(offered->stringList().first(), current.front().name);
    name->setText(QStringLiteral("Certificate of School Business Management"));
    Q_EMIT name->textEdited(name->text());
    EXPECT_EQ(dialog.value().qualificationId, "CSBM");
    name->setText(QStringLiteral("npqh"));
    Q_EMIT name->textEdited(name->text());
    EXPECT_EQ(dialog.value().qualificationId, "NPQH") << "the id is a name people use";
}

TEST_F(SettingsDialogTest, TheBackupIntervalIsSavedAndNeverIsZero)
{
    EXPECT_EQ(m_settings->backupIntervalDays(), AppSettings::kDefaultBackupIntervalDays);
    SettingsDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    auto* days = child<QSpinBox>(dialog, "backupIntervalSpinBox");
    EXPECT_EQ(days->value(), 1);
    EXPECT_TRUE(days->text().startsWith(QStringLiteral("1 day"))) << days->text().toStdString();
    days->setValue(0);
    EXPECT_EQ(days->text(), QStringLiteral("Never"));
    days->setValue(7);
    dialog->accept();
    EXPECT_EQ(m_settings->backupIntervalDays(), 7);
    m_settings->setBackupIntervalDays(99);
    EXPECT_EQ(m_settings->backupIntervalDays(), AppSettings::kMaxBackupIntervalDays) << "clamped";
    m_settings->restoreDefaultChoices();
    EXPECT_EQ(m_settings->backupIntervalDays(), 1);
}

} // namespace staffpath::app::test
