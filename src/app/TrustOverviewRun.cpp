// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustOverviewRun.h"

#include <QThread>
#include <QTimer>

#include <atomic>
#include <optional>

namespace staffpath::app {

struct TrustOverviewRun::Shared
{
    std::atomic_bool cancelled{false};
    std::atomic_int done{0};
    std::atomic_int total{0};
    std::optional<Result<services::TrustOverviewData>> result; ///< written by the thread before it finishes
};

TrustOverviewRun::TrustOverviewRun(Work work, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("trustOverviewRun"));
    auto shared = m_shared;
    m_thread = QThread::create([shared, work = std::move(work)] {
        shared->result.emplace(work([shared](int done, int total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancelled;
        }));
    });
    m_thread->setObjectName(QStringLiteral("trustOverviewReader"));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &TrustOverviewRun::report);
    connect(m_ticker, &QTimer::timeout, this, [this] { Q_EMIT progress(m_shared->done, m_shared->total); });
    m_ticker->start(100);
    m_thread->start(QThread::LowPriority); // the window's own work comes first
}

TrustOverviewRun::~TrustOverviewRun()
{
    cancel();
    m_thread->wait();
}

void TrustOverviewRun::cancel()
{
    m_shared->cancelled = true;
    m_ticker->stop();
}

void TrustOverviewRun::cancelAndDispose()
{
    cancel();
    m_dispose = true;
    if (m_reported) {
        deleteLater();
    }
}

bool TrustOverviewRun::isRunning() const
{
    return !m_reported;
}

void TrustOverviewRun::report()
{
    m_ticker->stop();
    m_reported = true;
    if (m_dispose) {
        deleteLater();
        return;
    }
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

} // namespace staffpath::app
