// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidatingDialog.h"

#include "QtDialogs.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFocusEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QUrl>

#include <algorithm>

namespace staffpath::app {

namespace {

constexpr auto kFrameName = "invalidFieldFrame";

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// A red that reads as "wrong" with enough contrast for text: about 6:1 on a light dialog, 7:1 on a dark one.
QColor problemColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

/**
 * The red frame round a field with an issue, drawn over the editor instead of through a style sheet: a style
 * sheet border makes QStyleSheetStyle draw spin-box and combo-box buttons itself, which looks broken in most
 * styles. The frame follows the editor's size and lets every click through.
 */
class InvalidFrame : public QWidget
{
public:
    explicit InvalidFrame(QWidget* editor)
        : QWidget(editor)
    {
        setObjectName(QString::fromLatin1(kFrameName));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        setGeometry(editor->rect());
        editor->installEventFilter(this);
        raise();
        show();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize) {
            setGeometry(parentWidget()->rect());
            raise();
        }
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(problemColour(palette()), 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1.0, 1.0, -1.0, -1.0), 3.0, 3.0);
    }
};

void colourAsProblem(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problemColour(palette));
    label->setPalette(palette);
}

} // namespace

ValidatingDialog::ValidatingDialog(QWidget* parent)
    : QDialog(parent)
{}

void ValidatingDialog::addField(const std::string& field, QWidget* editor, QLabel* message)
{
    for (Entry& entry : m_entries) {
        if (entry.editor == editor) {
            entry.fields.push_back(field);
            return;
        }
    }
    Entry entry;
    entry.fields.push_back(field);
    entry.editor = editor;
    entry.message = message;
    entry.description = editor->accessibleDescription();
    if (message) {
        message->setProperty("fieldMessage", true);
        message->setWordWrap(true);
        colourAsProblem(message);
        message->clear();
        message->hide();
    }
    m_entries.push_back(std::move(entry));
}

void ValidatingDialog::finishSetup(QLabel* formMessage)
{
    m_formMessage = formMessage;
    if (m_formMessage) {
        m_formMessage->setProperty("fieldMessage", true);
        m_formMessage->setWordWrap(true);
        colourAsProblem(m_formMessage);
        m_formMessage->clear();
        m_formMessage->hide();
    }
    // Hints are quieter than the form's own text but keep a readable contrast, in light and dark palettes.
    for (QLabel* hint : findChildren<QLabel*>()) {
        if (hint->property("fieldHint").toBool()) {
            QPalette palette = hint->palette();
            const QColor text = palette.color(QPalette::WindowText);
            const QColor back = palette.color(QPalette::Window);
            palette.setColor(QPalette::WindowText,
                             QColor((text.red() * 2 + back.red()) / 3, (text.green() * 2 + back.green()) / 3,
                                    (text.blue() * 2 + back.blue()) / 3));
            hint->setPalette(palette);
        }
    }
    auto edited = [this] { refresh(Trigger::Edit); };
    // Every input, not only the registered ones: a rule may tie fields together (a QTS date needs QTS).
    for (QWidget* widget : findChildren<QWidget*>()) {
        bool input = true;
        if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            connect(edit, &QLineEdit::textChanged, this, edited);
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            connect(combo, &QComboBox::currentIndexChanged, this, edited);
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
            connect(text, &QPlainTextEdit::textChanged, this, edited);
        } else if (qobject_cast<QCheckBox*>(widget) || qobject_cast<QRadioButton*>(widget)) {
            connect(qobject_cast<QAbstractButton*>(widget), &QAbstractButton::toggled, this, edited);
        } else {
            input = qobject_cast<QAbstractSpinBox*>(widget) != nullptr; // edits arrive through its QLineEdit
        }
        if (input) {
            widget->installEventFilter(this);
        }
    }
}

bool ValidatingDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && isVisible()) {
        // A completer or combo popup, or another window, takes the focus without the field being left.
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason) {
            refresh(Trigger::FocusOut, watched);
        }
    }
    return QDialog::eventFilter(watched, event);
}

ValidatingDialog::Entry* ValidatingDialog::entryFor(const QObject* object)
{
    for (Entry& entry : m_entries) {
        if (entry.editor && object->isWidgetType() &&
            (entry.editor == object || entry.editor->isAncestorOf(static_cast<const QWidget*>(object)))) {
            return &entry;
        }
    }
    return nullptr;
}

const ValidatingDialog::Entry* ValidatingDialog::entryForField(const std::string& field) const
{
    for (const Entry& entry : m_entries) {
        if (std::find(entry.fields.begin(), entry.fields.end(), field) != entry.fields.end()) {
            return &entry;
        }
    }
    return nullptr;
}

void ValidatingDialog::refresh(Trigger trigger, QObject* source)
{
    if (m_refreshing) {
        return; // marking a field can emit change signals of its own
    }
    m_refreshing = true;
    const services::FieldIssues issues = collectIssues();
    if (trigger == Trigger::FocusOut && source) {
        if (Entry* entry = entryFor(source)) {
            entry->touched = true;
        }
    }
    for (Entry& entry : m_entries) {
        if (trigger == Trigger::All) {
            entry.touched = true;
        }
        if (!entry.marked && (trigger == Trigger::Edit || !entry.touched)) {
            continue;
        }
        QStringList messages;
        for (const services::FieldIssue& issue : issues) {
            if (std::find(entry.fields.begin(), entry.fields.end(), issue.field) != entry.fields.end()) {
                messages << QString::fromStdString(issue.message);
            }
        }
        mark(entry, messages);
    }
    if (m_formMessage && (trigger == Trigger::All || !m_formMessage->isHidden())) {
        QStringList others;
        for (const services::FieldIssue& issue : issues) {
            if (!entryForField(issue.field)) {
                others << QString::fromStdString(issue.message);
            }
        }
        m_formMessage->setText(others.join(QLatin1Char('\n')));
        m_formMessage->setVisible(!others.isEmpty());
    }
    growToFit();
    m_refreshing = false;
}

void ValidatingDialog::growToFit()
{
    // A top-level window grows to its layout's minimum size, but that minimum ignores how many lines a
    // word-wrapped message takes at the width the dialog has: without this the messages would overlap.
    QLayout* grid = layout();
    if (!grid || !isVisible()) {
        return;
    }
    grid->activate();
    int needed = grid->hasHeightForWidth() ? grid->totalHeightForWidth(width()) : grid->totalSizeHint().height();
    if (const QScreen* shown = screen()) {
        needed = std::min(needed, shown->availableGeometry().height());
    }
    if (needed > height()) {
        resize(width(), needed);
    }
}

void ValidatingDialog::mark(Entry& entry, const QStringList& messages)
{
    const bool invalid = !messages.isEmpty();
    if (QWidget* editor = entry.editor) {
        // The property is there for an application style sheet and for tests; the frame is what people see.
        editor->setProperty("invalid", invalid);
        auto* frame = editor->findChild<InvalidFrame*>(QString::fromLatin1(kFrameName), Qt::FindDirectChildrenOnly);
        if (invalid && !frame) {
            new InvalidFrame(editor);
        } else if (!invalid && frame) {
            delete frame; // at once, so the next paint of the editor is without it
        }
        editor->setAccessibleDescription(invalid ? messages.join(QLatin1Char(' ')) : entry.description);
    }
    if (QLabel* label = entry.message) {
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(invalid);
    }
    entry.marked = invalid;
}

bool ValidatingDialog::validateAll()
{
    refresh(Trigger::All);
    return !hasShownIssues();
}

bool ValidatingDialog::hasShownIssues() const
{
    const bool anyField = std::any_of(m_entries.begin(), m_entries.end(), [](const Entry& e) { return e.marked; });
    return anyField || (m_formMessage && !m_formMessage->isHidden());
}

QStringList ValidatingDialog::shownMessages(const std::string& field) const
{
    const Entry* entry = entryForField(field);
    if (!entry || !entry->marked || !entry->message) {
        return {};
    }
    return entry->message->text().split(QLatin1Char('\n'));
}

void ValidatingDialog::accept()
{
    if (validateAll()) {
        if (!m_commit || m_commit()) {
            QDialog::accept();
        }
        return;
    }
    for (const Entry& entry : m_entries) {
        if (entry.marked && entry.editor) {
            entry.editor->setFocus(Qt::OtherFocusReason);
            if (auto* edit = qobject_cast<QLineEdit*>(entry.editor.data())) {
                edit->selectAll();
            }
            return;
        }
    }
}

bool ValidatingDialog::focusField(const std::string& field)
{
    const Entry* entry = entryForField(field);
    if (!entry || !entry->editor) {
        return false;
    }
    entry->editor->setFocus(Qt::OtherFocusReason);
    return true;
}

void ValidatingDialog::connectEvidencePicker(QLineEdit* edit, QPushButton* button)
{
    connect(button, &QPushButton::clicked, this, [this, edit] {
        QtDialogs system;
        Dialogs& dialogs = m_dialogs ? *m_dialogs : system;
        const QFileInfo current(edit->text().trimmed());
        const QString directory = current.isAbsolute() ? current.absolutePath() : QString();
        const QString chosen = dialogs.openFileName(
            this, tr("Choose the evidence"), directory,
            tr("Documents and images (*.pdf *.doc *.docx *.odt *.png *.jpg *.jpeg);;All files (*)"));
        if (!chosen.isEmpty()) {
            edit->setText(QDir::toNativeSeparators(chosen));
            edit->setFocus(Qt::OtherFocusReason);
        }
    });
}

void ValidatingDialog::setDateText(QLineEdit* edit, const std::optional<Date>& date)
{
    if (!date || !date->isValid()) {
        edit->clear();
        return;
    }
    const QChar zero(QLatin1Char('0'));
    edit->setText(QStringLiteral("%1/%2/%3").arg(date->day, 2, 10, zero).arg(date->month, 2, 10, zero).arg(date->year));
}

std::optional<Date> ValidatingDialog::readDate(const QLineEdit* edit, const std::string& field,
                                               services::FieldIssues* issues)
{
    Result<std::optional<Date>> parsed = services::parseDateInput(edit->text().toStdString());
    if (!parsed) {
        if (issues) {
            issues->push_back({field, parsed.error().message});
        }
        return std::nullopt;
    }
    return *parsed;
}

services::FieldIssues ValidatingDialog::merged(services::FieldIssues local, const services::FieldIssues& validator)
{
    const std::size_t own = local.size();
    for (const services::FieldIssue& issue : validator) {
        const auto end = local.begin() + static_cast<std::ptrdiff_t>(own);
        // The dialog's own sentence ("31/02/2024 is not a date") says more than a rule about the empty value.
        if (std::none_of(local.begin(), end, [&](const services::FieldIssue& o) { return o.field == issue.field; })) {
            local.push_back(issue);
        }
    }
    return local;
}

std::optional<QString> ValidatingDialog::evidenceProblem(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    if (text.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive) ||
        text.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive)) {
        const QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty()) {
            return std::nullopt;
        }
        return tr("%1 is not a web address StaffPath can open; check it, or copy it again from the browser.").arg(text);
    }
    QString path = text;
    if (text.startsWith(QStringLiteral("file:"), Qt::CaseInsensitive)) {
        path = QUrl(text).toLocalFile();
    }
    if (path.isEmpty() || QDir::isRelativePath(path)) {
        return tr("%1 is neither a link nor the full path of a file; choose the file again, or give a link that "
                  "starts with https://.")
            .arg(text);
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return tr("There is no file at %1; it may have been moved or renamed. Choose the file again, or give a link "
                  "that starts with https://.")
            .arg(QDir::toNativeSeparators(path));
    }
    if (info.isDir()) {
        return tr("%1 is a folder; choose the file itself.").arg(QDir::toNativeSeparators(path));
    }
    return std::nullopt;
}

} // namespace staffpath::app
