// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

namespace staffpath::app {

class MainWindow;

/** `staffpath --screenshot OUT.png`: a picture of the window for the documentation. */
class Screenshot
{
public:
    static constexpr QSize kDefaultSize{1280, 800};

    /**
     * Resizes and shows `window`, selects the first person, lets the event loop settle, then saves the
     * window's own rendering (QWidget::grab, so no screen is needed) as PNG. Returns false if saving failed.
     */
    static bool capture(MainWindow& window, const QString& pngPath, QSize size = kDefaultSize);
};

} // namespace staffpath::app
