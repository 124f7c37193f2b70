// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/services/Clock.h"

#include <QDate>

namespace staffpath::services {

Date SystemClock::today() const
{
    const QDate d = QDate::currentDate();
    return Date{d.year(), d.month(), d.day()};
}

} // namespace staffpath::services
