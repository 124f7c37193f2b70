// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditChoices.h"
#include "ValidatingDialog.h"

#include "staffpath/model/Post.h"
#include "staffpath/model/School.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class PostDialog;
}

namespace staffpath::app {

/**
 * Adds, edits or ends one of a person's posts. The title completes over the framework roles' titles and aliases
 * (`roles`): picking or typing one of them sets the post's role id; any other title is kept as written, with no
 * role id, and the form says quietly that it is not matched to a framework role. value() is the edited post,
 * id and staff id carried over.
 */
class PostDialog : public ValidatingDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Add,  ///< a new post: everything editable
        Edit, ///< also how a post is made substantive or acting, or regraded: see focusOn()
        End,  ///< "end this post": only the To date is editable, prefilled with today
    };

    PostDialog(const Post& post, PostValidator validator, const QList<RoleChoice>& roles,
               const std::vector<School>& schools, QWidget* parent = nullptr);
    ~PostDialog() override;

    /** Add or Edit follow from the post's id; `today` is needed for End, which puts it in the To date. */
    void setMode(Mode mode, std::optional<Date> today = std::nullopt);
    Mode mode() const { return m_mode; }
    /** Starts with the focus on `field` ("grade", "pay_point", "fte", "to", ...) or on "acting". */
    void focusOn(const std::string& field);

    Post value() const;
    /** The framework role the title is matched to now; empty when it is not matched. */
    QString roleId() const { return m_roleId; }

protected:
    services::FieldIssues collectIssues() const override;

private:
    Post build(services::FieldIssues* issues) const;
    void load(const Post& post);
    void titleEdited(const QString& text);
    void showRoleMatch();

    std::unique_ptr<Ui::PostDialog> m_ui;
    Post m_initial;
    PostValidator m_validator;
    Mode m_mode = Mode::Add;
    QString m_roleId;
    QHash<QString, QString> m_roleByName;  ///< folded title or alias → role id
    QHash<QString, QString> m_titleByRole; ///< role id → the role's own title
};

} // namespace staffpath::app
