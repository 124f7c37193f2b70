// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "MainWindow.h"
#include "StaffListWidget.h"

#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

namespace staffpath::app {

namespace {

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

bool Screenshot::capture(MainWindow& window, const QString& pngPath, QSize size)
{
    window.resize(size);
    window.show();
    settle(100); // layouts and column widths are final only after the first show
    window.staffList()->selectFirstRow();
    settle(300);
    return window.grab().save(pngPath, "PNG");
}

} // namespace staffpath::app
