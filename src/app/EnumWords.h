// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Enums.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QString>

namespace staffpath::app {

/**
 * Readable, translated words for the enum values DisplayText has no words for, and one `text()` overload per
 * enum an edit form offers (forwarding to DisplayText where it has them), so a combo box can be filled from
 * the model's own list of values and never shows a stored word.
 */
class EnumWords
{
    Q_DECLARE_TR_FUNCTIONS(staffpath::app::EnumWords)

public:
    static QString text(ContractType value);
    static QString text(PayBasis value);
    static QString text(QualificationStatus value);
    static QString text(ActivityType value);
    static QString text(CpdStatus value);
    static QString text(Delivery value);
    static QString text(FundingSource value);
    static QString text(ProviderType value);
    static QString text(ImpactLevel value);
    static QString text(DfeElement value);
    static QString text(HeadshipAspiration value);

    /** Adds every value of E, in the model's order, with the value as item data. */
    template <class E>
    static void fill(QComboBox* combo)
    {
        for (const auto& entry : allValues<E>()) {
            combo->addItem(text(entry.first), static_cast<int>(entry.first));
        }
    }

    /** Selects `value`; false (and nothing selected) if the combo does not offer it. */
    template <class E>
    static bool select(QComboBox* combo, E value)
    {
        const int index = combo->findData(static_cast<int>(value));
        combo->setCurrentIndex(index);
        return index >= 0;
    }

    /** The selected value, or `fallback` when nothing is selected. */
    template <class E>
    static E selected(const QComboBox* combo, E fallback)
    {
        const QVariant data = combo->currentData();
        return data.isValid() ? static_cast<E>(data.toInt()) : fallback;
    }
};

} // namespace staffpath::app
