// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadyNowScan.h"

#include "staffpath/engine/PathwayEngine.h"
#include "staffpath/model/Result.h"
#include "staffpath/services/Clock.h"
#include "staffpath/services/ProfileBuilder.h"
#include "staffpath/services/Readiness.h"
#include "staffpath/services/Workspace.h"

#include <charconv>

namespace staffpath::app {

ReadyNowScan::ReadyNowScan(const QString& databasePath, const store::OpenOptions& options, const Actor& actor,
                           const services::Clock& clock, const engine::PathwayEngine& engine, QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("readyNowScan"));
    const Date today = clock.today();
    const services::Clock* borrowedClock = &clock;
    const engine::PathwayEngine* borrowedEngine = &engine;
    auto work = [databasePath, options, actor, today, borrowedClock,
                 borrowedEngine](const Worker::Progress& progress) -> Result<QSet<Id>> {
        auto workspace = services::Workspace::openAs(databasePath, *borrowedClock, options, actor);
        if (!workspace) {
            return workspace.error();
        }
        auto people = services::ProfileBuilder::everyone(workspace.value()->staff(), today,
                                                         &borrowedEngine->framework(), progress);
        if (!people) {
            return people.error();
        }
        return readyNow(*borrowedEngine, people.value(), today);
    };
    m_worker = std::make_unique<Worker>(
        this, QStringLiteral("readyNowReader"), std::move(work),
        [this](int done, int total) { Q_EMIT progress(done, total); },
        [this](Result<QSet<Id>>* result) {
            if (!result) {
                return; // cancelled
            }
            if (!*result) {
                Q_EMIT failed(QString::fromStdString(result->error().message));
                return;
            }
            Q_EMIT finished(result->value());
        });
}

ReadyNowScan::~ReadyNowScan() = default;

void ReadyNowScan::cancel()
{
    m_worker->cancel();
}

bool ReadyNowScan::isRunning() const
{
    return m_worker->isRunning();
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
