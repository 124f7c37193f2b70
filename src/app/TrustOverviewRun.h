// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkerThread.h"

#include "staffpath/model/Result.h"
#include "staffpath/services/TrustOverview.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace staffpath::app {

/**
 * Works out View → Trust Overview on its own thread (a WorkerThread): the engine over a 5,000-staff trust takes
 * most of a second in a release build and seconds in a debug one. `work` runs on that thread and must open its own
 * connection to the file there; it reports through the Progress it is given, which answers false once the run is
 * cancelled. The run starts when constructed and
 * reports once, finished() or failed(); a cancelled run reports nothing. Destroying it cancels the work and waits
 * for the thread, so whatever `work` borrows must outlive the run.
 */
class TrustOverviewRun : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Result<services::TrustOverviewData>(const services::TrustOverview::Progress&)>;

    explicit TrustOverviewRun(Work work, QObject* parent = nullptr);
    ~TrustOverviewRun() override;

    /** Stops the work at the next person; nothing is reported afterwards. */
    void cancel();
    /** Cancels and deletes itself once its thread has stopped, so a newer run need not wait for it. */
    void cancelAndDispose();
    bool isRunning() const;

Q_SIGNALS:
    /** Every tenth of a second while working: how many people are assessed of how many. */
    void progress(int done, int total);
    void finished(const staffpath::services::TrustOverviewData& data);
    /** A sentence saying why the overview could not be worked out. */
    void failed(const QString& message);

private:
    using Worker = WorkerThread<services::TrustOverviewData>;
    std::unique_ptr<Worker> m_worker;
    bool m_dispose = false;
};

} // namespace staffpath::app
