// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationDialog.h"

#include "ui_ConversationDialog.h"

#include <QCompleter>
#include <QDate>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

#include <algorithm>

namespace staffpath::app {

namespace {

enum ActionColumn { DescriptionColumn, OwnerColumn, DueColumn, DoneColumn };

QString ukDate(const std::optional<Date>& date)
{
    if (!date) {
        return {};
    }
    return QDate(date->year, date->month, date->day).toString(QStringLiteral("dd/MM/yyyy"));
}

std::optional<Date> readDate(const QString& text)
{
    auto parsed = services::parseDateInput(text.toStdString());
    return parsed ? parsed.value() : std::nullopt;
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const auto* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setInvalid(QWidget* widget, bool invalid)
{
    if (widget == nullptr || widget->property("invalid").toBool() == invalid) {
        return;
    }
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

ConversationDialog::ConversationDialog(const CareerConversation& initial, Validator validator, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConversationDialog>())
    , m_initial(initial)
    , m_validator(std::move(validator))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("conversationDialog"));
    setWindowTitle(initial.id == 0 ? tr("Record Career Conversation") : tr("Edit Career Conversation"));
    setStyleSheet(QStringLiteral("[invalid=\"true\"] { border: 2px solid #b3261e; border-radius: 3px; }"
                                 "QLabel[issue=\"true\"] { color: #b3261e; }"));
    for (QLabel* label : {m_ui->heldOnError, m_ui->ledByError, m_ui->aspirationError, m_ui->targetRoleError,
                          m_ui->headshipError, m_ui->notesError, m_ui->nextReviewError, m_ui->actionsError}) {
        label->setProperty("issue", true);
        label->setVisible(false);
    }

    m_ui->headshipEdit->addItem(tr("Not asked"), static_cast<int>(HeadshipAspiration::Unknown));
    m_ui->headshipEdit->addItem(tr("Yes"), static_cast<int>(HeadshipAspiration::Yes));
    m_ui->headshipEdit->addItem(tr("No"), static_cast<int>(HeadshipAspiration::No));
    m_ui->headshipEdit->addItem(tr("Undecided"), static_cast<int>(HeadshipAspiration::Undecided));
    m_ui->headshipEdit->setCurrentIndex(m_ui->headshipEdit->findData(static_cast<int>(initial.wantsHeadship)));

    m_ui->heldOnEdit->setText(
        ukDate(initial.id == 0 && !initial.heldOn.isValid() ? std::nullopt : std::optional(initial.heldOn)));
    m_ui->ledByEdit->setEditText(QString::fromStdString(initial.ledByName));
    m_ui->aspirationEdit->setPlainText(QString::fromStdString(initial.aspiration));
    m_ui->targetRoleEdit->setText(QString::fromStdString(initial.targetRoleTitle));
    m_ui->notesEdit->setPlainText(QString::fromStdString(initial.notes));
    m_ui->nextReviewEdit->setText(ukDate(initial.nextReview));
    m_ui->confidentialCheck->setChecked(initial.confidential);

    auto* table = m_ui->actionsTable;
    table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(OwnerColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(DoneColumn, QHeaderView::ResizeToContents);
    table->verticalHeader()->setVisible(false);
    for (const auto& action : initial.actions) {
        addAction();
        const int row = table->rowCount() - 1;
        table->item(row, DescriptionColumn)->setText(QString::fromStdString(action.description));
        table->item(row, DescriptionColumn)->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(action.id));
        table->item(row, OwnerColumn)->setText(QString::fromStdString(action.owner));
        table->item(row, DueColumn)->setText(ukDate(action.due));
        table->item(row, DoneColumn)->setCheckState(action.done ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->addActionButton->setAccessibleName(tr("Add an agreed action"));
    m_ui->removeActionButton->setAccessibleName(tr("Remove the selected action"));
    connect(m_ui->addActionButton, &QPushButton::clicked, this, [this] {
        addAction();
        m_ui->actionsTable->setFocus();
        m_ui->actionsTable->editItem(m_ui->actionsTable->item(m_ui->actionsTable->rowCount() - 1, DescriptionColumn));
    });
    connect(m_ui->removeActionButton, &QPushButton::clicked, this, &ConversationDialog::removeSelectedAction);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConversationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConversationDialog::reject);

    // A mark goes as soon as the field is put right, so the dialog never scolds for something already fixed.
    auto recheck = [this] {
        if (!m_issues.isEmpty()) {
            check();
        }
    };
    connect(m_ui->heldOnEdit, &QLineEdit::editingFinished, this, [this] {
        check(); // a date is worth checking the moment it is typed
    });
    connect(m_ui->nextReviewEdit, &QLineEdit::editingFinished, this, [this] { check(); });
    connect(m_ui->targetRoleEdit, &QLineEdit::editingFinished, this, recheck);
    connect(m_ui->aspirationEdit, &QPlainTextEdit::textChanged, this, recheck);
    connect(table, &QTableWidget::itemChanged, this, recheck);
}

ConversationDialog::~ConversationDialog() = default;

void ConversationDialog::setLeaders(const QList<QPair<Id, QString>>& leaders)
{
    const QString typed = m_ui->ledByEdit->currentText();
    m_ui->ledByEdit->clear();
    for (const auto& [id, name] : leaders) {
        m_ui->ledByEdit->addItem(name, QVariant::fromValue<qlonglong>(id));
    }
    auto* completer = m_ui->ledByEdit->completer();
    if (completer != nullptr) {
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
    }
    const int found = m_initial.ledByStaffId
                          ? m_ui->ledByEdit->findData(QVariant::fromValue<qlonglong>(*m_initial.ledByStaffId))
                          : -1;
    if (found >= 0) {
        m_ui->ledByEdit->setCurrentIndex(found);
    } else {
        m_ui->ledByEdit->setCurrentIndex(-1);
        m_ui->ledByEdit->setEditText(typed);
    }
}

void ConversationDialog::setRoles(const QStringList& names, RoleReader reader)
{
    m_roleReader = std::move(reader);
    auto* completer = new QCompleter(names, m_ui->targetRoleEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->targetRoleEdit->setCompleter(completer);
}

void ConversationDialog::addAction()
{
    auto* table = m_ui->actionsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, DescriptionColumn, new QTableWidgetItem);
    table->setItem(row, OwnerColumn, new QTableWidgetItem);
    table->setItem(row, DueColumn, new QTableWidgetItem);
    auto* done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    done->setCheckState(Qt::Unchecked);
    table->setItem(row, DoneColumn, done);
    table->setCurrentCell(row, DescriptionColumn);
}

void ConversationDialog::removeSelectedAction()
{
    const int row = m_ui->actionsTable->currentRow();
    if (row >= 0) {
        m_ui->actionsTable->removeRow(row);
    }
}

CareerConversation ConversationDialog::value() const
{
    CareerConversation c = m_initial;
    c.heldOn = readDate(m_ui->heldOnEdit->text()).value_or(Date{});
    const QString leader = m_ui->ledByEdit->currentText().trimmed();
    c.ledByName = leader.toStdString();
    c.ledByStaffId.reset();
    const int index = m_ui->ledByEdit->findText(leader, Qt::MatchFixedString);
    if (index >= 0) {
        c.ledByStaffId = m_ui->ledByEdit->itemData(index).toLongLong();
    }
    c.aspiration = m_ui->aspirationEdit->toPlainText().trimmed().toStdString();
    const QString target = m_ui->targetRoleEdit->text().trimmed();
    c.targetRoleId.clear();
    c.targetRoleTitle = target.toStdString();
    if (!target.isEmpty() && m_roleReader) {
        if (auto role = m_roleReader(target)) {
            c.targetRoleId = role->first;
            c.targetRoleTitle = role->second;
        }
    }
    c.wantsHeadship = static_cast<HeadshipAspiration>(m_ui->headshipEdit->currentData().toInt());
    c.notes = m_ui->notesEdit->toPlainText().trimmed().toStdString();
    c.nextReview = readDate(m_ui->nextReviewEdit->text());
    c.confidential = m_ui->confidentialCheck->isChecked();

    std::vector<AgreedAction> actions;
    const auto* table = m_ui->actionsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        AgreedAction action;
        if (const auto* description = table->item(row, DescriptionColumn)) {
            action.id = description->data(Qt::UserRole).toLongLong();
        }
        action.description = cellText(table, row, DescriptionColumn).toStdString();
        action.owner = cellText(table, row, OwnerColumn).toStdString();
        action.due = readDate(cellText(table, row, DueColumn));
        const auto* done = table->item(row, DoneColumn);
        action.done = done != nullptr && done->checkState() == Qt::Checked;
        const bool blank = action.description.empty() && action.owner.empty() && !action.due && !action.done &&
                           cellText(table, row, DueColumn).isEmpty();
        if (!blank) { // an empty row left by Add action is not an action
            actions.push_back(std::move(action));
        }
    }
    c.actions = std::move(actions);
    return c;
}

services::FieldIssues ConversationDialog::dateIssues() const
{
    services::FieldIssues issues;
    auto readField = [&](const QString& text, const std::string& field) {
        if (auto parsed = services::parseDateInput(text.toStdString()); !parsed) {
            issues.push_back({field, parsed.error().message});
        }
    };
    readField(m_ui->heldOnEdit->text(), "held_on");
    readField(m_ui->nextReviewEdit->text(), "next_review");
    const auto* table = m_ui->actionsTable;
    int kept = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool blank = cellText(table, row, DescriptionColumn).isEmpty() &&
                           cellText(table, row, OwnerColumn).isEmpty() && cellText(table, row, DueColumn).isEmpty();
        if (blank) {
            continue;
        }
        readField(cellText(table, row, DueColumn), "actions/" + std::to_string(kept) + "/due");
        ++kept;
    }
    return issues;
}

bool ConversationDialog::check()
{
    services::FieldIssues issues = dateIssues();
    if (m_validator) {
        for (auto& issue : m_validator(value())) {
            // A date that could not be read is already explained; the validator only sees it as missing.
            const bool explained = std::any_of(issues.begin(), issues.end(),
                                               [&](const services::FieldIssue& i) { return i.field == issue.field; });
            if (!explained) {
                issues.push_back(std::move(issue));
            }
        }
    }
    showIssues(issues);
    return issues.empty();
}

void ConversationDialog::accept()
{
    if (!check()) {
        for (const QString& field : {QStringLiteral("held_on"), QStringLiteral("led_by"), QStringLiteral("aspiration"),
                                     QStringLiteral("target_role"), QStringLiteral("next_review")}) {
            if (m_issues.contains(field)) {
                widgetFor(field)->setFocus();
                return;
            }
        }
        m_ui->actionsTable->setFocus();
        return;
    }
    QDialog::accept();
}

QString ConversationDialog::issueAt(const QString& field) const
{
    return m_issues.value(field);
}

QWidget* ConversationDialog::widgetFor(const QString& field) const
{
    if (field == QLatin1String("held_on")) {
        return m_ui->heldOnEdit;
    }
    if (field == QLatin1String("led_by")) {
        return m_ui->ledByEdit;
    }
    if (field == QLatin1String("aspiration")) {
        return m_ui->aspirationEdit;
    }
    if (field == QLatin1String("target_role")) {
        return m_ui->targetRoleEdit;
    }
    if (field == QLatin1String("next_review")) {
        return m_ui->nextReviewEdit;
    }
    return m_ui->actionsTable;
}

QLabel* ConversationDialog::labelFor(const QString& field) const
{
    if (field == QLatin1String("held_on")) {
        return m_ui->heldOnError;
    }
    if (field == QLatin1String("led_by")) {
        return m_ui->ledByError;
    }
    if (field == QLatin1String("aspiration")) {
        return m_ui->aspirationError;
    }
    if (field == QLatin1String("target_role")) {
        return m_ui->targetRoleError;
    }
    if (field == QLatin1String("next_review")) {
        return m_ui->nextReviewError;
    }
    return m_ui->actionsError;
}

void ConversationDialog::showIssues(const services::FieldIssues& issues)
{
    m_issues.clear();
    QHash<QLabel*, QStringList> messages;
    for (const auto& issue : issues) {
        const QString field = QString::fromStdString(issue.field);
        QString message = QString::fromStdString(issue.message);
        m_issues.insert(field, message);
        if (field.startsWith(QLatin1String("actions/"))) {
            const int n = field.section(QLatin1Char('/'), 1, 1).toInt();
            message = tr("Action %1: %2").arg(n + 1).arg(message);
        }
        messages[labelFor(field)] << message;
    }
    for (QLabel* label : {m_ui->heldOnError, m_ui->ledByError, m_ui->aspirationError, m_ui->targetRoleError,
                          m_ui->headshipError, m_ui->notesError, m_ui->nextReviewError, m_ui->actionsError}) {
        const QStringList lines = messages.value(label);
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
    }
    for (const QString& field : {QStringLiteral("held_on"), QStringLiteral("led_by"), QStringLiteral("aspiration"),
                                 QStringLiteral("target_role"), QStringLiteral("next_review")}) {
        QWidget* widget = widgetFor(field);
        setInvalid(widget, m_issues.contains(field));
        widget->setAccessibleDescription(m_issues.value(field));
    }
    setInvalid(m_ui->actionsTable, !messages.value(m_ui->actionsError).isEmpty());
    m_ui->actionsTable->setAccessibleDescription(messages.value(m_ui->actionsError).join(QLatin1Char(' ')));
}

} // namespace staffpath::app
