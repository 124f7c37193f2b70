// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace staffpath::test {

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

bool havePopplerUtils()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QString pdfInfo(const QString& path)
{
    return run(QStringLiteral("pdfinfo"), {path});
}

int pdfPages(const QString& path)
{
    const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
                           .match(pdfInfo(path));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfText(const QString& path)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
}

QList<QStringList> pdfPageLines(const QString& path)
{
    QList<QStringList> pages;
    const QStringList texts = pdfText(path).split(QLatin1Char('\f'));
    for (const QString& text : texts) {
        QStringList lines;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                lines << line.trimmed();
            }
        }
        if (!lines.isEmpty()) {
            pages << lines;
        }
    }
    return pages;
}

} // namespace staffpath::test
