// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a small StaffPath database at the current schema version, for tests/data/db/regenerate.sh.
#include "StoreTestSupport.h"

#include "staffpath/store/Database.h"
#include "staffpath/store/DatasetWriter.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: staffpath_store_fixture_tool OUT.sqlite\n");
        return 2;
    }
    auto db = staffpath::store::Database::create(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().message.c_str());
        return 1;
    }
    auto counts = staffpath::store::DatasetWriter(**db).write(staffpath::store::test::sampleDataset());
    if (!counts) {
        std::fprintf(stderr, "%s\n", counts.error().message.c_str());
        return 1;
    }
    // Schema 2 added development plans: give the head one, with a step agreed at their conversation.
    auto plan = staffpath::store::test::writeSamplePlan(**db);
    if (!plan) {
        std::fprintf(stderr, "%s\n", plan.error().message.c_str());
        return 1;
    }
    std::printf("%d\n", staffpath::store::Database::currentSchemaVersion());
    return 0;
}
