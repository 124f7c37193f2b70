// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/services/import/ImportService.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace staffpath::services {
class Clock;
}
namespace staffpath::store {
class Database;
}

namespace staffpath::app {

class Dialogs;

/**
 * File → Import Staff… / Import CPD…: choose a CSV file, map its columns, preview, import in one transaction.
 * Holds the state the pages share (the table read, the mapping, the preview). The Database, Clock and Dialogs are
 * borrowed and must outlive the wizard; opened with open() and WA_DeleteOnClose by the window.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, DonePage };

    ImportWizard(services::ImportKind kind, store::Database& db, const services::Clock& clock,
                 services::HeaderSynonyms synonyms, Dialogs& dialogs, QWidget* parent = nullptr);
    ~ImportWizard() override;

    services::ImportKind kind() const { return m_kind; }
    Dialogs& dialogs() { return m_dialogs; }
    services::ImportService& service() { return *m_service; }

    const std::optional<services::CsvTable>& table() const { return m_table; }
    void setTable(services::CsvTable table) { m_table = std::move(table); }
    std::optional<services::ImportMapping>& mapping() { return m_mapping; }
    const std::optional<services::Preview>& preview() const { return m_preview; }
    void setPreview(services::Preview preview) { m_preview = std::move(preview); }
    const std::optional<services::ApplyReport>& report() const { return m_report; }
    void setReport(services::ApplyReport report);

Q_SIGNALS:
    /** The database was written: the window reloads what it shows. */
    void imported();

private:
    services::ImportKind m_kind;
    Dialogs& m_dialogs;
    std::unique_ptr<services::ImportService> m_service;
    std::optional<services::CsvTable> m_table;
    std::optional<services::ImportMapping> m_mapping;
    std::optional<services::Preview> m_preview;
    std::optional<services::ApplyReport> m_report;
};

/** A field id as the person at the keyboard reads it ("Legal surname"). */
QString importFieldLabel(services::ImportKind kind, const std::string& fieldId);

} // namespace staffpath::app
