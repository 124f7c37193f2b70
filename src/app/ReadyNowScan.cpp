// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadyNowScan.h"

#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/model/Result.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/ProfileBuilder.h"
#include "staffpath/services/Readiness.h"
#include "staffpath/services/Workspace.h"

#include <QThread>
#include <QTimer>

#include <atomic>
#include <charconv>
#include <optional>

namespace staffpath::app {

struct ReadyNowScan::Shared
{
    std::atomic_bool cancelled{false};
    std::atomic_int done{0};
    std::atomic_int total{0};
    std::optional<Result<QSet<Id>>> result; ///< written by the thread before it finishes
};

ReadyNowScan::ReadyNowScan(const QString& databasePath, const store::OpenOptions& options, const services::Clock& clock,
                           const engine::PathwayEngine& engine, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("readyNowScan"));
    const Date today = clock.today();
    const services::Clock* borrowedClock = &clock;
    const engine::PathwayEngine* borrowedEngine = &engine;
    auto shared = m_shared;
    m_thread = QThread::create([shared, databasePath, options, today, borrowedClock, borrowedEngine] {
        auto workspace = services::Workspace::open(databasePath, *borrowedClock, options);
        if (!workspace) {
            shared->result.emplace(workspace.error());
            return;
        }
        auto people = services::ProfileBuilder::everyone(workspace.value()->staff(), today,
                                                         &borrowedEngine->framework(), [shared](int done, int total) {
                                                             shared->done = done;
                                                             shared->total = total;
                                                             return !shared->cancelled;
                                                         });
        if (!people) {
            shared->result.emplace(people.error());
            return;
        }
        shared->result.emplace(readyNow(*borrowedEngine, people.value(), today));
    });
    m_thread->setObjectName(QStringLiteral("readyNowReader"));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &ReadyNowScan::report);
    connect(m_ticker, &QTimer::timeout, this, [this] { Q_EMIT progress(m_shared->done, m_shared->total); });
    m_ticker->start(100);
    m_thread->start(QThread::LowPriority); // the window's own work comes first
}

ReadyNowScan::~ReadyNowScan()
{
    cancel();
    m_thread->wait();
}

void ReadyNowScan::cancel()
{
    m_shared->cancelled = true;
    m_ticker->stop();
}

bool ReadyNowScan::isRunning() const
{
    return m_thread->isRunning();
}

void ReadyNowScan::report()
{
    m_ticker->stop();
    if (m_shared->cancelled || !m_shared->result) {
        return;
    }
    auto& result = *m_shared->result;
    if (!result) {
        Q_EMIT failed(QString::fromStdString(result.error().message));
        return;
    }
    Q_EMIT finished(result.value());
}

bool ReadyNowScan::isReadyNow(const engine::Framework& framework, const engine::Assessment& assessment)
{
    return services::isReadyNowForStepUp(framework, assessment);
}

QSet<Id> ReadyNowScan::readyNow(const engine::PathwayEngine& engine, const std::vector<engine::Person>& people,
                                const Date& asOf)
{
    QSet<Id> ready;
    for (const engine::Person& person : people) {
        Id id = 0;
        const auto [end, error] = std::from_chars(person.key.data(), person.key.data() + person.key.size(), id);
        if (error == std::errc{} && end == person.key.data() + person.key.size() &&
            isReadyNow(engine.framework(), engine.suggest(person.profile, asOf))) {
            ready.insert(id);
        }
    }
    return ready;
}

} // namespace staffpath::app
