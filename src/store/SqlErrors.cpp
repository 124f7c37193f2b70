// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

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

// PostgreSQL reports SQLSTATE codes, always five characters; SQLite's codes, extended ones included, have at most
// four digits. That is enough to tell the engines apart from the error alone.
bool isSqlState(const QString& code)
{
    return code.size() == 5;
}

// PostgreSQL names a constraint, not its expression: "staff_email_key", "posts_check". These map its default
// names for StaffPath's tables back to SQLite's wording, so one set of sentences serves both engines.
QString pgTableColumn(const QString& constraint, QLatin1String suffix)
{
    static const char* const kTables[] = {"conversation_actions",
                                          "career_conversations",
                                          "qualifications",
                                          "pm_objectives",
                                          "cpd_records",
                                          "cpd_budgets",
                                          "cpd_events",
                                          "pm_reviews",
                                          "plan_items",
                                          "schools",
                                          "posts",
                                          "staff",
                                          "meta"};
    const QString stem = constraint.endsWith(suffix) ? constraint.left(constraint.size() - suffix.size()) : constraint;
    for (const char* table : kTables) {
        const QString prefix = QLatin1String(table) + QLatin1Char('_');
        if (stem.startsWith(prefix)) {
            return QLatin1String(table) + QLatin1Char('.') + stem.mid(prefix.size());
        }
    }
    return stem;
}

QString pgCheckRule(const QString& constraint)
{
    struct Name
    {
        const char* constraint;
        const char* sqliteWords;
    };
    static const Name kNames[] = {
        {"posts_check", "to_date >= from_date"},  {"cpd_records_check", "end_date >= start_date"},
        {"staff_check", "line_manager_id <> id"}, {"qualifications_status_check", "status IN"},
        {"schools_roll_check", "roll >= 0"},
    };
    for (const Name& n : kNames) {
        if (constraint == QLatin1String(n.constraint)) {
            return QLatin1String(n.sqliteWords);
        }
    }
    static const Name kSuffixes[] = {
        {"_fte_check", "fte > 0"},          {"_hours_check", "hours >= 0"}, {"_cost_pence_check", "cost_pence >= 0"},
        {"_name_check", "<> ''"},           {"_urn_check", "<> ''"},        {"_email_check", "<> ''"},
        {"_payroll_number_check", "<> ''"}, {"_ni_number_check", "<> ''"},  {"_trn_check", "<> ''"},
    };
    for (const Name& n : kSuffixes) {
        if (constraint.endsWith(QLatin1String(n.constraint))) {
            return QLatin1String(n.sqliteWords);
        }
    }
    return constraint; // named constraints (plan_item_title_not_empty) and dfe_elements match as they are
}

/** An error as SQLite would have put it: its primary code and message. SQLite's own errors pass unchanged. */
struct Normalised
{
    int code = 0;
    QString text;
};

Normalised normalise(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    if (!isSqlState(state)) {
        bool ok = false;
        const int code = state.toInt(&ok);
        return {ok ? (code & 0xff) : 0, error.databaseText()};
    }
    static const QRegularExpression kConstraintName(QStringLiteral("constraint \"([^\"]+)\""));
    const QString name = kConstraintName.match(error.databaseText()).captured(1);
    if (state == QLatin1String("23505")) {
        const QString column =
            name.endsWith(QLatin1String("_pkey"))
                ? pgTableColumn(name, QLatin1String("_pkey")).section(QLatin1Char('.'), 0, 0) + QLatin1String(".id")
                : pgTableColumn(name, QLatin1String("_key"));
        return {kConstraint, QStringLiteral("UNIQUE constraint failed: ") + column};
    }
    if (state == QLatin1String("23503")) {
        return {kConstraint, QStringLiteral("FOREIGN KEY constraint failed")};
    }
    if (state == QLatin1String("23514")) {
        return {kConstraint, QStringLiteral("CHECK constraint failed: ") + pgCheckRule(name)};
    }
    if (state.startsWith(QLatin1String("23"))) {
        return {kConstraint, QStringLiteral("constraint failed")};
    }
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03")) {
        return {kBusy, error.databaseText()};
    }
    if (state == QLatin1String("25006") || state == QLatin1String("42501")) {
        return {kReadOnly, error.databaseText()};
    }
    if (state == QLatin1String("53100")) {
        return {kFull, error.databaseText()};
    }
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002")) {
        return {kCorrupt, error.databaseText()};
    }
    return {0, error.databaseText()};
}

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

// What follows "UNIQUE constraint failed: " or "CHECK constraint failed: " in SQLite's message.
QString afterPrefix(const QString& driverText, QLatin1String prefix)
{
    const qsizetype at = driverText.indexOf(prefix);
    return at < 0 ? QString() : driverText.mid(at + prefix.size()).trimmed();
}

// SQLite names an unnamed CHECK by its expression and a named one by its name; either way, say the rule.
QString checkRule(const QString& driverText)
{
    struct Rule
    {
        const char* match;
        const char* sentence;
    };
    static const Rule kRules[] = {
        {"plan_item_title_not_empty", QT_TRANSLATE_NOOP("staffpath::store", "every step of a plan needs a title")},
        {"plan_item_position_not_negative",
         QT_TRANSLATE_NOOP("staffpath::store", "a step's place in a plan cannot be negative")},
        {"fte > 0", QT_TRANSLATE_NOOP("staffpath::store", "an FTE must be more than 0 and at most 1")},
        {"to_date >= from_date", QT_TRANSLATE_NOOP("staffpath::store", "a post cannot end before it starts")},
        {"end_date >= start_date", QT_TRANSLATE_NOOP("staffpath::store", "an activity cannot end before it starts")},
        {"hours >= 0", QT_TRANSLATE_NOOP("staffpath::store", "hours cannot be negative")},
        {"cost_pence >= 0", QT_TRANSLATE_NOOP("staffpath::store", "a cost cannot be negative")},
        {"line_manager_id <> id", QT_TRANSLATE_NOOP("staffpath::store", "nobody can be their own line manager")},
        {"dfe_elements", QT_TRANSLATE_NOOP("staffpath::store", "the DfE standard elements are not a valid set")},
        {"status IN", QT_TRANSLATE_NOOP("staffpath::store", "a qualification's status must be planned, in progress, "
                                                            "completed or withdrawn")},
        {"roll >= 0", QT_TRANSLATE_NOOP("staffpath::store", "a school's roll cannot be negative")},
        {"<> ''", QT_TRANSLATE_NOOP("staffpath::store", "a value was stored as empty text instead of being left out")},
    };
    const QString rule = afterPrefix(driverText, QLatin1String("CHECK constraint failed:"));
    for (const Rule& r : kRules) {
        if (rule.contains(QLatin1String(r.match))) {
            return QCoreApplication::translate("staffpath::store", r.sentence);
        }
    }
    return {};
}

// "%1 is already ..." for each unique column a person types, and for the row ids an undo re-uses.
const char* uniqueValueSentence(const QString& column)
{
    struct Sentence
    {
        const char* column;
        const char* sentence;
    };
    static const Sentence kSentences[] = {
        {"staff.payroll_number",
         QT_TRANSLATE_NOOP("staffpath::store", "Payroll number %1 is already used by another member of staff.")},
        {"staff.email",
         QT_TRANSLATE_NOOP("staffpath::store", "The email address %1 is already used by another member of staff.")},
        {"staff.ni_number",
         QT_TRANSLATE_NOOP("staffpath::store", "National Insurance number %1 is already used by another member of "
                                               "staff.")},
        {"staff.trn",
         QT_TRANSLATE_NOOP("staffpath::store", "Teacher reference number %1 is already used by another member of "
                                               "staff.")},
        {"schools.urn", QT_TRANSLATE_NOOP("staffpath::store", "URN %1 is already used by another school.")},
        {"staff.id", QT_TRANSLATE_NOOP("staffpath::store", "There is already a member of staff numbered %1.")},
        {"posts.id", QT_TRANSLATE_NOOP("staffpath::store", "There is already a post numbered %1.")},
        {"qualifications.id", QT_TRANSLATE_NOOP("staffpath::store", "There is already a qualification numbered %1.")},
        {"cpd_records.id", QT_TRANSLATE_NOOP("staffpath::store", "There is already a CPD record numbered %1.")},
        {"career_conversations.id",
         QT_TRANSLATE_NOOP("staffpath::store", "There is already a career conversation numbered %1.")},
        {"conversation_actions.id",
         QT_TRANSLATE_NOOP("staffpath::store", "There is already an agreed action numbered %1.")},
        {"plan_items.id", QT_TRANSLATE_NOOP("staffpath::store", "There is already a plan step numbered %1.")},
    };
    for (const Sentence& s : kSentences) {
        if (column == QLatin1String(s.column)) {
            return s.sentence;
        }
    }
    return nullptr;
}

} // namespace

int sqliteCode(const QSqlError& error)
{
    if (isSqlState(error.nativeErrorCode())) {
        return 0;
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

std::string detail(const QSqlError& error, const QString& sql)
{
    // PostgreSQL's DETAIL line quotes the values of the row it refused ("Key (email)=(…)", "Failing row contains
    // (…)"): personal data, so only the first line, which names the constraint, is kept.
    QString driverMessage = error.databaseText();
    if (isSqlState(error.nativeErrorCode())) {
        driverMessage = driverMessage.section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    QString text = QStringLiteral("code %1: %2").arg(error.nativeErrorCode(), driverMessage);
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
    const Normalised n = normalise(error);
    switch (n.code) {
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
        if (n.text.contains(QLatin1String("UNIQUE"))) {
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("staffpath::store",
                                                         "Nothing was saved to %1: the same %2 appears twice. Each "
                                                         "one must belong to only one record.")
                                 .arg(fileName, uniqueFieldName(n.text))
                                 .toStdString(),
                             why);
        }
        if (n.text.contains(QLatin1String("FOREIGN KEY"))) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("staffpath::store",
                                                         "Nothing was saved to %1: the change refers to a member of "
                                                         "staff or another record that is not there (it may have "
                                                         "been removed by someone else). Refresh and try again.")
                                 .arg(fileName)
                                 .toStdString(),
                             why);
        }
        if (const QString rule = checkRule(n.text); !rule.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("staffpath::store", "Nothing was saved to %1: %2.")
                                 .arg(fileName, rule)
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

Error failure(const QString& fileName, const QSqlError& error, const QString& sql,
              const std::vector<UniqueValue>& values)
{
    Error plain = failure(fileName, error, sql);
    if (plain.code != ErrorCode::Conflict) {
        return plain;
    }
    // A UNIQUE over several columns lists them all ("t.a, t.b"); each single-column key is listed alone.
    const QStringList columns = afterPrefix(normalise(error).text, QLatin1String("UNIQUE constraint failed:"))
                                    .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const UniqueValue& v : values) {
        const bool named =
            std::any_of(columns.begin(), columns.end(), [&](const QString& c) { return c.trimmed() == v.column; });
        const char* sentence = named ? uniqueValueSentence(v.column) : nullptr;
        if (sentence) {
            const QString sentenceText =
                QCoreApplication::translate("staffpath::store", sentence).arg(v.value) + QLatin1Char(' ') +
                QCoreApplication::translate("staffpath::store", "Nothing was saved to %1.").arg(fileName);
            plain.message = sentenceText.toStdString();
            return plain;
        }
    }
    return plain;
}

} // namespace staffpath::store::sqlerr
