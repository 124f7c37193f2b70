// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the `pm` sub-commands share: reading the common options and opening the file with today and the calendar.

#include "CliOutput.h"

#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/PerformanceCycle.h"
#include "staffpath/services/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <variant>

namespace staffpath::cli::pm {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("staffpath::cli", text);
}

inline QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

template <class E>
QString word(E value)
{
    const std::string_view w = toString(value);
    return QString::fromUtf8(w.data(), static_cast<qsizetype>(w.size()));
}

/** What a sub-command needs once its options are read: the file, today and the cycle calendar. */
struct Session
{
    std::unique_ptr<services::FixedClock> clock;
    std::unique_ptr<services::Workspace> workspace;
    std::unique_ptr<services::PerformanceCycle> cycle;
};

/** --db and --as-of, which every pm command takes. */
void addCommon(QCommandLineParser& parser);
/** Opens the file; on failure prints why and returns the exit status instead. */
std::variant<Session, int> open(const QCommandLineParser& parser, CliOutput& io);
/** A whole number from --name; nullopt (message printed) when it is not one. */
std::optional<long long> number(const QCommandLineParser& parser, const char* name, CliOutput& io);
/** --year, or the cycle year today falls in; -1 (message printed) when it is not a number. */
int yearOr(const QCommandLineParser& parser, const services::PerformanceCycle& cycle, CliOutput& io);
/** The staff id, checked to be someone in the file; 0 after printing why not (and `status` set). */
Id staffOf(const QCommandLineParser& parser, Session& s, CliOutput& io, int& status);

template <class E>
std::optional<E> enumOption(const QCommandLineParser& parser, const char* name, CliOutput& io)
{
    const QString value =
        parser.value(QString::fromLatin1(name)).trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (auto parsed = enumFromString<E>(value.toStdString())) {
        return parsed;
    }
    QStringList words;
    for (const auto& [v, w] : EnumNames<E>::table()) {
        words << qs(std::string(w));
    }
    io.error(
        tr("--%1 must be one of %2, not \"%3\".")
            .arg(QString::fromLatin1(name), words.join(QStringLiteral(", ")), parser.value(QString::fromLatin1(name))));
    return std::nullopt;
}

int runStatus(const QStringList& arguments, CliOutput& io);

} // namespace staffpath::cli::pm
