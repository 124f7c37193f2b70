// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Date.h"
#include "staffpath/services/RecordEditor.h"

#include <QDialog>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;

namespace staffpath::app {

class Dialogs;

/**
 * The inline validation every edit dialog shares. A subclass registers each editor with the validator's field
 * names and the label under it, and says what is wrong now (collectIssues()). A field is checked when it loses
 * focus and everything is checked when OK is pressed: each issue gives its editor a red frame (the dynamic
 * property `invalid`), the sentence in the label under it and as the editor's accessible description. OK does
 * not close the dialog while an issue remains and puts the focus on the first field that has one. Once marked,
 * a field is re-checked as it is edited, so fixing it clears the mark at once; fields not yet visited are not
 * marked while someone is still typing elsewhere.
 */
class ValidatingDialog : public QDialog
{
    Q_OBJECT

public:
    /** Checks every field and marks every issue, as OK does, without closing. True when there is none. */
    bool validateAll();
    /** The sentences now shown for `field`, in the order given; empty when the field is not marked. */
    QStringList shownMessages(const std::string& field) const;
    /** Whether any issue is marked on the form now. */
    bool hasShownIssues() const;

    /** The file picker "Choose file…" uses; the real QFileDialog until this is set. Not owned. */
    void setDialogs(Dialogs* dialogs) { m_dialogs = dialogs; }

    /**
     * Runs `commit` when OK finds nothing wrong, before the dialog closes; the dialog stays open when it returns
     * false (the saving asked a question and the answer was to go back to the form).
     */
    void setCommit(std::function<bool()> commit) { m_commit = std::move(commit); }

    void accept() override;

protected:
    explicit ValidatingDialog(QWidget* parent);

    /**
     * `editor` shows issues for `field`; `message` is the label under it (hidden while empty). One editor may
     * stand for several fields (a post's title also answers for "role_id"). The order of the calls is the
     * order "first invalid field" follows: the tab order.
     */
    void addField(const std::string& field, QWidget* editor, QLabel* message);
    /** Call once every widget exists: watches the inputs for focus and edits, and names the form-wide label. */
    void finishSetup(QLabel* formMessage);

    /** What is wrong with the form now: the dialog's own reading problems first, then the validator's. */
    virtual services::FieldIssues collectIssues() const = 0;

    /** `button` picks a file with the Dialogs seam and puts its path in `edit`. */
    void connectEvidencePicker(QLineEdit* edit, QPushButton* button);
    /** Puts the focus on the editor of `field`; false when the dialog has no such field. */
    bool focusField(const std::string& field);

    // Helpers the subclasses share.
    static void setDateText(QLineEdit* edit, const std::optional<Date>& date);
    /** The date typed in `edit`; on text parseDateInput cannot read, nullopt and its sentence for `field`. */
    static std::optional<Date> readDate(const QLineEdit* edit, const std::string& field, services::FieldIssues* issues);
    /** `local` followed by the validator's issues, except those for a field `local` already has one for. */
    static services::FieldIssues merged(services::FieldIssues local, const services::FieldIssues& validator);
    /** A sentence when `text` is neither empty, an http(s) link nor the path of a file that exists. */
    static std::optional<QString> evidenceProblem(const QString& text);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Trigger { Edit, FocusOut, All };

    struct Entry
    {
        std::vector<std::string> fields;
        QPointer<QWidget> editor;
        QPointer<QLabel> message;
        QString description; ///< the editor's own accessible description, put back when the mark clears
        bool touched = false;
        bool marked = false;
    };

    void refresh(Trigger trigger, QObject* source = nullptr);
    void mark(Entry& entry, const QStringList& messages);
    void growToFit();
    Entry* entryFor(const QObject* object);
    const Entry* entryForField(const std::string& field) const;

    std::vector<Entry> m_entries;
    QPointer<QLabel> m_formMessage;
    Dialogs* m_dialogs = nullptr;
    std::function<bool()> m_commit;
    bool m_refreshing = false;
};

} // namespace staffpath::app
