// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Dataset.h"

#include <QByteArray>
#include <QString>

namespace staffpath::store::test {

/** Two schools and three people with one of everything, names with apostrophes and accents. */
Dataset sampleDataset();

/** SHA-256 of the file's bytes, to prove a refused file was left untouched. */
QByteArray sha256(const QString& path);

/** tests/data/db/<name>. */
QString fixturePath(const QString& name);

/** Copies a committed fixture into `dir` (writable, so only the check under test can fail). */
QString copyFixture(const QString& name, const QString& dir);

} // namespace staffpath::store::test
