// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostTableModel.h"

#include "DisplayText.h"

#include <QFont>

namespace staffpath::app {

PostTableModel::PostTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PostTableModel::setPosts(std::vector<Post> posts)
{
    beginResetModel();
    m_posts = std::move(posts);
    endResetModel();
}

const Post* PostTableModel::post(int row) const
{
    return row >= 0 && row < rowCount() ? &m_posts[static_cast<std::size_t>(row)] : nullptr;
}

int PostTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_posts.size());
}

int PostTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant PostTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Post& post = m_posts.at(static_cast<std::size_t>(index.row()));
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::FontRole && !post.to) {
        // The posts held now stand out from the history below them.
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (column) {
    case Column::Title:
        return DisplayText::text(post.title);
    case Column::GradePay:
        return DisplayText::gradeAndPay(post.grade, post.payPoint);
    case Column::Fte:
        return DisplayText::fte(post.fte);
    case Column::From:
        return DisplayText::date(post.from);
    case Column::To:
        return post.to ? DisplayText::date(post.to) : tr("now");
    case Column::Notes: {
        QStringList notes;
        if (post.acting) {
            notes << tr("acting");
        }
        if (post.slt) {
            notes << tr("leadership team");
        }
        if (post.roleId.empty() && role == Qt::ToolTipRole) {
            notes << tr("title not matched to a framework role");
        }
        return notes.join(QStringLiteral(", "));
    }
    case Column::Count:
        break;
    }
    return {};
}

QVariant PostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= static_cast<int>(Column::Count)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case Column::Title:
        return tr("Post");
    case Column::GradePay:
        return tr("Grade / pay");
    case Column::Fte:
        return tr("FTE");
    case Column::From:
        return tr("From");
    case Column::To:
        return tr("To");
    case Column::Notes:
        return tr("Notes");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace staffpath::app
