// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#ifdef STAFFPATH_HAS_CHARTS
#include "staffpath/charts/ReportChart.h"
#include "staffpath/reports/ReportPdf.h"

#include <QApplication>
#endif

#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>

namespace {

/** Whether a `report` command asks for a PDF: `--format pdf`, `--format=pdf`, or an output file named *.pdf. */
bool asksForPdf(int argc, char** argv)
{
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "pdf" || arg == "--format=pdf" || (arg.size() > 4 && arg.substr(arg.size() - 4) == ".pdf")) {
            return true;
        }
    }
    return false;
}

/**
 * The offscreen platform warns when XDG_RUNTIME_DIR is unset (as under sudo, cron or CI). It does not matter for a
 * command that only writes a file, and a command's stderr is for what the user must read.
 */
void quietOffscreenNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        return;
    }
    std::fputs(qFormatLogMessage(type, context, message).toLocal8Bit().append('\n').constData(), stderr);
}

} // namespace

int main(int argc, char** argv)
{
    // Laying out a printed page needs fonts, and fonts need a QGuiApplication. Only `plan` and a report written as
    // PDF pay for one; every other command stays on QCoreApplication and needs no platform plugin. A command line
    // never opens a window, so the offscreen platform is forced: both work over ssh and in CI with no display.
    // A report's chart is drawn by Qt Charts, whose items need a QApplication; the build without the GUI has no
    // charts, and its report PDFs say so.
    std::unique_ptr<QCoreApplication> app;
    const bool plan = argc > 1 && std::strcmp(argv[1], "plan") == 0;
    const bool reportPdf = argc > 1 && std::strcmp(argv[1], "report") == 0 && asksForPdf(argc, argv);
    const bool personPdf = argc > 2 && std::strcmp(argv[1], "export") == 0 && std::strcmp(argv[2], "person") == 0 &&
                           asksForPdf(argc, argv);
    if (plan || reportPdf || personPdf) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietOffscreenNoise);
    }
#ifdef STAFFPATH_HAS_CHARTS
    if (reportPdf) {
        app = std::make_unique<QApplication>(argc, argv);
        staffpath::reports::setDefaultChartPainter(&staffpath::charts::paintChart);
    }
#endif
    if (!app && (plan || reportPdf || personPdf)) {
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else if (!app) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("staffpath-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("StaffPath"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAFFPATH_VERSION));
    return staffpath::cli::CliApp(QCoreApplication::arguments()).run();
}
