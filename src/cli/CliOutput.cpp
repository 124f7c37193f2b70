// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include "ExitCodes.h"

#include <cstdio>

namespace staffpath::cli {

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void CliOutput::out(const QString& text)
{
    m_out << text;
    m_out.flush();
}

void CliOutput::outLine(const QString& text)
{
    m_out << text << '\n';
    m_out.flush();
}

void CliOutput::outUtf8(const std::string& text)
{
    m_out.flush();
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void CliOutput::error(const QString& text)
{
    m_err << "staffpath-cli: " << text << '\n';
    m_err.flush();
}

int CliOutput::fail(const Error& e)
{
    error(QString::fromStdString(e.message));
    return exitCodeFor(e.code);
}

} // namespace staffpath::cli
