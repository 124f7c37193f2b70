// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"
#include "EditChoices.h"
#include "ValidatingDialog.h"

#include "staffpath/model/QualificationHeld.h"

#include <QHash>
#include <QList>

#include <memory>

namespace Ui {
class QualificationDialog;
}

namespace staffpath::engine {
class Framework;
}

namespace staffpath::app {

/**
 * Adds or edits a qualification, programme or designation a person holds or is working towards. The name
 * completes over the framework's qualifications of both generations (`qualifications`): picking or typing one
 * sets the qualification id, any other name is kept as written with none. Evidence is a link (http or https,
 * taken as given) or a file, chosen with "Choose file…"; a file that is not there is flagged. value() is the
 * edited qualification, id and staff id carried over.
 *
 * The completer lists `qualifications` in the order given (choices() puts the generation chosen in Settings
 * first); a name of any of them is recognised whether or not it comes first.
 */
class QualificationDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    QualificationDialog(const QualificationHeld& qualification, QualificationValidator validator,
                        const QList<QualificationChoice>& qualifications, QWidget* parent = nullptr);
    ~QualificationDialog() override;

    /**
     * Every framework qualification by its name, its id ("NPQSL") and each alias: those of `first` (and those belonging
     * to both generations) first, the rest after; each group sorted by name as people read it. With Both, one sorted
     * list.
     */
    static QList<QualificationChoice> choices(const engine::Framework& framework, FrameworkGeneration first);

    QualificationHeld value() const;
    /** The framework qualification the name is matched to now; empty when it is not matched. */
    QString qualificationId() const { return m_qualificationId; }

protected:
    services::FieldIssues collectIssues() const override;

private:
    QualificationHeld build(services::FieldIssues* issues) const;
    void showMatch();

    std::unique_ptr<Ui::QualificationDialog> m_ui;
    QualificationHeld m_initial;
    QualificationValidator m_validator;
    QString m_qualificationId;
    QHash<QString, QString> m_idByName; ///< folded name → qualification id
    QHash<QString, QString> m_nameById;
};

} // namespace staffpath::app
