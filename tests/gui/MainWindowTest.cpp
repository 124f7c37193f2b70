// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"

#include "QtPrinters.h"
#include "staffpath/store/Database.h"

#include "AboutDialog.h"
#include "AppOptions.h"
#include "MessageBanner.h"
#include "PersonPanel.h"
#include "RecentFilesMenu.h"
#include "Screenshot.h"
#include "StaffFilterProxyModel.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"

#include "staffpath/services/StaffFilter.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace staffpath::app::test {

namespace {

QByteArray checksum(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString surnameOf(const StaffSummary& summary)
{
    const QString sortName = QString::fromStdString(summary.sortName);
    return sortName.section(QLatin1Char(','), 0, 0).trimmed();
}

} // namespace

class MainWindowTest : public MainWindowFixture
{
protected:
    QLineEdit* searchLineEdit() const { return m_window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")); }
    QLabel* countLabel() const { return m_window->findChild<QLabel*>(QStringLiteral("staffCountLabel")); }
    QTableView* staffTableView() const { return m_window->findChild<QTableView*>(QStringLiteral("staffTableView")); }
    QLabel* personNameLabel() const { return m_window->findChild<QLabel*>(QStringLiteral("personNameLabel")); }
};

TEST_F(MainWindowTest, OpensTheCopyAndListsEveryone)
{
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("StaffPath — trust-copy.sqlite"));
    EXPECT_GT(model()->rowCount(), 0);
    EXPECT_EQ(model()->rowCount(), fixtureStaffCount());
    EXPECT_EQ(proxy()->rowCount(), model()->rowCount());
    EXPECT_EQ(countLabel()->text(), QStringLiteral("%1 of %1 staff").arg(model()->rowCount()));
    EXPECT_FALSE(m_window->messageBanner()->isVisible());
    EXPECT_EQ(m_settings->lastDatabase(), QFileInfo(m_copyPath).absoluteFilePath());
    EXPECT_EQ(m_settings->recentFiles().value(0), QFileInfo(m_copyPath).absoluteFilePath());
}

TEST_F(MainWindowTest, SearchFiltersAsYouTypeAndClearingShowsEveryone)
{
    const int everyone = model()->rowCount();
    ASSERT_GT(everyone, 0);
    const StaffSummary& someone = model()->summary(everyone / 2);
    const QString surname = surnameOf(someone);
    ASSERT_FALSE(surname.isEmpty());

    QLineEdit* search = searchLineEdit();
    ASSERT_NE(search, nullptr);
    EXPECT_FALSE(search->placeholderText().isEmpty());
    EXPECT_TRUE(search->isClearButtonEnabled());

    QTest::keyClicks(search, surname);
    EXPECT_EQ(proxy()->searchText(), surname);
    const int found = proxy()->rowCount();
    ASSERT_GE(found, 1);
    EXPECT_LT(found, everyone);

    services::StaffFilter filter;
    filter.setQuery(surname);
    bool someoneListed = false;
    for (int row = 0; row < found; ++row) {
        const QModelIndex source = proxy()->mapToSource(proxy()->index(row, 0));
        const StaffSummary& listed = model()->summary(source.row());
        EXPECT_TRUE(filter.matches(services::StaffFilter::haystack(listed))) << listed.displayName;
        someoneListed = someoneListed || listed.id == someone.id;
    }
    EXPECT_TRUE(someoneListed);
    EXPECT_EQ(countLabel()->text(), QStringLiteral("%1 of %2 staff").arg(found).arg(everyone));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzqxv nobody"));
    EXPECT_EQ(proxy()->rowCount(), 0);
    EXPECT_EQ(countLabel()->text(), QStringLiteral("0 of %1 staff").arg(everyone));

    search->clear();
    EXPECT_EQ(proxy()->rowCount(), everyone);
}

TEST_F(MainWindowTest, EnterInTheSearchBoxSelectsTheFirstResult)
{
    const QString surname = surnameOf(model()->summary(0));
    QTest::keyClicks(searchLineEdit(), surname);
    QTest::keyClick(searchLineEdit(), Qt::Key_Return);
    const QModelIndex first = proxy()->index(0, 0);
    ASSERT_TRUE(first.isValid());
    ASSERT_TRUE(m_window->personPanel()->staffId().has_value());
    EXPECT_EQ(*m_window->personPanel()->staffId(), first.data(StaffTableModel::kStaffIdRole).value<qint64>());
}

TEST_F(MainWindowTest, SearchIgnoresCaseAndAccents)
{
    const StaffSummary& someone = model()->summary(0);
    const QString lowered = services::StaffFilter::fold(surnameOf(someone));
    QTest::keyClicks(searchLineEdit(), lowered.toUpper());
    EXPECT_GE(proxy()->rowCount(), 1);
}

TEST_F(MainWindowTest, SelectingARowShowsThatPerson)
{
    QTableView* view = staffTableView();
    ASSERT_NE(view, nullptr);
    PersonPanel* panel = m_window->personPanel();
    EXPECT_FALSE(panel->staffId().has_value());

    const QModelIndex second = proxy()->index(1, 0);
    const QRect cell = view->visualRect(second);
    ASSERT_TRUE(cell.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());

    const StaffSummary& expected = model()->summary(proxy()->mapToSource(second).row());
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->staffId().has_value(); }, 2000));
    EXPECT_EQ(*panel->staffId(), expected.id);
    EXPECT_EQ(personNameLabel()->text(), QString::fromStdString(expected.displayName));
    EXPECT_EQ(panel->displayedName(), QString::fromStdString(expected.displayName));
    // The team as recorded, or the panel's usual "Not recorded".
    auto* team = panel->findChild<QLabel*>(QStringLiteral("teamValueLabel"));
    ASSERT_NE(team, nullptr);
    EXPECT_EQ(team->text(),
              expected.team.empty() ? QStringLiteral("Not recorded") : QString::fromStdString(expected.team));

    // Searching someone else away from the list empties the panel rather than showing a hidden person.
    QTest::keyClicks(searchLineEdit(), QStringLiteral("zzqxv nobody"));
    EXPECT_FALSE(panel->staffId().has_value());
}

TEST_F(MainWindowTest, OpeningATextFileShowsTheBannerAndKeepsTheDatabase)
{
    ASSERT_TRUE(m_window->staffList()->selectFirstRow());
    const auto person = m_window->personPanel()->staffId();
    const int rows = model()->rowCount();
    const QString bad = tempPath(QStringLiteral("notes.sqlite"));
    ASSERT_TRUE(writeFile(bad, QByteArray("This is a shopping list, not a database.\n").repeated(200)));
    const QByteArray before = checksum(bad);

    openThroughAction(bad);

    MessageBanner* banner = m_window->messageBanner();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_FALSE(banner->text().isEmpty());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("notes.sqlite"))) << banner->text().toStdString();
    EXPECT_FALSE(banner->text().contains(QStringLiteral("SQL"), Qt::CaseSensitive)) << banner->text().toStdString();
    EXPECT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath());
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("StaffPath — trust-copy.sqlite"));
    EXPECT_EQ(model()->rowCount(), rows);
    EXPECT_EQ(m_window->personPanel()->staffId(), person);
    EXPECT_EQ(checksum(bad), before);
    EXPECT_FALSE(m_settings->recentFiles().contains(QFileInfo(bad).absoluteFilePath()));

    auto* close = banner->findChild<QToolButton*>(QStringLiteral("closeMessageToolButton"));
    ASSERT_NE(close, nullptr);
    EXPECT_FALSE(close->accessibleName().isEmpty());
    QTest::mouseClick(close, Qt::LeftButton);
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(MainWindowTest, EveryKindOfBadFileGetsItsOwnSentence)
{
    const QString notADatabase = tempPath(QStringLiteral("letter.sqlite"));
    ASSERT_TRUE(writeFile(notADatabase, QByteArray("Dear governors,\n").repeated(300)));
    const QString truncated = tempPath(QStringLiteral("truncated.sqlite"));
    QFile fixture(s_fixturePath);
    ASSERT_TRUE(fixture.open(QIODevice::ReadOnly));
    ASSERT_TRUE(writeFile(truncated, fixture.read(fixture.size() / 2)));
    const QString missing = tempPath(QStringLiteral("nowhere.sqlite"));
    const QString newer = tempPath(QStringLiteral("newer-schema.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(STAFFPATH_TEST_DATA_DIR "/db/newer-schema.sqlite"), newer));
    const QString foreign = tempPath(QStringLiteral("sqlite-not-staffpath.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(STAFFPATH_TEST_DATA_DIR "/db/sqlite-not-staffpath.sqlite"), foreign));
    const QString damaged = tempPath(QStringLiteral("damaged.sqlite"));
    ASSERT_TRUE(fixture.seek(0));
    QByteArray bytes = fixture.readAll();
    bytes.replace(bytes.size() / 2, 16 * 1024, QByteArray(16 * 1024, '\x5a'));
    ASSERT_TRUE(writeFile(damaged, bytes));

    QSet<QString> messages;
    for (const QString& path : {notADatabase, truncated, missing, newer, foreign, damaged}) {
        const QByteArray before = checksum(path);
        openThroughAction(path);
        const QString message = m_window->messageBanner()->text();
        EXPECT_TRUE(m_window->messageBanner()->isVisible()) << path.toStdString();
        EXPECT_FALSE(message.isEmpty()) << path.toStdString();
        messages.insert(message);
        EXPECT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath());
        EXPECT_EQ(checksum(path), before) << path.toStdString();
        EXPECT_EQ(QFileInfo::exists(path), !before.isEmpty()) << path.toStdString();
    }
    EXPECT_EQ(messages.size(), 6);
}

TEST_F(MainWindowTest, AFileLockedByAnotherProgramIsRefusedAndLeftAlone)
{
    const QString locked = tempPath(QStringLiteral("locked.sqlite"));
    ASSERT_TRUE(QFile::copy(s_fixturePath, locked));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner);
    QProcess other; // the sqlite3 shell plays the other program, holding a write transaction open
    other.start(QStringLiteral("sqlite3"), {locked});
    ASSERT_TRUE(other.waitForStarted()) << "the sqlite3 shell is needed (scripts/install-deps.sh installs it)";
    other.write("BEGIN EXCLUSIVE;\nSELECT 'holding';\n");
    ASSERT_TRUE(QTest::qWaitFor([&] { return other.canReadLine() || other.waitForReadyRead(100); }, 10000));
    const QByteArray before = checksum(locked);

    openThroughAction(locked);
    EXPECT_TRUE(m_window->messageBanner()->isVisible());
    EXPECT_TRUE(m_window->messageBanner()->text().contains(QStringLiteral("Another program")))
        << m_window->messageBanner()->text().toStdString();
    EXPECT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath());
    EXPECT_EQ(checksum(locked), before);

    other.write("ROLLBACK;\n");
    other.closeWriteChannel();
    ASSERT_TRUE(other.waitForFinished(10000));
    openThroughAction(locked);
    EXPECT_EQ(m_window->currentPath(), QFileInfo(locked).absoluteFilePath()) << "opens once the lock is gone";
}

TEST_F(MainWindowTest, NewCreatesAnEmptyDatabaseAndOpensIt)
{
    m_dialogs.setNextFileName(tempPath(QStringLiteral("new-trust")));
    m_dialogs.setNextAnswer(Dialogs::Answer::Yes); // encrypt it
    m_dialogs.setNextPassword(QStringLiteral("the new trust's passphrase"));
    m_dialogs.setNextPassword(QStringLiteral("the new trust's passphrase"));
    action(QStringLiteral("newAction"))->trigger();

    const QString created = tempPath(QStringLiteral("new-trust.sqlite"));
    EXPECT_TRUE(QFileInfo::exists(created));
    EXPECT_EQ(m_dialogs.lastCaption(), QStringLiteral("Passphrase for new-trust.sqlite"));
    EXPECT_EQ(m_dialogs.passwordPrompts(), 2);
    EXPECT_TRUE(store::Database::isEncryptedFile(created));
    EXPECT_EQ(m_window->currentPath(), QFileInfo(created).absoluteFilePath());
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("StaffPath — new-trust.sqlite"));
    EXPECT_EQ(model()->rowCount(), 0);
    EXPECT_EQ(m_settings->recentFiles().value(0), QFileInfo(created).absoluteFilePath());
}

TEST_F(MainWindowTest, NewOverAnExistingFileAsksAndNoLeavesItAlone)
{
    const QString existing = tempPath(QStringLiteral("keep-me.sqlite"));
    ASSERT_TRUE(writeFile(existing, QByteArray("precious")));
    m_dialogs.setNextFileName(existing);
    m_dialogs.setNextAnswer(Dialogs::Answer::No);
    action(QStringLiteral("newAction"))->trigger();

    EXPECT_EQ(m_dialogs.lastCaption(), QStringLiteral("Replace File?"));
    EXPECT_EQ(checksum(existing), QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
    EXPECT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath());
}

TEST_F(MainWindowTest, RecentFilesRememberOpenedFilesAndPruneMissingOnes)
{
    const QString second = tempPath(QStringLiteral("second.sqlite"));
    ASSERT_TRUE(QFile::copy(m_copyPath, second));
    openThroughAction(second);
    const QString gone = tempPath(QStringLiteral("gone.sqlite"));
    m_settings->addRecentFile(gone);

    RecentFilesMenu* menu = m_window->recentFilesMenu();
    menu->rebuild();
    QStringList offered;
    QAction* copyAction = nullptr;
    for (QAction* entry : menu->actions()) {
        if (entry->objectName() == QStringLiteral("recentFileAction")) {
            offered.append(entry->data().toString());
            if (entry->data().toString() == QFileInfo(m_copyPath).absoluteFilePath()) {
                copyAction = entry;
            }
        }
    }
    EXPECT_EQ(offered, QStringList({QFileInfo(second).absoluteFilePath(), QFileInfo(m_copyPath).absoluteFilePath()}));
    EXPECT_FALSE(m_settings->recentFiles().contains(QFileInfo(gone).absoluteFilePath()));

    ASSERT_NE(copyAction, nullptr);
    copyAction->trigger();
    EXPECT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath());
}

TEST_F(MainWindowTest, OpenDemoSchoolCreatesItOnceAndThenReusesIt)
{
    const QString demo = m_window->demoDatabasePath();
    ASSERT_FALSE(QFileInfo::exists(demo));
    action(QStringLiteral("openDemoAction"))->trigger();
    ASSERT_TRUE(QFileInfo::exists(demo)) << m_window->messageBanner()->text().toStdString();
    EXPECT_EQ(m_window->currentPath(), QFileInfo(demo).absoluteFilePath());
    EXPECT_GT(model()->rowCount(), 0);

    openThroughAction(m_copyPath);
    const int demoStaff = 0 + static_cast<int>(QFileInfo(demo).size() > 0);
    action(QStringLiteral("openDemoAction"))->trigger();
    EXPECT_EQ(m_window->currentPath(), QFileInfo(demo).absoluteFilePath());
    EXPECT_FALSE(m_window->messageBanner()->isVisible());
    EXPECT_EQ(demoStaff, 1);
}

TEST_F(MainWindowTest, StartupOpensTheLastDatabaseWhenNoFileIsNamed)
{
    openThroughAction(m_copyPath);
    m_window->close();
    createWindow();
    EXPECT_TRUE(m_window->currentPath().isEmpty());
    m_window->openAtStartup(AppOptions{});
    EXPECT_EQ(m_window->currentPath(), QFileInfo(m_copyPath).absoluteFilePath());
}

TEST_F(MainWindowTest, StartupWithAFileOpensThatFile)
{
    const QString other = tempPath(QStringLiteral("named.sqlite"));
    ASSERT_TRUE(QFile::copy(m_copyPath, other));
    createWindow();
    AppOptions options;
    options.file = other;
    m_window->openAtStartup(options);
    EXPECT_EQ(m_window->currentPath(), QFileInfo(other).absoluteFilePath());
}

TEST_F(MainWindowTest, WindowRemembersItsGeometryAndSplitter)
{
    m_window->resize(1000, 640);
    m_window->close();
    EXPECT_FALSE(m_settings->mainWindowGeometry().isEmpty());
    EXPECT_FALSE(m_settings->mainSplitterState().isEmpty());
    createWindow();
    EXPECT_EQ(m_window->size(), QSize(1000, 640));
}

TEST_F(MainWindowTest, AboutShowsVersionAndLicenceWithoutBlocking)
{
    action(QStringLiteral("aboutAction"))->trigger();
    QPointer<AboutDialog> about = m_window->findChild<AboutDialog*>();
    ASSERT_FALSE(about.isNull());
    EXPECT_TRUE(about->isVisible());
    QStringList texts;
    for (const QLabel* label : about->findChildren<QLabel*>()) {
        texts.append(label->text());
    }
    const QString all = texts.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral(STAFFPATH_VERSION))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("GPL-3.0-or-later"))) << all.toStdString();
    about->close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return about.isNull(); }, 2000));
}

TEST_F(MainWindowTest, TabOrderGoesFromSearchToTheListToThePerson)
{
    // Walks the focus chain the Tab key follows; nothing here depends on which window the platform activates.
    ASSERT_TRUE(m_window->staffList()->selectFirstRow());
    QStringList order;
    QWidget* widget = searchLineEdit();
    for (int step = 0; step < 200 && order.size() < 40; ++step) {
        widget = widget->nextInFocusChain();
        if (widget == searchLineEdit()) {
            break;
        }
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(m_window.get()) && widget->isEnabled()) {
            order.append(widget->objectName());
        }
    }
    ASSERT_FALSE(order.isEmpty());
    EXPECT_EQ(order.first(), QStringLiteral("staffTableView")) << order.join(QLatin1Char(' ')).toStdString();
    const auto qualifications = order.indexOf(QStringLiteral("qualificationsTableView"));
    const auto cpd = order.indexOf(QStringLiteral("recentCpdTableView"));
    EXPECT_GT(qualifications, 0) << order.join(QLatin1Char(' ')).toStdString();
    EXPECT_GT(cpd, qualifications);
}

TEST_F(MainWindowTest, LabelsHaveBuddiesAndIconButtonsHaveNames)
{
    for (const QLabel* label : m_window->findChildren<QLabel*>()) {
        if (label->text().endsWith(QLatin1Char(':'))) {
            EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
        }
    }
    for (const QToolButton* button : m_window->findChildren<QToolButton*>()) {
        if (button->isVisibleTo(m_window.get()) && button->text().isEmpty() && !button->icon().isNull()) {
            EXPECT_FALSE(button->accessibleName().isEmpty())
                << button->metaObject()->className() << " in " << button->parentWidget()->objectName().toStdString();
        }
    }
}

TEST_F(MainWindowTest, ScreenshotModeWritesAPictureOfTheWindow)
{
    const QString png = tempPath(QStringLiteral("shot.png"));
    ASSERT_TRUE(Screenshot::capture(*m_window, png));
    const QImage image(png);
    EXPECT_EQ(image.size(), Screenshot::kDefaultSize);
    EXPECT_TRUE(m_window->personPanel()->staffId().has_value());
}

} // namespace staffpath::app::test
