// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAddress.h"

#include "staffpath/services/Workspace.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace staffpath::app {

namespace {

void add(services::FieldIssues& issues, const char* field, const QString& message)
{
    issues.push_back({field, message.toStdString()});
}

bool hasSpace(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

} // namespace

ServerAddress ServerAddress::defaults()
{
    ServerAddress address;
    address.user = loginName();
    return address;
}

QString ServerAddress::loginName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user; // USERNAME on Windows
}

QStringList ServerAddress::sslModes()
{
    // "prefer" first: libpq's own default, encrypted when the server offers it.
    return {QStringLiteral("prefer"),      QStringLiteral("require"), QStringLiteral("verify-ca"),
            QStringLiteral("verify-full"), QStringLiteral("allow"),   QStringLiteral("disable")};
}

ServerAddress ServerAddress::fromUrl(const QString& text)
{
    ServerAddress address = defaults();
    if (!services::Workspace::isServerLocation(text)) {
        return address;
    }
    const QUrl url(text);
    if (!url.isValid()) {
        return address;
    }
    if (!url.host().isEmpty()) {
        address.host = url.host();
    }
    address.port = url.port(kDefaultPort);
    address.database = url.path().mid(1);
    if (!url.userName().isEmpty()) {
        address.user = url.userName();
    }
    const QString mode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    if (sslModes().contains(mode)) {
        address.sslMode = mode;
    }
    return address;
}

QString ServerAddress::trimmedHost() const
{
    QString text = host.trimmed();
    // An IPv6 address may be typed as in a URL, in brackets; QUrl adds them back.
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'))) {
        text = text.mid(1, text.size() - 2);
    }
    return text;
}

services::FieldIssues ServerAddress::issues() const
{
    services::FieldIssues issues;
    const QString shownHost = trimmedHost();
    if (shownHost.isEmpty()) {
        add(issues, "host", tr("Enter the name or address of the PostgreSQL server, such as db.trust.example."));
    } else {
        QUrl probe;
        probe.setHost(shownHost, QUrl::StrictMode);
        if (hasSpace(shownHost) || probe.host().isEmpty() || !probe.isValid()) {
            add(issues, "host",
                tr("\u201c%1\u201d is not a server name or address. Give a name such as db.trust.example, or an "
                   "address such as 192.0.2.10 or ::1.")
                    .arg(shownHost));
        }
    }
    if (port < 1 || port > 65535) {
        add(issues, "port", tr("The port is a number from 1 to 65535; PostgreSQL's usual port is 5432."));
    }
    const QString db = database.trimmed();
    if (db.isEmpty()) {
        add(issues, "database", tr("Enter the name of the database StaffPath's tables are in."));
    } else if (db.contains(QLatin1Char('/'))) {
        add(issues, "database", tr("A database name cannot contain \u201c/\u201d here."));
    } else if (db.toUtf8().size() > kMaxNameBytes) {
        add(issues, "database",
            tr("PostgreSQL names are at most %1 bytes long; this one is longer.").arg(kMaxNameBytes));
    }
    const QString name = user.trimmed();
    if (name.isEmpty()) {
        add(issues, "user", tr("Enter the user name to connect as."));
    } else if (name.toUtf8().size() > kMaxNameBytes) {
        add(issues, "user", tr("PostgreSQL names are at most %1 bytes long; this one is longer.").arg(kMaxNameBytes));
    }
    if (!sslModes().contains(sslMode)) {
        add(issues, "sslmode", tr("Choose how the connection is encrypted."));
    }
    if (issues.empty()) {
        // The store reads the URL back exactly as open() will: anything it would refuse is said now.
        const Result<QString> described = services::Workspace::describeLocation(build());
        if (!described) {
            add(issues, "url", QString::fromStdString(described.error().message));
        }
    }
    return issues;
}

QString ServerAddress::url() const
{
    return issues().empty() ? build() : QString();
}

QString ServerAddress::build() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user.trimmed(), QUrl::DecodedMode);
    url.setHost(trimmedHost(), QUrl::StrictMode);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database.trimmed(), QUrl::DecodedMode);
    if (sslMode != QLatin1String("prefer")) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace staffpath::app
