// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace staffpath::app {

/** One kind of warning the pathway engine may give about a person, as the settings list it. */
struct WarningKind
{
    QString code;        ///< the engine's code: a rule id ("R-CUR-03") or its own ("no_posts")
    QString description; ///< when it is shown, as a sentence
};

/**
 * Every warning code that can appear on the Pathway tab (engine::Assessment::warnings; docs/pathway-engine.md
 * lists them), in the order Settings shows them: advice about the person first, then what the engine could not
 * read. The engine speaks codes; these sentences are the app's, so they are translated.
 */
class WarningCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(staffpath::app::WarningCatalogue)

public:
    static QList<WarningKind> pathwayWarnings();
    /** The sentence for `code`, or the code itself when it is not one of the list. */
    static QString description(const QString& code);
};

} // namespace staffpath::app
