// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Result.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace staffpath::app {

/**
 * Work that reads a whole trust, on its own thread, for the window's background jobs (ReadyNowScan,
 * TrustOverviewRun, View → Succession). `work` runs on that thread and must open its own connection there
 * (connections belong to the thread that opened them); the Progress it is given counts people and answers false
 * once cancelled. On the owner's thread, `onProgress` is called every tenth of a second until the work ends or is
 * cancelled, and `onEnd` once when the thread has ended, with the result, or with null when it was cancelled. The
 * thread runs at low priority, so the window's own work comes first. Destroying it cancels the work and waits for the
 * thread, so whatever `work` borrows must outlive it. Keep it in `owner`, and never destroy it from its own onEnd.
 */
template <class T>
class WorkerThread
{
public:
    using Progress = std::function<bool(int done, int total)>;
    using Work = std::function<Result<T>(const Progress&)>;

    WorkerThread(QObject* owner, const QString& threadName, Work work, std::function<void(int, int)> onProgress,
                 std::function<void(Result<T>*)> onEnd)
        : m_shared(std::make_shared<Shared>())
        , m_ticker(new QTimer(owner))
    {
        auto shared = m_shared;
        m_thread = QThread::create([shared, work = std::move(work)] {
            shared->result.emplace(work([shared](int done, int total) {
                shared->done = done;
                shared->total = total;
                return !shared->cancelled;
            }));
        });
        m_thread->setObjectName(threadName);
        m_thread->setParent(owner);
        QObject::connect(m_thread, &QThread::finished, owner, [this, onEnd = std::move(onEnd)] {
            m_ticker->stop();
            m_ended = true;
            const bool given = !m_shared->cancelled && m_shared->result;
            onEnd(given ? &*m_shared->result : nullptr);
        });
        QObject::connect(m_ticker, &QTimer::timeout, owner,
                         [this, onProgress = std::move(onProgress)] { onProgress(m_shared->done, m_shared->total); });
        m_ticker->start(100);
        m_thread->start(QThread::LowPriority);
    }

    ~WorkerThread()
    {
        cancel();
        m_thread->wait();
        // Later, not now: the owner may outlive many runs, and this may be destroyed from a slot of either.
        m_thread->deleteLater();
        m_ticker->deleteLater();
    }

    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    /** Stops the work at the next person; no more progress, and onEnd gets null. */
    void cancel()
    {
        m_shared->cancelled = true;
        m_ticker->stop();
    }

    /** True until the thread has ended and that was seen on the owner's thread. */
    bool isRunning() const { return !m_ended; }

private:
    struct Shared
    {
        std::atomic_bool cancelled{false};
        std::atomic_int done{0};
        std::atomic_int total{0};
        std::optional<Result<T>> result; ///< written by the thread before it finishes
    };

    std::shared_ptr<Shared> m_shared;
    QThread* m_thread;
    QTimer* m_ticker;
    bool m_ended = false;
};

} // namespace staffpath::app
