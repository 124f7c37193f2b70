// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace staffpath::services {

/** How long what satisfies a requirement lasts (docs/compliance.md). */
enum class ValidityKind {
    Never,                     ///< once held, held for good
    Months,                    ///< lapses `months` after it was completed
    AnnualDate,                ///< due every year by the same day (`month`, `day`)
    WithinMonthsOfAppointment, ///< must be held `months` after taking up a post the requirement applies to
};

struct Validity
{
    ValidityKind kind = ValidityKind::Never;
    int months = 0;
    int month = 0; ///< AnnualDate only
    int day = 0;   ///< AnnualDate only
};

/** One training or qualification some or all staff must hold, read from requirements.json. */
struct Requirement
{
    std::string id;
    std::string name;
    bool everyone = false;
    std::vector<std::string> roles;       ///< framework role ids ("inc.cp_coordinator")
    std::vector<std::string> tracks;      ///< framework track ids, the part of a role id before the dot ("ta")
    std::vector<std::string> satisfiedBy; ///< framework qualification ids ("SAFEGUARDING")
    Validity validity;
    /** Days before the due date at which a warning starts, largest first ([90, 30, 7] unless the file says). */
    std::vector<int> warningDays;

    /** True when a post with this framework role id brings the requirement. */
    bool appliesToRole(std::string_view roleId) const;
};

/**
 * The requirements a school checks, read from data/compliance/requirements.json and, optionally, a school's own
 * files of the same shape merged over it (a requirement with the same id replaces the shipped one).
 *
 * Error contract: load() returns NotFound when a file is missing, Io when it cannot be read, InvalidInput when
 * it is not the expected JSON, one line per problem as "<file>: <JSON pointer>: <problem>". A bad file changes
 * nothing.
 */
class ComplianceRules
{
public:
    static Result<ComplianceRules> load(const std::filesystem::path& shippedFile,
                                        const std::vector<std::filesystem::path>& schoolFiles = {});
    /** Reads JSON text; `fileName` is used in messages only. */
    Status merge(std::string_view json, const std::string& fileName);

    /**
     * The shipped requirements.json, the first that exists of: the STAFFPATH_COMPLIANCE_DIR environment
     * variable's folder, `<program folder>/../share/staffpath/compliance`, the source tree's data/compliance.
     */
    static Result<std::filesystem::path> locateShippedFile();
    /**
     * locateShippedFile() then load(), with `requirements.json` beside `databasePath` merged over it if any (a
     * server's database, named by a URL, has no folder: the shipped file alone).
     */
    static Result<ComplianceRules> loadFor(const std::string& databasePath);

    const std::vector<Requirement>& requirements() const { return m_requirements; }

private:
    std::vector<Requirement> m_requirements;
};

} // namespace staffpath::services
