// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/model/Enums.h"
#include "staffpath/model/Ids.h"

#include <optional>
#include <string>

namespace staffpath {

/**
 * A member of staff. Names are kept as the person writes them (apostrophes, accents, hyphens, one or many
 * words); nothing is upper-cased or split. Payroll number, NI number, TRN and email are optional, but unique
 * when present: they are the keys an MIS import matches on.
 */
struct Staff
{
    Id id = 0;
    std::string title; ///< "Mrs", "Dr", "Mx"; may be empty
    std::string legalForename;
    std::string legalSurname;
    std::string preferredName; ///< shown instead of the legal forename when set
    std::string email;
    std::string payrollNumber;
    std::string niNumber; ///< National Insurance number, stored upper-case without spaces
    std::string trn;      ///< teacher reference number (seven digits)
    std::optional<Date> dateOfBirth;
    bool qts = false;
    std::optional<Date> qtsDate;
    std::optional<Date> inductionCompleted;
    double fte = 1.0; ///< 0 < fte <= 1
    ContractType contractType = ContractType::Permanent;
    std::optional<Date> startDate;   ///< started at the school or trust
    std::optional<Date> leavingDate; ///< set once they have left or will leave
    std::optional<Id> lineManagerId;
    std::optional<Id> schoolId; ///< the school of their main post
    std::string team;           ///< team or department as the school names it ("Maths", "SEND", "Site"); may be empty
    std::string priorCareer;    ///< sector before schools (banking, youth work, ...); informs SBM and community routes
    HeadshipAspiration wantsHeadship = HeadshipAspiration::Unknown;
    int rowVersion = 0; ///< bumped by the store on every update (optimistic concurrency)

    /** "Preferred-or-legal forename Surname". */
    std::string displayName() const;
    /** "Surname, Forename": what lists sort and print by. */
    std::string sortName() const;

    bool operator==(const Staff&) const = default;
};

} // namespace staffpath
