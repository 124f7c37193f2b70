// SPDX-License-Identifier: GPL-3.0-or-later
// `export person`: one member of staff's whole record as JSON, for a subject access request.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/reports/PersonReport.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/PersonExport.h"
#include "staffpath/services/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <exception>

namespace staffpath::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

} // namespace

int runExportPerson(const QStringList& arguments, CliOutput& io)
{
    const QString usage = tr("staffpath-cli export person --db FILE --staff ID --out FILE.json|FILE.pdf");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Everything the database holds about one member of staff, as JSON, for a subject access request: "
           "details, posts, qualifications, all CPD, career conversations (confidential ones too), the "
           "development plan and performance-management objectives and reviews. Format: docs/person-export.md."));
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption({QStringLiteral("staff"), tr("The id of the member of staff (see staff list)."), tr("ID")});
    parser.addOption({QStringLiteral("out"),
                      tr("The file to write: JSON, or a PDF to read and print when it ends in .pdf; an older file "
                         "there is replaced."),
                      tr("FILE")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    for (const char* name : {"db", "staff", "out"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty()) {
            io.error(tr("export person needs --%1.").arg(option));
            QTextStream(stderr) << tr("Usage: %1\n").arg(usage);
            return kExitUsage;
        }
    }
    bool ok = false;
    const Id staffId = parser.value(QStringLiteral("staff")).toLongLong(&ok);
    if (!ok || staffId < 1) {
        io.error(
            tr("--staff must be a staff id (a whole number), not \"%1\".").arg(parser.value(QStringLiteral("staff"))));
        return kExitUsage;
    }
    const QString out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();

    const services::SystemClock clock;
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    const std::string exportedAt =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString(); // e.g. 2026-11-23T10:50:31Z
    const services::PersonExport exporter(workspace.value()->database());
    if (out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        // The PDF is made from the JSON document itself, so it holds exactly what the JSON would.
        const Result<std::string> document = exporter.document(staffId, exportedAt);
        if (!document) {
            return io.fail(document.error());
        }
        if (Status written = reports::writePersonRecordPdf(*document, out); !written) {
            return io.fail(written.error());
        }
    } else if (Status written = exporter.write(staffId, out, exportedAt); !written) {
        return io.fail(written.error());
    }
    // The id, not the name: what is printed may end up in a script's log.
    io.outLine(tr("Wrote the whole record of staff %1 to %2.").arg(staffId).arg(QDir::toNativeSeparators(out)));
    return kExitOk;
}

} // namespace staffpath::cli
