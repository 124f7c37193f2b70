// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/model/Staff.h"

namespace staffpath {

std::string Staff::displayName() const
{
    const std::string& forename = preferredName.empty() ? legalForename : preferredName;
    if (forename.empty()) {
        return legalSurname;
    }
    if (legalSurname.empty()) {
        return forename;
    }
    return forename + ' ' + legalSurname;
}

std::string Staff::sortName() const
{
    const std::string& forename = preferredName.empty() ? legalForename : preferredName;
    if (forename.empty()) {
        return legalSurname;
    }
    if (legalSurname.empty()) {
        return forename;
    }
    return legalSurname + ", " + forename;
}

} // namespace staffpath
