// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustOverviewRun.h"

namespace staffpath::app {

TrustOverviewRun::TrustOverviewRun(Work work, QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("trustOverviewRun"));
    m_worker = std::make_unique<Worker>(
        this, QStringLiteral("trustOverviewReader"), std::move(work),
        [this](int done, int total) { Q_EMIT progress(done, total); },
        [this](Result<services::TrustOverviewData>* result) {
            if (m_dispose) {
                deleteLater(); // its thread has ended, so nothing can outlive it now
                return;
            }
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

TrustOverviewRun::~TrustOverviewRun() = default;

void TrustOverviewRun::cancel()
{
    m_worker->cancel();
}

void TrustOverviewRun::cancelAndDispose()
{
    cancel();
    m_dispose = true;
    if (!m_worker->isRunning()) {
        deleteLater();
    }
}

bool TrustOverviewRun::isRunning() const
{
    return m_worker->isRunning();
}

} // namespace staffpath::app
