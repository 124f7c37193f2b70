// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlErrors.h"

#include <QCoreApplication>

namespace staffpath::store::sqlerr {

namespace {

constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoErr = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kConstraint = 19;
constexpr int kNotADb = 26;

// SQLite names the column ("UNIQUE constraint failed: staff.email"), never the value.
QString uniqueFieldName(const QString& driverText)
{
    struct Field
    {
        const char* column;
        const char* name;
    };
    static const Field kFields[] = {
        {"staff.email", QT_TRANSLATE_NOOP("staffpath::store", "email address")},
        {"staff.payroll_number", QT_TRANSLATE_NOOP("staffpath::store", "payroll number")},
        {"staff.ni_number", QT_TRANSLATE_NOOP("staffpath::store", "National Insurance number")},
        {"staff.trn", QT_TRANSLATE_NOOP("staffpath::store", "teacher reference number")},
        {"schools.urn", QT_TRANSLATE_NOOP("staffpath::store", "school URN")},
    };
    for (const Field& f : kFields) {
        if (driverText.contains(QLatin1String(f.column))) {
            return QCoreApplication::translate("staffpath::store", f.name);
        }
    }
    return QCoreApplication::translate("staffpath::store", "value that must be unique");
}

} // namespace

int sqliteCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

std::string detail(const QSqlError& error, const QString& sql)
{
    QString text = QStringLiteral("code %1: %2").arg(error.nativeErrorCode(), error.databaseText());
    if (!error.driverText().isEmpty()) {
        text += QStringLiteral(" (%1)").arg(error.driverText());
    }
    if (!sql.isEmpty()) {
        text += QStringLiteral(" in: %1").arg(sql.simplified().left(240));
    }
    return text.toStdString();
}

Error failure(const QString& fileName, const QSqlError& error, const QString& sql)
{
    const std::string why = detail(error, sql);
    switch (sqliteCode(error)) {
    case kBusy:
    case kLocked:
        return makeError(ErrorCode::Locked,
                         QCoreApplication::translate("staffpath::store",
                                                     "Another program is using %1, so StaffPath cannot change it "
                                                     "now. Close the other program (or the other StaffPath window) "
                                                     "and try again.")
                             .arg(fileName)
                             .toStdString(),
                         why);
    case kReadOnly:
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 cannot be written to, so the change was not saved. Check "
                                                     "that the file and its folder are writable, then try again.")
                             .arg(fileName)
                             .toStdString(),
                         why);
    case kFull:
    case kIoErr:
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("staffpath::store",
                                                     "The computer could not write to %1 (the disk may be full or "
                                                     "disconnected). Nothing was saved; free some space or "
                                                     "reconnect the drive and try again.")
                             .arg(fileName)
                             .toStdString(),
                         why);
    case kCorrupt:
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 is damaged: part of the file cannot be read. Open the most "
                                                     "recent backup copy instead; StaffPath has not changed the "
                                                     "file.")
                             .arg(fileName)
                             .toStdString(),
                         why);
    case kNotADb:
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("staffpath::store",
                                                     "%1 is not a database file. Choose a StaffPath database (.sqlite) "
                                                     "instead.")
                             .arg(fileName)
                             .toStdString(),
                         why);
    case kConstraint:
        if (error.databaseText().contains(QLatin1String("UNIQUE"))) {
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("staffpath::store",
                                                         "Nothing was saved to %1: the same %2 appears twice. Each "
                                                         "one must belong to only one record.")
                                 .arg(fileName, uniqueFieldName(error.databaseText()))
                                 .toStdString(),
                             why);
        }
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("staffpath::store",
                                                     "Nothing was saved to %1: a value was out of range or referred "
                                                     "to a record that does not exist.")
                             .arg(fileName)
                             .toStdString(),
                         why);
    default:
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("staffpath::store",
                                                     "StaffPath could not read or write %1. Nothing was changed by "
                                                     "the step that failed; try again, and report the problem if it "
                                                     "happens again.")
                             .arg(fileName)
                             .toStdString(),
                         why);
    }
}

} // namespace staffpath::store::sqlerr
