// SPDX-License-Identifier: GPL-3.0-or-later
// File → Connect to Server: the address the form makes, and the real window opening a PostgreSQL database with
// the password asked for and kept in memory only. The window tests need scripts/with-postgres.sh's server.
#include "ConnectServerDialog.h"
#include "MainWindowFixture.h"
#include "MessageBanner.h"
#include "RecentFilesMenu.h"
#include "ServerAddress.h"
#include "StaffTableModel.h"

#include "../support/TestServer.h"

#include "staffpath/services/DemoService.h"
#include "staffpath/services/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QUrl>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <atomic>

namespace staffpath::app::test {

namespace {

ServerAddress trustAddress()
{
    ServerAddress address;
    address.host = QStringLiteral("db.trust.example");
    address.port = 5433;
    address.database = QStringLiteral("staffpath");
    address.user = QStringLiteral("head");
    return address;
}

bool hasIssue(const services::FieldIssues& issues, const std::string& field)
{
    return std::any_of(issues.begin(), issues.end(), [&](const services::FieldIssue& i) { return i.field == field; });
}

} // namespace

TEST(ServerAddress, DefaultsAreLocalhostThePostgresPortAndTheLoginName)
{
    const ServerAddress address = ServerAddress::defaults();
    EXPECT_EQ(address.host, QStringLiteral("localhost"));
    EXPECT_EQ(address.port, 5432);
    EXPECT_EQ(address.user, ServerAddress::loginName());
    EXPECT_EQ(address.sslMode, QStringLiteral("prefer"));
    // No database yet, so no address: the form says what is missing instead.
    EXPECT_TRUE(hasIssue(address.issues(), "database"));
    EXPECT_TRUE(address.url().isEmpty());
}

TEST(ServerAddress, MakesTheUrlTheStoreOpensLeavingOutLibpqsDefaultEncryption)
{
    ServerAddress address = trustAddress();
    EXPECT_TRUE(address.issues().empty());
    EXPECT_EQ(address.url(), QStringLiteral("postgresql://head@db.trust.example:5433/staffpath"));
    address.sslMode = QStringLiteral("verify-full");
    EXPECT_EQ(address.url(), QStringLiteral("postgresql://head@db.trust.example:5433/staffpath?sslmode=verify-full"));
    EXPECT_EQ(services::Workspace::describeLocation(address.url()).value(),
              QStringLiteral("database \u201cstaffpath\u201d on db.trust.example:5433"));
}

TEST(ServerAddress, AnIpv6AddressIsBracketedTypedWithOrWithoutBrackets)
{
    ServerAddress address = trustAddress();
    for (const QString& host : {QStringLiteral("::1"), QStringLiteral("[::1]"), QStringLiteral(" ::1 ")}) {
        address.host = host;
        EXPECT_EQ(address.url(), QStringLiteral("postgresql://head@[::1]:5433/staffpath")) << host.toStdString();
    }
    EXPECT_EQ(services::Workspace::describeLocation(address.url()).value(),
              QStringLiteral("database \u201cstaffpath\u201d on [::1]:5433"));
}

TEST(ServerAddress, SpecialCharactersArePercentEncodedAndReadBackAsTyped)
{
    ServerAddress address = trustAddress();
    address.user = QStringLiteral("o'brien@trust:hq");
    address.database = QStringLiteral("cpd 100%?#ü");
    const QString url = address.url();
    EXPECT_EQ(url, QStringLiteral("postgresql://o'brien%40trust%3Ahq@db.trust.example:5433/cpd%20100%25%3F%23%C3%BC"));
    const ServerAddress back = ServerAddress::fromUrl(url);
    EXPECT_EQ(back.user, address.user);
    EXPECT_EQ(back.database, address.database);
    EXPECT_EQ(back.host, address.host);
    EXPECT_EQ(back.port, 5433);
    EXPECT_EQ(services::Workspace::describeLocation(url).value(),
              QStringLiteral("database \u201ccpd 100%?#ü\u201d on db.trust.example:5433"));
}

TEST(ServerAddress, WhatCannotMakeAnAddressIsRefusedWithASentence)
{
    const auto refused = [](auto change, const std::string& field) {
        ServerAddress address = trustAddress();
        change(address);
        const services::FieldIssues issues = address.issues();
        EXPECT_TRUE(hasIssue(issues, field)) << field;
        for (const auto& issue : issues) {
            EXPECT_FALSE(issue.message.empty());
        }
        EXPECT_TRUE(address.url().isEmpty()) << address.url().toStdString();
    };
    refused([](ServerAddress& a) { a.host = QStringLiteral("  "); }, "host");
    refused([](ServerAddress& a) { a.host = QStringLiteral("bad host"); }, "host");
    refused([](ServerAddress& a) { a.host = QStringLiteral("db/trust"); }, "host");
    refused([](ServerAddress& a) { a.port = 0; }, "port");
    refused([](ServerAddress& a) { a.database.clear(); }, "database");
    refused([](ServerAddress& a) { a.database = QStringLiteral("a/b"); }, "database");
    refused([](ServerAddress& a) { a.database = QString(64, QLatin1Char('d')); }, "database");
    refused([](ServerAddress& a) { a.user = QString(); }, "user");
    refused([](ServerAddress& a) { a.sslMode = QStringLiteral("sometimes"); }, "sslmode");
}

TEST(ServerAddress, FromUrlKeepsTheDefaultsForWhatTheUrlDoesNotSay)
{
    const ServerAddress none = ServerAddress::fromUrl(QStringLiteral("/home/head/trust.sqlite"));
    EXPECT_EQ(none.host, QStringLiteral("localhost"));
    EXPECT_TRUE(none.database.isEmpty());
    const ServerAddress some = ServerAddress::fromUrl(QStringLiteral("postgresql://db.trust.example/staffpath"));
    EXPECT_EQ(some.host, QStringLiteral("db.trust.example"));
    EXPECT_EQ(some.port, 5432);
    EXPECT_EQ(some.user, ServerAddress::loginName());
    EXPECT_EQ(ServerAddress::fromUrl(QStringLiteral("postgresql://h/d?sslmode=require")).sslMode,
              QStringLiteral("require"));
}

TEST(ConnectServerDialog, ThePreviewFollowsTheFieldsAndOkWaitsForADatabase)
{
    ConnectServerDialog dialog;
    dialog.show();
    auto* preview = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    auto* database = dialog.findChild<QLineEdit*>(QStringLiteral("databaseEdit"));
    auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"));
    auto* ssl = dialog.findChild<QComboBox*>(QStringLiteral("sslModeComboBox"));
    ASSERT_TRUE(preview && database && port && ssl);
    EXPECT_TRUE(preview->isReadOnly());
    EXPECT_TRUE(preview->text().isEmpty());

    dialog.accept(); // no database yet: stays open and says why under the field
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.shownMessages("database").isEmpty());

    QTest::keyClicks(database, QStringLiteral("staffpath"));
    port->setValue(6432);
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));
    const QString expected =
        QStringLiteral("postgresql://%1@localhost:6432/staffpath?sslmode=require").arg(ServerAddress::loginName());
    if (!ServerAddress::loginName().isEmpty()) {
        EXPECT_EQ(preview->text(), QUrl(expected).toString(QUrl::FullyEncoded));
        EXPECT_EQ(dialog.url(), preview->text());
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
}

/** The real window against scripts/with-postgres.sh's server: a demo trust in a database of its own per test. */
class ConnectServerWindow : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("STAFFPATH_TEST_POSTGRES")) {
            GTEST_SKIP() << "STAFFPATH_TEST_POSTGRES is not set; run through scripts/with-postgres.sh (scripts/test.sh "
                            "does)";
        }
        MainWindowFixture::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        m_url = newServerDatabase();
        ASSERT_FALSE(m_url.isEmpty());
        services::DemoOptions options;
        options.seed = 5;
        options.staff = 12;
        const auto written = services::DemoService::createDemoDatabase(m_url, options);
        ASSERT_TRUE(written.ok()) << written.error().message;
        m_staff = static_cast<int>(written->staff);
        // Only the password the window is given may count: none from the tester's own ~/.pgpass.
        m_savedPassFile = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", tempPath(QStringLiteral("no-pgpass")).toLocal8Bit());
    }

    void TearDown() override
    {
        if (!m_url.isEmpty()) {
            m_savedPassFile.isNull() ? qunsetenv("PGPASSFILE") : qputenv("PGPASSFILE", m_savedPassFile);
        }
        MainWindowFixture::TearDown();
    }

    /** A new, empty database on the test server, made by its trusted role. */
    static QString newServerDatabase()
    {
        QString why;
        const QString url = staffpath::test::newTestServerDatabase(QStringLiteral("sp_gui"), &why);
        if (url.isEmpty()) {
            ADD_FAILURE() << why.toStdString();
        }
        return url;
    }

    /** m_url as the role that must give a password; empty (and the test skipped) without one. */
    QString passwordUrl()
    {
        const QUrl withPassword(qEnvironmentVariable("STAFFPATH_TEST_POSTGRES_PASSWORD_URL"));
        m_password = qEnvironmentVariable("STAFFPATH_TEST_POSTGRES_PASSWORD");
        if (withPassword.userName().isEmpty() || m_password.isEmpty()) {
            return {};
        }
        QUrl url(m_url);
        url.setUserName(withPassword.userName());
        return url.toString(QUrl::FullyEncoded);
    }

    QString settingsText() const
    {
        m_settings->sync();
        QFile file(tempPath(QStringLiteral("settings.ini")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QString m_url;
    QString m_password;
    int m_staff = 0;
    QByteArray m_savedPassFile;
};

TEST_F(ConnectServerWindow, ConnectToServerOpensTheDatabaseAndRemembersItWithoutAPassword)
{
    QAction* connectAction = action(QStringLiteral("connectServerAction"));
    ASSERT_NE(connectAction, nullptr);
    connectAction->trigger();
    ConnectServerDialog* dialog = m_window->connectServerDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setUrl(m_url);
    const QString url = dialog->url();
    ASSERT_EQ(url, m_url);
    dialog->accept();

    EXPECT_EQ(m_window->currentPath(), url) << m_window->messageBanner()->text().toStdString();
    EXPECT_EQ(model()->rowCount(), m_staff);
    const QString name = services::Workspace::describeLocation(url).value();
    EXPECT_TRUE(m_window->windowTitle().endsWith(name)) << m_window->windowTitle().toStdString();
    EXPECT_EQ(m_window->findChild<QLabel*>(QStringLiteral("databasePathLabel"))->text(), name);
    EXPECT_EQ(m_settings->lastServer(), url);
    EXPECT_EQ(m_settings->lastDatabase(), url);
    ASSERT_FALSE(m_settings->recentFiles().isEmpty());
    EXPECT_EQ(m_settings->recentFiles().front(), url);

    m_window->recentFilesMenu()->rebuild(); // as when it is about to show: a URL is not pruned as a missing file
    const QList<QAction*> entries = m_window->recentFilesMenu()->actions();
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.front()->data().toString(), url);
    EXPECT_EQ(entries.front()->text(), QStringLiteral("&1 %1").arg(name));
    EXPECT_EQ(m_dialogs.passwordPrompts(), 0) << "the trusted role needs no password";
}

TEST_F(ConnectServerWindow, ThePasswordIsAskedForAndKeptOnlyInMemory)
{
    const QString url = passwordUrl();
    if (url.isEmpty()) {
        GTEST_SKIP() << "STAFFPATH_TEST_POSTGRES_PASSWORD_URL is not set: scripts/with-postgres.sh makes it";
    }
    m_dialogs.setNextPassword(QStringLiteral("not-%1").arg(m_password)); // a typing slip: asked again
    m_dialogs.setNextPassword(m_password);
    ASSERT_TRUE(m_window->openDatabase(url)) << m_window->messageBanner()->text().toStdString();
    EXPECT_EQ(m_dialogs.passwordPrompts(), 2);
    EXPECT_TRUE(m_dialogs.lastPasswordText().contains(QStringLiteral("did not accept")));
    EXPECT_TRUE(m_dialogs.lastPasswordText().contains(QStringLiteral("staffpath_pw")));
    EXPECT_EQ(m_window->currentPath(), url);
    EXPECT_EQ(model()->rowCount(), m_staff);

    // A worker thread opens its own connection with the same password: Succession reads everyone on one.
    m_window->showSuccession();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->successionDialog() != nullptr; }, 20000))
        << m_window->messageBanner()->text().toStdString();

    for (const QString& kept : {settingsText(), m_window->windowTitle(), m_window->messageBanner()->text(),
                                m_settings->recentFiles().join(QLatin1Char(' '))}) {
        EXPECT_FALSE(kept.contains(m_password)) << kept.toStdString();
    }
    EXPECT_TRUE(settingsText().contains(QStringLiteral("staffpath_pw")));
}

TEST_F(ConnectServerWindow, CancellingThePasswordKeepsTheOpenDatabase)
{
    const QString url = passwordUrl();
    if (url.isEmpty()) {
        GTEST_SKIP() << "STAFFPATH_TEST_POSTGRES_PASSWORD_URL is not set: scripts/with-postgres.sh makes it";
    }
    const QString before = m_window->currentPath();
    m_dialogs.cancelNextPassword();
    EXPECT_FALSE(m_window->openDatabase(url));
    EXPECT_EQ(m_dialogs.passwordPrompts(), 1);
    EXPECT_EQ(m_window->currentPath(), before);
    EXPECT_EQ(model()->rowCount(), fixtureStaffCount());
    EXPECT_FALSE(m_settings->recentFiles().contains(url));
    EXPECT_TRUE(m_window->messageBanner()->text().isEmpty() ||
                m_window->messageBanner()->type() != MessageBanner::Type::Error)
        << "cancelling is the user's choice, not an error";
}

} // namespace staffpath::app::test
