// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditDialog.h"

#include "ReadOnlyTable.h"
#include "staffpath/services/AuditTrail.h"
#include "staffpath/services/StaffService.h"
#include "staffpath/services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace staffpath::app {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

const char* const kTables[] = {"staff",
                               "posts",
                               "qualifications",
                               "cpd_records",
                               "cpd_events",
                               "pm_objectives",
                               "pm_reviews",
                               "career_conversations",
                               "conversation_actions",
                               "plan_items",
                               "cpd_budgets",
                               "schools",
                               "accounts",
                               "dataset"};

} // namespace

AuditDialog::AuditDialog(services::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_person(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_useFrom(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(tr("&To"), this))
    , m_to(new QDateEdit(this))
    , m_text(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit Trail — %1").arg(workspace.database().displayName()));
    resize(1000, 640);
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Text in the change"));
    m_text->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_count->setObjectName(QStringLiteral("auditCount"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }

    m_person->addItem(tr("Everyone"), QVariant());
    if (const auto people = workspace.staff().list()) {
        for (const StaffSummary& p : *people) {
            m_person->addItem(qs(p.sortName), QVariant::fromValue<qlonglong>(p.id));
            m_names.emplace(p.id, qs(p.displayName));
        }
    }
    m_actor->addItem(tr("Anyone"), QString());
    if (const auto actors = services::AuditTrail(workspace.database()).actors()) {
        for (const std::string& a : *actors) {
            m_actor->addItem(qs(a), qs(a));
        }
    }
    m_entity->addItem(tr("Any record"), QString());
    for (const char* table : kTables) {
        m_entity->addItem(qs(services::AuditTrail::entityWords(table)), QString::fromLatin1(table));
    }

    auto* filters = new QHBoxLayout;
    auto* form = new QFormLayout;
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Who:"), m_actor);
    form->addRow(tr("&Record:"), m_entity);
    filters->addLayout(form);
    auto* dates = new QFormLayout;
    dates->addRow(m_useFrom, m_from);
    dates->addRow(m_useTo, m_to);
    dates->addRow(tr("Te&xt:"), m_text);
    filters->addLayout(dates);

    m_table->setModel(m_model);
    makeReadOnlyRowTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split);
    layout->addWidget(m_count);

    for (QComboBox* box : {m_person, m_actor, m_entity}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AuditDialog::refresh);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &AuditDialog::refresh);
    connect(m_useTo, &QCheckBox::toggled, this, &AuditDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::refresh);
    connect(m_text, &QLineEdit::textChanged, this, &AuditDialog::refresh);
    refresh();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditDialog::showSelected);
}

void AuditDialog::refresh()
{
    store::AuditQuery query;
    if (m_person->currentData().isValid()) {
        query.staffId = m_person->currentData().toLongLong();
    }
    query.actor = m_actor->currentData().toString().toStdString();
    query.entity = m_entity->currentData().toString().toStdString();
    if (m_useFrom->isChecked()) {
        query.from = m_from->date().toString(Qt::ISODate).toStdString();
    }
    if (m_useTo->isChecked()) {
        query.to = m_to->date().toString(Qt::ISODate).toStdString();
    }
    query.text = m_text->text().trimmed().toStdString();
    query.limit = kPageSize;
    const services::AuditTrail trail(m_workspace.database());
    const auto entries = trail.entries(query);
    const auto total = trail.count(query);
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Record"), tr("About"), tr("Summary")});
    m_entries.clear();
    m_details->clear();
    if (!entries || !total) {
        m_count->setText(qs(!entries ? entries.error().message : total.error().message));
        return;
    }
    m_entries = *entries;
    for (const AuditEntry& e : m_entries) {
        QString when = qs(e.at).left(19);
        when.replace(u'T', u' ');
        QString record = qs(services::AuditTrail::entityWords(e.entity));
        if (e.entityId) {
            record += QStringLiteral(" #%1").arg(*e.entityId);
        }
        m_model->appendRow({new QStandardItem(when), new QStandardItem(qs(e.actor)),
                            new QStandardItem(qs(services::AuditTrail::actionWords(e.action))),
                            new QStandardItem(record), new QStandardItem(aboutText(e.staffId)),
                            new QStandardItem(e.redacted ? tr("personal content erased") : summaryText(e))});
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("Showing %1 of %2 entries, newest first.").arg(m_entries.size()).arg(*total));
}

QString AuditDialog::aboutText(std::optional<Id> staffId) const
{
    if (!staffId) {
        return {};
    }
    const auto found = m_names.find(*staffId);
    // Someone no longer in the list (erased since) is shown by number only.
    return found != m_names.end() ? found->second : tr("staff #%1").arg(*staffId);
}

QString AuditDialog::summaryText(const AuditEntry& entry)
{
    if (!entry.summary.empty() || entry.action != "update") {
        return qs(entry.summary);
    }
    QStringList changed;
    for (const auto& f : services::AuditTrail::fieldChanges(entry)) {
        changed << qs(f.field);
    }
    return changed.isEmpty() ? QString() : tr("changed %1").arg(changed.join(QStringLiteral(", ")));
}

void AuditDialog::showSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= static_cast<int>(m_entries.size())) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(changes(m_entries[static_cast<std::size_t>(row)]));
}

QString AuditDialog::changes(const AuditEntry& entry)
{
    if (entry.redacted) {
        return tr("The personal content of this entry was erased with the person it was about.");
    }
    const auto fields = services::AuditTrail::fieldChanges(entry);
    if (fields.empty()) {
        return qs(entry.summary);
    }
    const bool update = !entry.beforeJson.empty() && !entry.afterJson.empty();
    QStringList lines;
    for (const auto& f : fields) {
        const auto shown = [](const std::string& v) { return v.empty() ? tr("(empty)") : qs(v); };
        lines << (update ? QStringLiteral("%1: %2 → %3").arg(qs(f.field), shown(f.before), shown(f.after))
                         : QStringLiteral("%1: %2").arg(qs(f.field), shown(f.after.empty() ? f.before : f.after)));
    }
    return lines.join(u'\n');
}

} // namespace staffpath::app
