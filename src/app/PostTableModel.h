// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/model/Post.h"

#include <QAbstractTableModel>

#include <vector>

namespace staffpath::app {

/** A person's posts over time, newest first as the record gives them, read-only, for the person panel. */
class PostTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Title, GradePay, Fte, From, To, Notes, Count };

    explicit PostTableModel(QObject* parent = nullptr);

    void setPosts(std::vector<Post> posts);
    /** The post shown in `row`; nullptr when there is no such row. */
    const Post* post(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Post> m_posts;
};

} // namespace staffpath::app
