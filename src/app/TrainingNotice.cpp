// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingNotice.h"

#include "staffpath/services/Compliance.h"
#include "staffpath/services/ComplianceRules.h"
#include "staffpath/services/Workspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace staffpath::app {

QStringList trainingWarnings(const services::Workspace& workspace, const StaffRecord& record, const Date& today)
{
    // Read on each selection rather than kept, so a school's own requirements.json edited beside the database
    // counts at once, as it does for the grid.
    auto rules = services::ComplianceRules::loadFor(workspace.path().toStdString());
    if (!rules) {
        return {TrainingNotice::tr("Required training could not be checked: %1")
                    .arg(QString::fromStdString(rules.error().message))};
    }
    auto row = services::personCompliance(workspace.database(), *rules, record, today);
    if (!row) {
        return {TrainingNotice::tr("Required training could not be checked: %1")
                    .arg(QString::fromStdString(row.error().message))};
    }
    QStringList out;
    for (const auto& sentence : services::complianceWarnings(*row, rules->requirements(), today)) {
        out << QString::fromStdString(sentence);
    }
    return out;
}

TrainingNotice::TrainingNotice(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("trainingNotice"));
    setAccessibleName(tr("Required training"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#trainingNotice{background:#fff7e6;}"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Required training"), this);
    heading->setObjectName(QStringLiteral("trainingNoticeHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_lines = new QVBoxLayout;
    m_lines->setSpacing(2);
    layout->addLayout(m_lines);
    hide();
}

void TrainingNotice::setWarnings(const QStringList& warnings)
{
    m_warnings = warnings;
    while (QLayoutItem* item = m_lines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& text : warnings) {
        auto* label = new QLabel(QStringLiteral("! ") + text, this);
        label->setObjectName(QStringLiteral("trainingWarningLabel"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_lines->addWidget(label);
    }
    setAccessibleDescription(warnings.join(QLatin1Char('\n')));
    setVisible(!warnings.isEmpty());
}

} // namespace staffpath::app
