// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/StaffSummary.h"

#include <QString>
#include <QStringList>

namespace staffpath::services {

/**
 * The staff list's search: every word typed must appear somewhere in the person's name, job title, school,
 * team, payroll number or email. Case and accents are ignored ("zoe" finds "Zoë", "obrien" finds "O'Brien").
 * Lives in the core so the CLI and the window search alike.
 */
class StaffFilter
{
public:
    /** What a row is searched by, folded once so each keystroke only compares. */
    static QString haystack(const StaffSummary& summary);
    /** Lower-case, accents removed, punctuation dropped, runs of space collapsed. */
    static QString fold(const QString& text);

    void setQuery(const QString& query);
    QString query() const { return m_query; }
    bool isEmpty() const { return m_words.isEmpty(); }

    /** `haystack` must come from haystack(). */
    bool matches(const QString& haystack) const;

private:
    QString m_query;
    QStringList m_words;
};

} // namespace staffpath::services
