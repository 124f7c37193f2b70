// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkerThread.h"

#include "staffpath/model/Account.h"
#include "staffpath/model/Date.h"
#include "staffpath/model/Ids.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace staffpath::engine {
class Framework;
class PathwayEngine;
struct Assessment;
struct Person;
} // namespace staffpath::engine

namespace staffpath::services {
class Clock;
}

namespace staffpath::store {
struct OpenOptions;
}

namespace staffpath::app {

/**
 * Finds everyone the pathway engine calls ready now for at least one suggestion, for the staff list's
 * "Ready now" filter. Reading every record of a 5,000-person trust takes seconds, so the work runs on its own
 * thread with its own connection to the file (connections belong to the thread that opened them), as View →
 * Succession does. The scan starts when constructed and reports once: finished() or failed(); a cancelled scan
 * reports nothing. The engine and the clock are borrowed and must outlive the scan; destroying it cancels the
 * work and waits for the thread.
 */
class ReadyNowScan : public QObject
{
    Q_OBJECT

public:
    /** `options` are the open database's (Workspace::openOptions()): a server's password, if one was typed. */
    ReadyNowScan(const QString& databasePath, const store::OpenOptions& options, const Actor& actor,
                 const services::Clock& clock, const engine::PathwayEngine& engine, QObject* parent = nullptr);
    ~ReadyNowScan() override;

    /** Stops the work as soon as the person being read is done; nothing is reported afterwards. */
    void cancel();
    bool isRunning() const;

    /** services::isReadyNowForStepUp: the filter answers "who could step up now?" (docs/settings.md). */
    static bool isReadyNow(const engine::Framework& framework, const engine::Assessment& assessment);
    /** The staff ids (engine::Person::key) of the people ready now for something on `asOf`. */
    static QSet<Id> readyNow(const engine::PathwayEngine& engine, const std::vector<engine::Person>& people,
                             const Date& asOf);

Q_SIGNALS:
    /** Every tenth of a second while reading: how many records are read of how many. */
    void progress(int done, int total);
    void finished(const QSet<staffpath::Id>& readyNow);
    /** A sentence saying why the people could not be read. */
    void failed(const QString& message);

private:
    using Worker = WorkerThread<QSet<Id>>;
    std::unique_ptr<Worker> m_worker;
};

} // namespace staffpath::app
