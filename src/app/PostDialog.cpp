// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostDialog.h"

#include "EnumWords.h"
#include "ui_PostDialog.h"

#include <QCompleter>
#include <QPushButton>

#include <cmath>

namespace staffpath::app {

namespace {

constexpr int kLowestGrade = 3;
constexpr int kHighestGrade = 11;

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

PostDialog::PostDialog(const Post& post, PostValidator validator, const QList<RoleChoice>& roles,
                       const std::vector<School>& schools, QWidget* parent)
    : ValidatingDialog(parent)
    , m_ui(std::make_unique<Ui::PostDialog>())
    , m_initial(post)
    , m_validator(std::move(validator))
    , m_roleId(QString::fromStdString(post.roleId))
{
    m_ui->setupUi(this);

    QStringList names;
    for (const RoleChoice& role : roles) {
        const QString name = role.alias.isEmpty() ? role.title : role.alias;
        names << name;
        // The first role to claim a name keeps it: an ambiguous alias should not flip between roles.
        if (!m_roleByName.contains(folded(name))) {
            m_roleByName.insert(folded(name), role.roleId);
        }
        if (role.alias.isEmpty() || !m_titleByRole.contains(role.roleId)) {
            m_titleByRole.insert(role.roleId, role.title);
        }
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    auto* completer = new QCompleter(names, m_ui->titleEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->titleEdit->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_roleId = m_roleByName.value(folded(text));
        showRoleMatch();
    });
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, &PostDialog::titleEdited);

    m_ui->schoolComboBox->addItem(tr("No school"));
    for (const School& school : schools) {
        m_ui->schoolComboBox->addItem(QString::fromStdString(school.name), QVariant::fromValue(school.id));
    }
    EnumWords::fill<PayBasis>(m_ui->payBasisComboBox);
    m_ui->gradeComboBox->addItem(tr("No grade"));
    for (int grade = kLowestGrade; grade <= kHighestGrade; ++grade) {
        m_ui->gradeComboBox->addItem(QString::number(grade), grade);
    }

    load(post);

    addField("title", m_ui->titleEdit, m_ui->titleMessageLabel);
    addField("role_id", m_ui->titleEdit, m_ui->titleMessageLabel);
    addField("from", m_ui->fromDateEdit, m_ui->fromDateMessageLabel);
    addField("to", m_ui->toDateEdit, m_ui->toDateMessageLabel);
    addField("grade", m_ui->gradeComboBox, m_ui->gradeMessageLabel);
    addField("pay_point", m_ui->payPointEdit, m_ui->payPointMessageLabel);
    addField("fte", m_ui->fteSpinBox, m_ui->fteMessageLabel);
    finishSetup(m_ui->formMessageLabel);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PostDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PostDialog::reject);
    setMode(post.id == 0 ? Mode::Add : Mode::Edit);
}

PostDialog::~PostDialog() = default;

void PostDialog::load(const Post& post)
{
    m_ui->titleEdit->setText(QString::fromStdString(post.title));
    if (post.schoolId) {
        const QVariant id = QVariant::fromValue(*post.schoolId);
        if (m_ui->schoolComboBox->findData(id) < 0) {
            m_ui->schoolComboBox->addItem(tr("School %1").arg(*post.schoolId), id);
        }
        m_ui->schoolComboBox->setCurrentIndex(m_ui->schoolComboBox->findData(id));
    }
    setDateText(m_ui->fromDateEdit, post.from);
    setDateText(m_ui->toDateEdit, post.to);
    m_ui->actingCheckBox->setChecked(post.acting);
    m_ui->sltCheckBox->setChecked(post.slt);
    EnumWords::select(m_ui->payBasisComboBox, post.payBasis);
    if (post.grade) {
        // A grade outside the job family (from an import) is shown as it is, for the validator to explain.
        if (m_ui->gradeComboBox->findData(*post.grade) < 0) {
            m_ui->gradeComboBox->addItem(QString::number(*post.grade), *post.grade);
        }
        m_ui->gradeComboBox->setCurrentIndex(m_ui->gradeComboBox->findData(*post.grade));
    }
    m_ui->payPointEdit->setText(QString::fromStdString(post.payPoint));
    m_ui->fteSpinBox->setValue(post.fte);
    showRoleMatch();
}

void PostDialog::setMode(Mode mode, std::optional<Date> today)
{
    m_mode = mode;
    const bool ending = mode == Mode::End;
    for (QWidget* editor : {static_cast<QWidget*>(m_ui->titleEdit), static_cast<QWidget*>(m_ui->schoolComboBox),
                            static_cast<QWidget*>(m_ui->fromDateEdit), static_cast<QWidget*>(m_ui->actingCheckBox),
                            static_cast<QWidget*>(m_ui->sltCheckBox), static_cast<QWidget*>(m_ui->payBasisComboBox),
                            static_cast<QWidget*>(m_ui->gradeComboBox), static_cast<QWidget*>(m_ui->payPointEdit),
                            static_cast<QWidget*>(m_ui->fteSpinBox)}) {
        editor->setEnabled(!ending);
    }
    m_ui->toDateHintLabel->setVisible(!ending);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add a post"));
        ok->setText(tr("OK"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit post"));
        ok->setText(tr("OK"));
        break;
    case Mode::End:
        setWindowTitle(tr("End this post"));
        ok->setText(tr("End post"));
        if (today) {
            setDateText(m_ui->toDateEdit, today);
        }
        m_ui->toDateEdit->setFocus(Qt::OtherFocusReason);
        m_ui->toDateEdit->selectAll();
        break;
    }
}

void PostDialog::focusOn(const std::string& field)
{
    if (field == "acting") {
        m_ui->actingCheckBox->setFocus(Qt::OtherFocusReason);
        return;
    }
    focusField(field);
}

void PostDialog::titleEdited(const QString& text)
{
    // Typed text matches a role only when it is exactly one of the offered names; anything else is the
    // school's own title, and the engine's resolver may still place it later.
    m_roleId = m_roleByName.value(folded(text));
    showRoleMatch();
}

void PostDialog::showRoleMatch()
{
    QLabel* label = m_ui->roleMatchLabel;
    if (!m_roleId.isEmpty()) {
        label->setText(tr("Framework role: %1").arg(m_titleByRole.value(m_roleId, m_roleId)));
    } else if (!m_ui->titleEdit->text().trimmed().isEmpty()) {
        label->setText(tr("Not matched to a framework role"));
    } else {
        label->clear();
    }
    label->setVisible(!label->text().isEmpty());
}

Post PostDialog::build(services::FieldIssues* issues) const
{
    Post post = m_initial;
    post.title = m_ui->titleEdit->text().trimmed().toStdString();
    post.roleId = m_roleId.toStdString();
    const QVariant school = m_ui->schoolComboBox->currentData();
    post.schoolId = school.isValid() ? std::optional<Id>(school.value<Id>()) : std::nullopt;
    post.from = readDate(m_ui->fromDateEdit, "from", issues);
    post.to = readDate(m_ui->toDateEdit, "to", issues);
    post.acting = m_ui->actingCheckBox->isChecked();
    post.slt = m_ui->sltCheckBox->isChecked();
    post.payBasis = EnumWords::selected(m_ui->payBasisComboBox, m_initial.payBasis);
    const QVariant grade = m_ui->gradeComboBox->currentData();
    post.grade = grade.isValid() ? std::optional<int>(grade.toInt()) : std::nullopt;
    post.payPoint = m_ui->payPointEdit->text().trimmed().toStdString();
    const double shown = m_ui->fteSpinBox->value();
    post.fte = std::abs(shown - std::round(m_initial.fte * 1000.0) / 1000.0) < 1e-9 ? m_initial.fte : shown;
    return post;
}

Post PostDialog::value() const
{
    return build(nullptr);
}

services::FieldIssues PostDialog::collectIssues() const
{
    services::FieldIssues own;
    const Post post = build(&own);
    return merged(std::move(own), m_validator ? m_validator(post) : services::FieldIssues{});
}

} // namespace staffpath::app
