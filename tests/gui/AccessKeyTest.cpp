// SPDX-License-Identifier: GPL-3.0-or-later
// Alt+letter access keys in the real window. Two things showing the same key at once make Qt only move focus
// between them instead of acting, so a keyboard user loses both; the same goes for items in one menu.
#include "MainWindowFixture.h"

#include "PersonPanel.h"
#include "StaffListWidget.h"
#include "StaffTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

namespace staffpath::app::test {
namespace {

using KeyOwners = QMap<QString, QStringList>;

void note(KeyOwners& owners, const QString& text, const QString& what)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty()) {
        owners[key.toString()] << QStringLiteral("%1 \"%2\"").arg(what, text);
    }
}

/** Every key with more than one owner, one line each, or an empty string when there is none. */
QString clashes(const KeyOwners& owners)
{
    QStringList lines;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1) {
            lines << QStringLiteral("%1 → %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class AccessKeyTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        ASSERT_GT(model()->rowCount(), 0);
        const Id id = model()->summary(0).id;
        ASSERT_TRUE(m_window->staffList()->selectStaff(id));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->personPanel()->staffId() == id; }, 2000));
    }

    /** The access keys of everything the window shows right now. */
    KeyOwners visibleKeys() const
    {
        KeyOwners owners;
        for (QAction* menu : m_window->menuBar()->actions()) {
            if (menu->isVisible()) {
                note(owners, menu->text(), QStringLiteral("menu"));
            }
        }
        for (QTabBar* bar : m_window->findChildren<QTabBar*>()) {
            if (!bar->isVisible()) {
                continue;
            }
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i)) {
                    note(owners, bar->tabText(i), QStringLiteral("tab"));
                }
            }
        }
        for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>()) {
            if (button->isVisible()) {
                note(owners, button->text(), QStringLiteral("button"));
            }
        }
        for (QGroupBox* box : m_window->findChildren<QGroupBox*>()) {
            if (box->isVisible() && box->isCheckable()) {
                note(owners, box->title(), QStringLiteral("group"));
            }
        }
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (label->isVisible() && label->buddy() != nullptr) {
                note(owners, label->text(), QStringLiteral("label"));
            }
        }
        return owners;
    }
};

TEST_F(AccessKeyTest, NoTwoThingsShownTogetherShareAnAccessKey)
{
    QTabWidget* tabs = m_window->personTabs();
    ASSERT_GE(tabs->count(), 7);
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i)) {
            continue;
        }
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const KeyOwners owners = visibleKeys();
        // Menus, tabs and the staff list are always there, so a tab with no keys of its own still has many.
        EXPECT_GE(owners.size(), 10) << tabs->tabText(i).toStdString();
        EXPECT_EQ(clashes(owners), QString()) << "on the " << tabs->tabText(i).toStdString() << " tab";
    }
}

TEST_F(AccessKeyTest, NoTwoItemsInOneMenuShareAnAccessKey)
{
    const QList<QMenu*> menus = m_window->findChildren<QMenu*>();
    ASSERT_GE(menus.size(), 4);
    for (QMenu* menu : menus) {
        KeyOwners owners;
        for (QAction* item : menu->actions()) {
            if (item->isVisible() && !item->isSeparator()) {
                note(owners, item->text(), QStringLiteral("item"));
            }
        }
        EXPECT_EQ(clashes(owners), QString()) << "in the menu " << menu->title().toStdString();
    }
}

TEST_F(AccessKeyTest, NoTwoActionsShareAShortcut)
{
    QMap<QString, QStringList> owners;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            if (!key.isEmpty()) {
                owners[key.toString()] << action->text();
            }
        }
    }
    ASSERT_FALSE(owners.isEmpty());
    EXPECT_EQ(clashes(owners), QString());
}

TEST_F(AccessKeyTest, MnemonicOfAnUnmarkedOrEscapedTextIsEmpty)
{
    // The check above relies on these: no key for plain text or a literal ampersand, Alt+key for a marked one.
    EXPECT_TRUE(QKeySequence::mnemonic(QStringLiteral("Edit…")).isEmpty());
    EXPECT_TRUE(QKeySequence::mnemonic(QStringLiteral("Training && Requirements")).isEmpty());
    EXPECT_EQ(QKeySequence::mnemonic(QStringLiteral("Rev&iew")), QKeySequence(Qt::ALT | Qt::Key_I));
}

} // namespace staffpath::app::test
