// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <QString>
#include <QVariant>

#include <optional>
#include <string>

// How model values become bound SQL values and back. The stored forms are the contract in docs/data-model.md:
// dates as ISO text, booleans as 0/1, enums as their lower-snake words, absent values as NULL (never '', so
// UNIQUE columns treat two absent values as different).
namespace staffpath::store::sql {

QVariant text(const std::string& value);
QVariant textOrNull(const std::string& value);
QVariant date(const Date& value);
QVariant dateOrNull(const std::optional<Date>& value);
QVariant idOrNull(const std::optional<Id>& value);
QVariant intOrNull(const std::optional<int>& value);
QVariant boolean(bool value);

template <class E>
QVariant word(E value)
{
    const std::string_view w = toString(value);
    return QString::fromUtf8(w.data(), static_cast<qsizetype>(w.size()));
}

std::string toText(const QVariant& value);
std::optional<Date> toDate(const QVariant& value);
std::optional<Id> toOptionalId(const QVariant& value);
std::optional<int> toOptionalInt(const QVariant& value);

/** A stored word this build does not know (written by a later build, or edited by hand) reads as `fallback`. */
template <class E>
E toEnum(const QVariant& value, E fallback)
{
    const QByteArray utf8 = value.toString().toUtf8();
    return enumFromString<E>(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())))
        .value_or(fallback);
}

} // namespace staffpath::store::sql
