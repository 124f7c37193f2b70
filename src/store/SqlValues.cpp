// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlValues.h"

namespace staffpath::store::sql {

namespace {

QString fromStd(const std::string& value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QVariant nullValue()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

QVariant text(const std::string& value)
{
    return fromStd(value);
}

QVariant textOrNull(const std::string& value)
{
    return value.empty() ? nullValue() : QVariant(fromStd(value));
}

QVariant date(const Date& value)
{
    return fromStd(value.toIso());
}

QVariant dateOrNull(const std::optional<Date>& value)
{
    return value ? date(*value) : nullValue();
}

QVariant idOrNull(const std::optional<Id>& value)
{
    return value ? QVariant(static_cast<qlonglong>(*value)) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant intOrNull(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant boolean(bool value)
{
    return value ? 1 : 0;
}

std::string toText(const QVariant& value)
{
    return value.isNull() ? std::string() : value.toString().toStdString();
}

std::optional<Date> toDate(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return Date::fromIso(value.toString().toStdString());
}

std::optional<Id> toOptionalId(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return static_cast<Id>(value.toLongLong());
}

std::optional<int> toOptionalInt(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toInt();
}

} // namespace staffpath::store::sql
