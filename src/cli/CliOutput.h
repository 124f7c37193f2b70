// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QString>
#include <QTextStream>

#include <string>

namespace staffpath::cli {

/** Standard output for results, standard error for messages. UTF-8 both. */
class CliOutput
{
public:
    CliOutput();

    void out(const QString& text);
    void outLine(const QString& text = {});
    void outUtf8(const std::string& text);
    /** "staffpath-cli: <sentence>" on standard error. */
    void error(const QString& text);
    /** Prints the error's sentence and returns its exit status. */
    int fail(const Error& error);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace staffpath::cli
