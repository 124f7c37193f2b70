// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/StaffFilter.h"

namespace staffpath::services {

namespace {

// Letters that Unicode does not decompose into a base letter plus a mark, but that people type without.
QChar foldSpecial(QChar c, QString& extra)
{
    switch (c.unicode()) {
    case 0x0142: // ł
        return QLatin1Char('l');
    case 0x00F8: // ø
        return QLatin1Char('o');
    case 0x0111: // đ
        return QLatin1Char('d');
    case 0x0131: // dotless i
        return QLatin1Char('i');
    case 0x00E6: // æ
        extra = QStringLiteral("e");
        return QLatin1Char('a');
    case 0x0153: // œ
        extra = QStringLiteral("e");
        return QLatin1Char('o');
    case 0x00DF: // ß
        extra = QStringLiteral("s");
        return QLatin1Char('s');
    default:
        return c;
    }
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC);
}

} // namespace

QString StaffFilter::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || isApostrophe(c)) {
            continue; // "Zoë" -> "zoe", "O'Brien" -> "obrien"
        }
        if (!c.isLetterOrNumber() && c != QLatin1Char('@') && c != QLatin1Char('.')) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        QString extra;
        out.append(foldSpecial(c, extra));
        out.append(extra);
    }
    return out;
}

QString StaffFilter::haystack(const StaffSummary& s)
{
    const QLatin1Char sep(' ');
    return fold(QString::fromStdString(s.displayName) % sep % QString::fromStdString(s.sortName) % sep %
                QString::fromStdString(s.roleTitle) % sep % QString::fromStdString(s.schoolName) % sep %
                QString::fromStdString(s.team) % sep % QString::fromStdString(s.payrollNumber) % sep %
                QString::fromStdString(s.email));
}

void StaffFilter::setQuery(const QString& query)
{
    m_query = query;
    m_words = fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool StaffFilter::matches(const QString& haystack) const
{
    for (const QString& word : m_words) {
        if (!haystack.contains(word)) {
            return false;
        }
    }
    return true;
}

} // namespace staffpath::services
