// SPDX-License-Identifier: GPL-3.0-or-later
// `import staff|cpd`: an MIS export previewed, then written in one transaction unless --dry-run.
#include "CliApp.h"
#include "CommandLine.h"
#include "ExitCodes.h"
#include "SignIn.h"

#include "staffpath/services/Clock.h"
#include "staffpath/services/Workspace.h"
#include "staffpath/services/import/ImportService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace staffpath::cli {

namespace {

using services::ImportKind;
using services::Preview;

QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

void printPreview(const Preview& p, CliOutput& io)
{
    io.outLine(tr("%1: %2 new, %3 changed, %4 unchanged, %5 in error.")
                   .arg(qs(p.fileName))
                   .arg(p.newCount)
                   .arg(p.changedCount)
                   .arg(p.unchangedCount)
                   .arg(p.errorCount));
    for (const services::PreviewRow& row : p.rows) {
        for (const services::FieldChange& c : row.changes) {
            io.outLine(tr("%1:%2: %3: %4 \"%5\" -> \"%6\"")
                           .arg(qs(p.fileName))
                           .arg(row.row)
                           .arg(qs(row.who), qs(c.field), qs(c.oldValue), qs(c.newValue)));
        }
    }
    for (const services::CellError& e : p.errors()) {
        if (e.column.empty()) {
            io.outLine(QStringLiteral("%1:%2: %3").arg(qs(p.fileName)).arg(e.row).arg(qs(e.reason)));
        } else {
            io.outLine(tr("%1:%2: column \"%3\": %4").arg(qs(p.fileName)).arg(e.row).arg(qs(e.column), qs(e.reason)));
        }
    }
}

} // namespace

int runImport(const QStringList& arguments, CliOutput& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import staff or CPD from an MIS export: shows how many rows are new, changed, unchanged and in error, "
           "then writes them all in one transaction."));
    parser.addPositionalArgument(QStringLiteral("kind"), tr("staff or cpd: what the file holds."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file."));
    parser.addOption({QStringLiteral("db"),
                      tr("The StaffPath database: a file, or a postgresql://user@host/database address."), tr("FILE")});
    parser.addOption({QStringLiteral("dry-run"), tr("Show the preview and write nothing.")});
    parser.addOption({QStringLiteral("mapping"),
                      tr("A JSON object {\"Column heading\": \"fieldId\" or null} laid over the recognised columns."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("skip-errors"), tr("Import the good rows and leave out the rows in error.")});
    if (auto done = parseCommandLine(parser, arguments, io)) {
        return *done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(QStringLiteral("db"))) {
        io.error(tr("import needs what the file holds, the file and the database: "
                    "staffpath-cli import staff|cpd FILE.csv --db DB [--dry-run] [--mapping FILE] [--skip-errors]"));
        return kExitUsage;
    }
    ImportKind kind = ImportKind::Staff;
    if (positional[0] == QLatin1String("cpd")) {
        kind = ImportKind::Cpd;
    } else if (positional[0] != QLatin1String("staff")) {
        io.error(tr("\"%1\" is not a kind of import; write staff or cpd.").arg(positional[0]));
        return kExitUsage;
    }

    auto shipped = services::HeaderSynonyms::locateShippedFile();
    if (!shipped) {
        return io.fail(shipped.error());
    }
    auto synonyms = services::HeaderSynonyms::load(shipped.value());
    if (!synonyms) {
        return io.fail(synonyms.error());
    }
    services::MappingOverrides overrides;
    const QString mappingFile = parser.value(QStringLiteral("mapping"));
    if (!mappingFile.isEmpty()) {
        QFile file(mappingFile);
        if (!file.open(QIODevice::ReadOnly)) {
            io.error(tr("%1 cannot be read: %2").arg(mappingFile, file.errorString()));
            return kExitNotFound;
        }
        const QByteArray bytes = file.readAll();
        auto parsed = services::ImportMapping::parseJson(std::string_view(bytes.constData(), bytes.size()),
                                                         QFileInfo(mappingFile).fileName().toStdString());
        if (!parsed) {
            return io.fail(parsed.error());
        }
        overrides = std::move(parsed.value());
    }
    auto table = services::ImportService::readFile(QFileInfo(positional[1]).absoluteFilePath().toStdString());
    if (!table) {
        return io.fail(table.error());
    }

    const services::SystemClock clock;
    auto workspace = openSignedIn(databasePath(parser), clock);
    if (!workspace) {
        return io.fail(workspace.error());
    }
    services::ImportService importer((*workspace)->database(), clock, std::move(synonyms.value()));
    auto mapping = importer.mappingFor(kind, table.value());
    if (!mapping) {
        return io.fail(mapping.error());
    }
    if (Status s = mapping->apply(overrides, QFileInfo(mappingFile).fileName().toStdString()); !s) {
        return io.fail(s.error());
    }
    auto preview = importer.preview(table.value(), mapping.value());
    if (!preview) {
        return io.fail(preview.error());
    }
    printPreview(preview.value(), io);
    const bool skip = parser.isSet(QStringLiteral("skip-errors"));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        io.outLine(tr("Dry run: nothing was written."));
        return preview->errorCount > 0 && !skip ? kExitInvalidInput : kExitOk;
    }
    if (preview->errorCount > 0 && !skip) {
        io.error(tr("%1 has rows in error; nothing was imported. Correct them, or add --skip-errors to import the "
                    "rest.")
                     .arg(qs(preview->fileName)));
        return kExitInvalidInput;
    }
    auto report = importer.apply(preview.value(), skip);
    if (!report) {
        return io.fail(report.error());
    }
    io.outLine(tr("Imported %1 row(s) with %2 write(s) to the database.").arg(report->imported).arg(report->writes));
    if (report->skipped > 0) {
        io.outLine(tr("Skipped %1 row(s) in error.").arg(report->skipped));
    }
    return kExitOk;
}

} // namespace staffpath::cli
