// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSchool.h"

#include "staffpath/services/DemoService.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace staffpath::app {

QString DemoSchool::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-school.sqlite"));
}

Result<QString> DemoSchool::ensureExists(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return path;
    }
    auto created = services::DemoService::createDemoDatabase(path, services::DemoOptions{});
    if (!created) {
        return created.error();
    }
    return path;
}

} // namespace staffpath::app
