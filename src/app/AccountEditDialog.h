// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Account.h"
#include "staffpath/model/StaffSummary.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace staffpath::app {

/**
 * One account's details: username, name, role, whose staff record it is, whether it may sign in, and (for a new
 * account) its password typed twice. accept() is left to the caller, which saves through the services and shows
 * their refusal with showProblem(), so a wrong field is fixed without retyping the rest.
 */
class AccountEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, FirstAdministrator, Edit };

    AccountEditDialog(Mode mode, const Account& account, const std::vector<StaffSummary>& people, QWidget* parent);

    Account account() const;
    /** The password typed, or empty when the two boxes differ (showProblem says so). */
    QString password() const;
    void clearPasswords();
    void showProblem(const QString& text);

Q_SIGNALS:
    void saveRequested();

private:
    void updateStaffChoice();

    Mode m_mode;
    Account m_account;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_staff = nullptr;
    QCheckBox* m_active = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace staffpath::app
