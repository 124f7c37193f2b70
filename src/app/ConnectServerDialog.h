// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerAddress.h"
#include "ValidatingDialog.h"

#include <memory>

namespace Ui {
class ConnectServerDialog;
}

namespace staffpath::app {

/**
 * File → Connect to Server…: the server, port, database, user and encryption of a PostgreSQL database, with the
 * postgresql:// address they make shown as it is typed. It asks for no password (see OpenWithPassword). The
 * window opens url() when the dialog is accepted, which it is only while the form has no issue.
 */
class ConnectServerDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);
    ~ConnectServerDialog() override;

    /** Fills the form from `url` (the last server used); the defaults for whatever it does not say. */
    void setUrl(const QString& url);
    void setAddress(const ServerAddress& address);
    ServerAddress address() const;
    /** The address to open; empty while the form has an issue. */
    QString url() const;

protected:
    services::FieldIssues collectIssues() const override;

private:
    void updatePreview();

    std::unique_ptr<Ui::ConnectServerDialog> m_ui;
};

} // namespace staffpath::app
