// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/AuditEntry.h"

#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace staffpath::services {
class Workspace;
}

namespace staffpath::app {

/**
 * View → Audit Trail…: who changed what and when, newest first, filtered by person, account, kind of record,
 * dates and text; the selected entry's fields before and after below. Read-only: nothing in the app can change an
 * entry (the database refuses too). Administrators only (services::AuditTrail checks). The Workspace must outlive
 * the dialog: the window closes it when the file changes.
 */
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500;

    AuditDialog(services::Workspace& workspace, QWidget* parent);

    QTableView* table() const { return m_table; }
    QComboBox* personFilter() const { return m_person; }
    QComboBox* actorFilter() const { return m_actor; }
    QComboBox* entityFilter() const { return m_entity; }
    QLineEdit* textFilter() const { return m_text; }
    QPlainTextEdit* details() const { return m_details; }
    QLabel* countLabel() const { return m_count; }
    /** Reads the entries again with the filters as they are now. */
    void refresh();

    /** The fields of an entry's row that differ before and after, one "field: before → after" line each. */
    static QString changes(const AuditEntry& entry);
    /** An entry's summary, or for a row changed, which of its fields changed. */
    static QString summaryText(const AuditEntry& entry);

private:
    void showSelected();
    QString aboutText(std::optional<Id> staffId) const;

    services::Workspace& m_workspace;
    QComboBox* m_person;
    QComboBox* m_actor;
    QComboBox* m_entity;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    QLineEdit* m_text;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QLabel* m_count;
    std::vector<AuditEntry> m_entries;
    std::map<Id, QString> m_names;
};

} // namespace staffpath::app
