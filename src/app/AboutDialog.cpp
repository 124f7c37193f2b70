// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QIcon>
#include <QPushButton>

namespace staffpath::app {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/staffpath.svg")).pixmap(96, 96));
    m_ui->titleLabel->setText(tr("<h2>StaffPath %1</h2>").arg(QStringLiteral(STAFFPATH_VERSION)));
    m_ui->descriptionLabel->setText(
        tr("<p>Plans the careers and professional development of everyone who works in a school or a trust of "
           "schools in England: teachers and leaders, business managers, teaching assistants, pastoral, "
           "community, early-years and technical staff.</p>"
           "<p>Copyright © the StaffPath contributors.<br>"
           "Licensed under the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public Licence, "
           "version 3 or later</a> (GPL-3.0-or-later). StaffPath comes with absolutely no warranty.</p>"
           "<p>Built with Qt %1.</p>")
            .arg(QString::fromLatin1(qVersion())));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close)) {
        close->setDefault(true);
    }
}

AboutDialog::~AboutDialog() = default;

} // namespace staffpath::app
