// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpath/store/ImportMappingStore.h"

#include "Dialect.h"
#include "MappingRows.h"
#include "ScopedTransaction.h"
#include "Statement.h"

#include "staffpath/store/Database.h"

#include <QCoreApplication>

namespace staffpath::store {

namespace {

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

Result<std::optional<std::string>> ImportMappingStore::load(const std::string& key) const
{
    Statement st(m_db.connection(), m_db.displayName());
    if (Status s = st.run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {qs(key)}); !s) {
        return s.error();
    }
    if (!st.next()) {
        return std::optional<std::string>();
    }
    return std::optional<std::string>(st.value(0).toString().toStdString());
}

Status ImportMappingStore::save(const std::string& key, const std::string& json)
{
    ScopedTransaction transaction(m_db.connection(), m_db.dialect(), m_db.displayName());
    if (Status s = transaction.begin(); !s) {
        return s;
    }
    if (Status s = mappingrows::write(m_db, key, json); !s) {
        return s;
    }
    return transaction.commit();
}

namespace mappingrows {

Status write(Database& db, const std::string& key, const std::string& json)
{
    const QString file = db.displayName();
    // Only mappings live under this prefix; the schema version and app marker must never be overwritten from here.
    if (key.rfind("import.mapping.", 0) != 0) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("staffpath::store",
                                                     "StaffPath tried to remember an import mapping under a wrong "
                                                     "name in %1; nothing was saved.")
                             .arg(file)
                             .toStdString(),
                         "meta key outside import.mapping.");
    }
    Statement st(db.connection(), file);
    return st.run(db.dialect().upsertMetaSql(), {qs(key), qs(json)});
}

} // namespace mappingrows

} // namespace staffpath::store
