// SPDX-License-Identifier: GPL-3.0-or-later
#include "QualificationDialog.h"

#include "DisplayText.h"
#include "EnumWords.h"
#include "ui_QualificationDialog.h"

#include "staffpath/engine/Framework.h"

#include <QCollator>
#include <QCompleter>
#include <QPushButton>

#include <algorithm>

namespace staffpath::app {

namespace {

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

QualificationDialog::QualificationDialog(const QualificationHeld& qualification, QualificationValidator validator,
                                         const QList<QualificationChoice>& qualifications, QWidget* parent)
    : ValidatingDialog(parent)
    , m_ui(std::make_unique<Ui::QualificationDialog>())
    , m_initial(qualification)
    , m_validator(std::move(validator))
    , m_qualificationId(QString::fromStdString(qualification.qualificationId))
{
    m_ui->setupUi(this);
    setWindowTitle(qualification.id == 0 ? tr("Add a qualification") : tr("Edit qualification"));

    QStringList names;
    for (const QualificationChoice& choice : qualifications) {
        names << choice.name;
        if (!m_idByName.contains(folded(choice.name))) {
            m_idByName.insert(folded(choice.name), choice.qualificationId);
        }
        if (!m_nameById.contains(choice.qualificationId)) {
            m_nameById.insert(choice.qualificationId, choice.name);
        }
    }
    names.removeDuplicates(); // keeps the first, so a name stays where the caller put it
    auto* completer = new QCompleter(names, m_ui->nameEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->nameEdit->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_qualificationId = m_idByName.value(folded(text));
        showMatch();
    });
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_qualificationId = m_idByName.value(folded(text));
        showMatch();
    });
    EnumWords::fill<QualificationStatus>(m_ui->statusComboBox);

    m_ui->nameEdit->setText(QString::fromStdString(qualification.name));
    EnumWords::select(m_ui->statusComboBox, qualification.status);
    setDateText(m_ui->startedDateEdit, qualification.started);
    setDateText(m_ui->completedDateEdit, qualification.completed);
    setDateText(m_ui->expiresDateEdit, qualification.expires);
    m_ui->providerEdit->setText(QString::fromStdString(qualification.provider));
    m_ui->evidenceEdit->setText(QString::fromStdString(qualification.evidence));
    showMatch();

    addField("name", m_ui->nameEdit, m_ui->nameMessageLabel);
    addField("status", m_ui->statusComboBox, m_ui->statusMessageLabel);
    addField("started", m_ui->startedDateEdit, m_ui->startedDateMessageLabel);
    addField("completed", m_ui->completedDateEdit, m_ui->completedDateMessageLabel);
    addField("expires", m_ui->expiresDateEdit, m_ui->expiresDateMessageLabel);
    addField("evidence", m_ui->evidenceEdit, m_ui->evidenceMessageLabel);
    connectEvidencePicker(m_ui->evidenceEdit, m_ui->chooseEvidenceButton);
    finishSetup(m_ui->formMessageLabel);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QualificationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QualificationDialog::reject);
}

QualificationDialog::~QualificationDialog() = default;

QList<QualificationChoice> QualificationDialog::choices(const engine::Framework& framework, FrameworkGeneration first)
{
    const auto comesFirst = [first](engine::Generation generation) {
        switch (first) {
        case FrameworkGeneration::Current:
            return generation != engine::Generation::Legacy;
        case FrameworkGeneration::Legacy:
            return generation != engine::Generation::Current;
        case FrameworkGeneration::Both:
            break;
        }
        return true;
    };
    QList<QualificationChoice> front;
    QList<QualificationChoice> back;
    for (const engine::Qualification& q : framework.qualifications()) {
        QList<QualificationChoice>& group = comesFirst(q.generation) ? front : back;
        const QString id = QString::fromStdString(q.id);
        group.append({id, QString::fromStdString(q.name)});
        if (!id.contains(QLatin1Char('.'))) {
            group.append({id, id}); // people type "NPQSL" as often as the full name
        }
        for (const std::string& alias : q.aliases) {
            // Old ids kept as aliases ("q.npqh") are for files, not for people choosing a name.
            if (alias.rfind("q.", 0) != 0 || alias.find(' ') != std::string::npos) {
                group.append({id, QString::fromStdString(alias)});
            }
        }
    }
    QCollator collator(DisplayText::locale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto byName = [&collator](const QualificationChoice& a, const QualificationChoice& b) {
        return collator.compare(a.name, b.name) < 0;
    };
    std::stable_sort(front.begin(), front.end(), byName);
    std::stable_sort(back.begin(), back.end(), byName);
    return front + back;
}

void QualificationDialog::showMatch()
{
    QLabel* label = m_ui->qualificationMatchLabel;
    if (!m_qualificationId.isEmpty()) {
        label->setText(tr("Framework qualification: %1").arg(m_nameById.value(m_qualificationId, m_qualificationId)));
    } else if (!m_ui->nameEdit->text().trimmed().isEmpty()) {
        label->setText(tr("Not matched to a framework qualification"));
    } else {
        label->clear();
    }
    label->setVisible(!label->text().isEmpty());
}

QualificationHeld QualificationDialog::build(services::FieldIssues* issues) const
{
    QualificationHeld qualification = m_initial;
    qualification.name = m_ui->nameEdit->text().trimmed().toStdString();
    qualification.qualificationId = m_qualificationId.toStdString();
    qualification.status = EnumWords::selected(m_ui->statusComboBox, m_initial.status);
    qualification.started = readDate(m_ui->startedDateEdit, "started", issues);
    qualification.completed = readDate(m_ui->completedDateEdit, "completed", issues);
    qualification.expires = readDate(m_ui->expiresDateEdit, "expires", issues);
    qualification.provider = m_ui->providerEdit->text().trimmed().toStdString();
    const QString evidence = m_ui->evidenceEdit->text().trimmed();
    qualification.evidence = evidence.toStdString();
    if (issues) {
        // Evidence saved before may be on a drive this computer cannot see; only what is typed now is checked.
        if (const auto problem = evidenceProblem(evidence); problem && evidence.toStdString() != m_initial.evidence) {
            issues->push_back({"evidence", problem->toStdString()});
        }
    }
    return qualification;
}

QualificationHeld QualificationDialog::value() const
{
    return build(nullptr);
}

services::FieldIssues QualificationDialog::collectIssues() const
{
    services::FieldIssues own;
    const QualificationHeld qualification = build(&own);
    return merged(std::move(own), m_validator ? m_validator(qualification) : services::FieldIssues{});
}

} // namespace staffpath::app
