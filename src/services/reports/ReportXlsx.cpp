// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX through libxlsxwriter (Debian: libxlsxwriter-dev), found by pkg-config; without it, a clear refusal.
#include "staffpath/services/reports/ReportWriters.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef STAFFPATH_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

#include <type_traits>

namespace staffpath::services::reports {

namespace {

std::string tr(const char* text, const QString& path)
{
    return QCoreApplication::translate("staffpath::services::reports", text)
        .arg(QFileInfo(path).absoluteFilePath())
        .toStdString();
}

} // namespace

#ifdef STAFFPATH_HAVE_XLSXWRITER

bool xlsxAvailable()
{
    return true;
}

Status writeXlsx(const Report& report, const QString& path)
{
    // libxlsxwriter writes the whole file on close; a temporary name keeps a failure from leaving half a file.
    const QString partial = path + QStringLiteral(".partial");
    const QByteArray partialName = QFile::encodeName(partial);
    lxw_workbook* book = workbook_new(partialName.constData());
    if (book == nullptr) {
        return makeError(ErrorCode::Io, tr("The spreadsheet %1 could not be created.", path));
    }
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Report");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "£#,##0.00");
    lxw_format* hours = workbook_add_format(book);
    format_set_num_format(hours, "#,##0.0");
    lxw_format* percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0\"%\"");
    lxw_format* count = workbook_add_format(book);
    format_set_num_format(count, "#,##0");

    worksheet_write_string(sheet, 0, 0, report.title.c_str(), title);
    worksheet_write_string(sheet, 1, 0, report.subtitle.c_str(), nullptr);
    lxw_row_t row = 3;
    for (std::size_t c = 0; c < report.columns.size(); ++c) {
        worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), report.columns[c].heading.c_str(), bold);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), c == 0 ? 34 : 16, nullptr);
    }
    const auto writeRow = [&](const std::vector<Cell>& cells, bool total) {
        ++row;
        for (std::size_t c = 0; c < report.columns.size() && c < cells.size(); ++c) {
            const Unit unit = report.columns[c].unit;
            const auto col = static_cast<lxw_col_t>(c);
            lxw_format* format = unit == Unit::Pence     ? money
                                 : unit == Unit::Hours   ? hours
                                 : unit == Unit::Percent ? percent
                                 : unit == Unit::Count   ? count
                                                         : (total ? bold : nullptr);
            std::visit(
                [&](const auto& v) {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, std::string>) {
                        worksheet_write_string(sheet, row, col, v.c_str(), total ? bold : nullptr);
                    } else if constexpr (std::is_same_v<T, std::int64_t>) {
                        const double value =
                            unit == Unit::Pence ? static_cast<double>(v) / 100.0 : static_cast<double>(v);
                        worksheet_write_number(sheet, row, col, value, format);
                    } else if constexpr (std::is_same_v<T, double>) {
                        worksheet_write_number(sheet, row, col, v, format);
                    }
                },
                cells[c]);
        }
    };
    for (const auto& cells : report.rows) {
        writeRow(cells, false);
    }
    if (!report.totals.empty()) {
        writeRow(report.totals, true);
    }
    row += 2;
    for (const std::string& note : report.notes) {
        worksheet_write_string(sheet, row++, 0, note.c_str(), nullptr);
    }
    if (workbook_close(book) != LXW_NO_ERROR) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("The spreadsheet %1 could not be written.", path));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("The spreadsheet could not be saved as %1.", path));
    }
    return {};
}

#else

bool xlsxAvailable()
{
    return false;
}

Status writeXlsx(const Report&, const QString& path)
{
    return makeError(ErrorCode::InvalidInput,
                     tr("This StaffPath was built without XLSX support, so %1 was not written; save the report as "
                        "CSV instead, which Excel opens.",
                        path));
}

#endif

} // namespace staffpath::services::reports
