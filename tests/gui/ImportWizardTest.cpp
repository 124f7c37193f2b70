// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import Staff… in the real window: the messy MIS export's preview and errors, an import, a re-import that
// changes nothing, and a column mapping chosen once preselected the next time.
#include "MainWindowFixture.h"

#include "ImportWizard.h"
#include "StaffTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace staffpath::app::test {

namespace {

const QString kStaffFile = QStringLiteral(STAFFPATH_TEST_DATA_DIR "/import/staff-mis-export.csv");
constexpr int kWorkMailColumn = 8;

} // namespace

class ImportWizardTest : public MainWindowFixture
{
protected:
    /** Opens the wizard through its action and gets past the file page with the scripted file dialog. */
    ImportWizard* startImport(const QString& file)
    {
        action(QStringLiteral("importStaffAction"))->trigger();
        auto* wizard = m_window->findChild<ImportWizard*>(QStringLiteral("importWizard"));
        if (wizard == nullptr) {
            ADD_FAILURE() << "no wizard";
            return nullptr;
        }
        m_dialogs.setNextFileName(file);
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("browseButton")), Qt::LeftButton);
        wizard->next();
        EXPECT_EQ(wizard->currentId(), ImportWizard::MappingPage)
            << wizard->findChild<QLabel*>(QStringLiteral("fileErrorLabel"))->text().toStdString();
        return wizard;
    }

    static QComboBox* fieldCombo(ImportWizard* wizard, int column)
    {
        return wizard->findChild<QComboBox*>(QStringLiteral("fieldComboBox%1").arg(column));
    }

    static QString counts(ImportWizard* wizard)
    {
        return wizard->findChild<QLabel*>(QStringLiteral("countsLabel"))->text();
    }

    void finish(ImportWizard* wizard)
    {
        QPointer<ImportWizard> gone(wizard);
        wizard->reject(); // accept() would validate the current page first
        EXPECT_TRUE(QTest::qWaitFor([&] { return gone.isNull(); }, 2000));
    }

    /** Pictures of the pages for looking at, only when STAFFPATH_SCREENSHOT_DIR names a folder. */
    static void save(QWidget* w, const char* name)
    {
        const QString dir = qEnvironmentVariable("STAFFPATH_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
        }
    }
};

TEST_F(ImportWizardTest, TheMessyExportIsPreviewedImportedAndReimportedUnchanged)
{
    ImportWizard* wizard = startImport(kStaffFile);
    ASSERT_NE(wizard, nullptr);
    auto* mapping = wizard->findChild<QTableWidget*>(QStringLiteral("mappingTableWidget"));
    ASSERT_EQ(mapping->rowCount(), 9);
    EXPECT_TRUE(mapping->item(kWorkMailColumn, 0)->data(Qt::UserRole).toBool()) << "marked as not recognised";
    EXPECT_EQ(fieldCombo(wizard, 3)->currentData().toString(), QStringLiteral("payrollNumber"));
    EXPECT_TRUE(fieldCombo(wizard, kWorkMailColumn)->currentData().toString().isEmpty());
    fieldCombo(wizard, kWorkMailColumn)
        ->setCurrentIndex(fieldCombo(wizard, kWorkMailColumn)->findData(QStringLiteral("email")));
    save(wizard, "import-mapping-page.png");
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    EXPECT_EQ(counts(wizard), QStringLiteral("4 new, 0 changed, 0 unchanged, 4 in error."));
    auto* preview = wizard->findChild<QTableWidget*>(QStringLiteral("previewTableWidget"));
    ASSERT_EQ(preview->rowCount(), 8);
    QStringList errors;
    for (int r = 0; r < preview->rowCount(); ++r) {
        if (preview->item(r, 1)->text() == QStringLiteral("Error")) {
            errors << preview->item(r, 0)->text() + QLatin1Char(' ') + preview->item(r, 3)->text();
        }
    }
    ASSERT_EQ(errors.size(), 4);
    EXPECT_TRUE(errors[0].startsWith(QStringLiteral("6 Start Date: 31/02/2021 is not a date")))
        << errors[0].toStdString();
    EXPECT_TRUE(errors[1].startsWith(QStringLiteral("7 Legal Surname: The legal surname is empty")));
    EXPECT_TRUE(errors[2].startsWith(QStringLiteral("8 Payroll No: The payroll number P1006 is also on row 9")));
    save(wizard, "import-preview-page.png");

    // Rows in error block Import until the user chooses to skip them.
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->findChild<QCheckBox*>(QStringLiteral("skipErrorsCheckBox"))->setChecked(true);
    ASSERT_TRUE(wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::DonePage);
    EXPECT_TRUE(wizard->findChild<QLabel*>(QStringLiteral("summaryLabel"))
                    ->text()
                    .startsWith(QStringLiteral("4 row(s) imported")));
    EXPECT_TRUE(wizard->findChild<QLabel*>(QStringLiteral("undoNoteLabel"))
                    ->text()
                    .contains(QStringLiteral("not on the undo list")));
    save(wizard, "import-done-page.png");
    EXPECT_EQ(model()->rowCount(), fixtureStaffCount() + 4) << "the staff list reloaded";
    finish(wizard);

    // Again: the Work Mail choice is remembered, and nothing is new or changed.
    wizard = startImport(kStaffFile);
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(fieldCombo(wizard, kWorkMailColumn)->currentData().toString(), QStringLiteral("email"));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::PreviewPage);
    EXPECT_EQ(counts(wizard), QStringLiteral("0 new, 0 changed, 4 unchanged, 4 in error."));
    wizard->findChild<QCheckBox*>(QStringLiteral("skipErrorsCheckBox"))->setChecked(true);
    wizard->next();
    EXPECT_TRUE(wizard->findChild<QLabel*>(QStringLiteral("summaryLabel"))
                    ->text()
                    .contains(QStringLiteral("0 change(s) written")));
    EXPECT_EQ(model()->rowCount(), fixtureStaffCount() + 4);
    finish(wizard);
}

TEST_F(ImportWizardTest, AFileMissingRequiredColumnsIsRefusedOnTheMappingPage)
{
    ImportWizard* wizard = startImport(QStringLiteral(STAFFPATH_TEST_DATA_DIR "/import/cpd-mis-export.csv"));
    ASSERT_NE(wizard, nullptr);
    wizard->next();
    EXPECT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_TRUE(wizard->findChild<QLabel*>(QStringLiteral("mappingErrorLabel"))
                    ->text()
                    .contains(QStringLiteral("cpd-mis-export.csv has no column for legalSurname")));
    EXPECT_EQ(model()->rowCount(), fixtureStaffCount());
    finish(wizard);
}

} // namespace staffpath::app::test
