// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Dataset.h"
#include "staffpath/model/PlanItem.h"
#include "staffpath/model/Result.h"

#include <QByteArray>
#include <QString>

namespace staffpath::store {
class Database;
}

namespace staffpath::store::test {

/** Two schools and three people with one of everything, names with apostrophes and accents. */
Dataset sampleDataset();

/**
 * The development plan written beside sampleDataset() (schema 2 onwards): two steps for the head (payroll P0001),
 * the second agreed at their career conversation. `staffId` and `conversationId` are the stored ids; with a
 * conversationId of 0 the second step is linked to none.
 */
std::vector<PlanItem> samplePlan(Id staffId, Id conversationId);

/** Writes samplePlan() for the head of a database holding sampleDataset(); returns the new items' ids. */
Result<std::vector<Id>> writeSamplePlan(Database& db);

/** SHA-256 of the file's bytes, to prove a refused file was left untouched. */
QByteArray sha256(const QString& path);

/** tests/data/db/<name>. */
QString fixturePath(const QString& name);

/** Copies a committed fixture into `dir` (writable, so only the check under test can fail). */
QString copyFixture(const QString& name, const QString& dir);

} // namespace staffpath::store::test
