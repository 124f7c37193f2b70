// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/reports/PersonReport.h"

#include "PdfFile.h"

#include <QCoreApplication>
#include <QFont>
#include <QStringList>
#include <QTextDocument>

#include <nlohmann/json.hpp>

namespace staffpath::reports {

namespace {

using Ordered = nlohmann::ordered_json;

QString readable(const std::string& key)
{
    QString out = QString::fromStdString(key);
    out.replace(u'_', u' ');
    if (!out.isEmpty()) {
        out[0] = out[0].toUpper();
    }
    return out;
}

QString valueText(const Ordered& v)
{
    if (v.is_null()) {
        return QStringLiteral("—");
    }
    if (v.is_string()) {
        return QString::fromStdString(v.get<std::string>());
    }
    if (v.is_boolean()) {
        return v.get<bool>() ? QCoreApplication::translate("staffpath::reports", "yes")
                             : QCoreApplication::translate("staffpath::reports", "no");
    }
    if (v.is_object()) {
        // A nested object (a school with its id and name, a row before a change) reads as "key: value" lines.
        QStringList parts;
        for (const auto& [k, inner] : v.items()) {
            parts << readable(k) + QStringLiteral(": ") + valueText(inner);
        }
        return parts.join(QStringLiteral("; "));
    }
    if (v.is_array()) {
        QStringList parts;
        for (const Ordered& inner : v) {
            parts << valueText(inner);
        }
        return parts.join(QStringLiteral(" | "));
    }
    return QString::fromStdString(v.dump());
}

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
}

QString objectTable(const Ordered& object)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">");
    for (const auto& [k, v] : object.items()) {
        html += QStringLiteral("<tr><th align=\"left\">%1</th>%2</tr>")
                    .arg(readable(k).toHtmlEscaped(), cell(valueText(v)));
    }
    return html + QStringLiteral("</table>");
}

QString arrayTable(const Ordered& array)
{
    if (array.empty()) {
        return QStringLiteral("<p><i>%1</i></p>").arg(QCoreApplication::translate("staffpath::reports", "None held."));
    }
    QString html;
    // One small table per item: a list of records with a dozen fields each fits a page's width only this way.
    for (const Ordered& item : array) {
        html += item.is_object() ? objectTable(item) : QStringLiteral("<p>%1</p>").arg(valueText(item).toHtmlEscaped());
        html += QStringLiteral("<p></p>");
    }
    return html;
}

} // namespace

Result<QString> personRecordHtml(const std::string& exportJson)
{
    const Ordered doc = Ordered::parse(exportJson, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || doc.value("format", std::string()) != "staffpath-person" ||
        !doc.contains("person")) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("staffpath::reports", "That is not a StaffPath person export.").toStdString());
    }
    const Ordered& person = doc.at("person");
    const QString name =
        QStringLiteral("%1 %2").arg(QString::fromStdString(person.value("legal_forename", std::string())),
                                    QString::fromStdString(person.value("legal_surname", std::string())));
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>")
                .arg(QCoreApplication::translate("staffpath::reports", "Everything held about %1")
                         .arg(name.trimmed())
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate(
                         "staffpath::reports",
                         "A subject access export from StaffPath, made %1 (format %2, version %3). Every section of "
                         "the record is below, including confidential conversations and reviews, and every change "
                         "recorded about this person.")
                         .arg(QString::fromStdString(doc.value("exported_at", std::string())),
                              QString::fromStdString(doc.value("format", std::string())))
                         .arg(doc.value("version", 0))
                         .toHtmlEscaped());
    for (const auto& [key, value] : doc.items()) {
        if (key == "format" || key == "version" || key == "exported_at") {
            continue;
        }
        html += QStringLiteral("<h2>%1</h2>").arg(readable(key).toHtmlEscaped());
        html += value.is_object() ? objectTable(value) : value.is_array() ? arrayTable(value) : cell(valueText(value));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

Status writePersonRecordPdf(const std::string& exportJson, const QString& path)
{
    const Result<QString> html = personRecordHtml(exportJson);
    if (!html) {
        return html.error();
    }
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setHtml(*html);
    const Ordered doc = Ordered::parse(exportJson, nullptr, false);
    const QString footer = QCoreApplication::translate("staffpath::reports", "Subject access export, %1")
                               .arg(QString::fromStdString(doc.value("exported_at", std::string())));
    return writePagedPdf(document, path, QCoreApplication::translate("staffpath::reports", "Subject access export"),
                         footer, QStringLiteral("record.pdf"));
}

} // namespace staffpath::reports
