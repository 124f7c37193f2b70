// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayMapView.h"

#include "MapNodeItem.h"
#include "PathwayMapCanvas.h"
#include "PathwayMapLegend.h"
#include "PathwayMapStyle.h"
#include "PathwayView.h"

#include "staffpath/engine/Explainer.h"

#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace staffpath::app {

using namespace pathwaymap;

namespace {

using L = PathwayMapLayout;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString readinessWord(engine::Readiness readiness)
{
    // The Pathway tab's words, except that "below" means nothing on a map.
    return readiness == engine::Readiness::AfterSteps ? PathwayMapView::tr("After steps")
                                                      : PathwayView::readinessText(readiness);
}

QString tierName(int tier)
{
    switch (tier) {
    case 0:
        return PathwayMapView::tr("Trainee or volunteer");
    case 1:
        return PathwayMapView::tr("Entry or assistant");
    case 2:
        return PathwayMapView::tr("Practitioner");
    case 3:
        return PathwayMapView::tr("Co-ordinator");
    case 4:
        return PathwayMapView::tr("Middle leader or manager");
    case 5:
        return PathwayMapView::tr("Senior leader");
    case 6:
        return PathwayMapView::tr("Headship level");
    case 7:
        return PathwayMapView::tr("Executive or trust level");
    default:
        return {};
    }
}

QString qualificationKindText(engine::QualificationKind kind)
{
    switch (kind) {
    case engine::QualificationKind::Qualification:
        return PathwayMapView::tr("Qualification");
    case engine::QualificationKind::Programme:
        return PathwayMapView::tr("Programme");
    case engine::QualificationKind::Designation:
        return PathwayMapView::tr("Designation");
    case engine::QualificationKind::Status:
        return PathwayMapView::tr("Status");
    case engine::QualificationKind::Compliance:
        return PathwayMapView::tr("Training");
    }
    return {};
}

/** The name without a trailing note in brackets: "Bursar (legacy)" → "Bursar". */
QString withoutBrackets(const QString& text)
{
    static const QRegularExpression trailing(QStringLiteral("\\s*\\([^()]*\\)$"));
    return QString(text).remove(trailing).trimmed();
}

/** The names to try on a programme's pill, longest first: its name, then the shorter forms schools use. */
QStringList programmeNames(const engine::Qualification& q)
{
    QStringList names{fromStd(q.name), withoutBrackets(fromStd(q.name))};
    // Schools say "NPQSL" and "ILM L5". Aliases such as "q.hlta" are ids for files, not names for people.
    static const QRegularExpression acronym(QStringLiteral("^[A-Z][A-Z0-9]{1,7}$"));
    if (acronym.match(fromStd(q.id)).hasMatch()) {
        names << fromStd(q.id);
    }
    QStringList aliases;
    for (const auto& alias : q.aliases) {
        const QString text = fromStd(alias);
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('_'))) {
            aliases << text;
        }
    }
    std::stable_sort(aliases.begin(), aliases.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    names << aliases;
    names.removeDuplicates();
    return names;
}

QString programmeStatus(const MapNode& node, const engine::Qualification& q)
{
    switch (node.state) {
    case MapNodeState::Held:
        return PathwayMapView::tr("Held");
    case MapNodeState::InProgress:
        return PathwayMapView::tr("In progress");
    case MapNodeState::Suggested:
        return readinessWord(node.readiness);
    default:
        return qualificationKindText(q.kind);
    }
}

QString firstSentence(const QString& text)
{
    const int end = text.indexOf(QStringLiteral(". "));
    return end < 0 ? text : text.left(end + 1);
}

QString tierText(const engine::Role& role)
{
    if (!role.tier) {
        return PathwayMapView::tr("no tier");
    }
    if (role.tier->min == role.tier->max) {
        return PathwayMapView::tr("tier %1, %2").arg(role.tier->min).arg(tierName(role.tier->min).toLower());
    }
    return PathwayMapView::tr("tier %1–%2").arg(role.tier->min).arg(role.tier->max);
}

QString yearsText(const engine::ProfilePost& post)
{
    if (post.from && post.to) {
        return QStringLiteral("%1–%2").arg(post.from->year()).arg(post.to->year());
    }
    if (post.from) {
        return PathwayMapView::tr("since %1").arg(post.from->year());
    }
    return {};
}

enum class ZoomIcon { In, Out, Fit };

/** Drawn rather than taken from the icon theme, which many desktops do not have. */
QIcon zoomIcon(ZoomIcon kind, const QColor& ink)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        painter.setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        if (kind == ZoomIcon::Fit) {
            for (const QPointF corner : {QPointF(2, 2), QPointF(14, 2), QPointF(14, 14), QPointF(2, 14)}) {
                const qreal dx = corner.x() < 8 ? 4 : -4;
                const qreal dy = corner.y() < 8 ? 4 : -4;
                painter.drawPolyline(QPolygonF({corner + QPointF(dx, 0), corner, corner + QPointF(0, dy)}));
            }
            painter.drawRect(QRectF(5.5, 5.5, 5, 5));
        } else {
            painter.drawEllipse(QPointF(6.5, 6.5), 4.8, 4.8);
            painter.drawLine(QPointF(10, 10), QPointF(14.2, 14.2));
            painter.drawLine(QPointF(4.4, 6.5), QPointF(8.6, 6.5));
            if (kind == ZoomIcon::In) {
                painter.drawLine(QPointF(6.5, 4.4), QPointF(6.5, 8.6));
            }
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QToolButton* zoomButton(QWidget* parent, ZoomIcon kind, const QString& objectName, const QString& name,
                        const QString& shortcut)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(zoomIcon(kind, parent->palette().color(QPalette::ButtonText)));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    // Icon only, so the name is what a screen reader says and what hovering shows.
    button->setAccessibleName(name);
    button->setToolTip(PathwayMapView::tr("%1 (%2)").arg(name, shortcut));
    return button;
}

} // namespace

PathwayMapView::PathwayMapView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_zoomOut(nullptr)
    , m_zoomIn(nullptr)
    , m_fit(nullptr)
    , m_placeholder(new QLabel(this))
    , m_canvas(nullptr)
    , m_legend(new PathwayMapLegend(this))
    , m_scene(new QGraphicsScene(this))
{
    PathwayMapCanvas::installAccessibility();
    m_canvas = new PathwayMapCanvas(m_scene, this);
    m_canvas->onActivate = [this](int index) { activateNode(index); };

    setObjectName(QStringLiteral("pathwayMapView"));
    setAccessibleName(tr("Pathway map"));
    m_canvas->setObjectName(QStringLiteral("pathwayMapCanvas"));
    m_canvas->setAccessibleName(tr("Pathway map"));
    m_summary->setObjectName(QStringLiteral("pathwayMapSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_legend->setObjectName(QStringLiteral("pathwayMapLegend"));
    m_legend->setAccessibleName(tr("Legend"));
    m_placeholder->setObjectName(QStringLiteral("pathwayMapPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_zoomOut = zoomButton(this, ZoomIcon::Out, QStringLiteral("zoomOutButton"), tr("Zoom out"),
                           QKeySequence(Qt::CTRL | Qt::Key_Minus).toString(QKeySequence::NativeText));
    m_zoomIn = zoomButton(this, ZoomIcon::In, QStringLiteral("zoomInButton"), tr("Zoom in"),
                          QKeySequence(Qt::CTRL | Qt::Key_Plus).toString(QKeySequence::NativeText));
    m_fit = zoomButton(this, ZoomIcon::Fit, QStringLiteral("fitMapButton"), tr("Fit the map to the window"),
                       QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText));
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(1 / 1.2); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { m_canvas->zoomBy(1.2); });
    connect(m_fit, &QToolButton::clicked, this, [this] { m_canvas->fitMap(); });

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_summary, 1);
    header->addWidget(m_zoomOut, 0, Qt::AlignTop);
    header->addWidget(m_zoomIn, 0, Qt::AlignTop);
    header->addWidget(m_fit, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_legend);
    // Tab goes as the eye does: the buttons above the map, then into the map.
    setTabOrder(m_zoomOut, m_zoomIn);
    setTabOrder(m_zoomIn, m_fit);
    setTabOrder(m_fit, m_canvas);
    clear();
}

PathwayMapView::~PathwayMapView()
{
    // The scene goes before the canvas and takes its items with it: the canvas must not touch them after.
    m_canvas->reset();
}

QGraphicsView* PathwayMapView::canvas() const
{
    return m_canvas;
}

bool PathwayMapView::isShowingMap() const
{
    return !m_canvas->isHidden();
}

QString PathwayMapView::message() const
{
    return m_placeholder->isHidden() ? QString() : m_placeholder->text();
}

QGraphicsItem* PathwayMapView::nodeItem(int index) const
{
    return index >= 0 && index < m_canvas->nodeCount() ? m_canvas->item(index) : nullptr;
}

QString PathwayMapView::nodeAccessibleText(int index) const
{
    if (index < 0 || index >= m_canvas->nodeCount()) {
        return {};
    }
    return m_canvas->name(index) + QStringLiteral(": ") + m_canvas->description(index);
}

int PathwayMapView::focusedNode() const
{
    return m_canvas->focusedIndex();
}

QStringList PathwayMapView::nodeLabel(int index) const
{
    return index >= 0 && index < m_canvas->nodeCount() ? m_canvas->item(index)->label() : QStringList();
}

bool PathwayMapView::nodeLabelElided(int index) const
{
    return index >= 0 && index < m_canvas->nodeCount() && m_canvas->item(index)->elided();
}

void PathwayMapView::activateNode(int index)
{
    if (index >= 0 && index < static_cast<int>(m_map.nodes.size()) &&
        m_map.nodes[static_cast<std::size_t>(index)].kind == MapNodeKind::Role) {
        Q_EMIT roleActivated(fromStd(m_map.nodes[static_cast<std::size_t>(index)].id));
    }
}

void PathwayMapView::clear()
{
    showMessage(tr("Select a member of staff to see their pathway map."));
}

void PathwayMapView::showMessage(const QString& message)
{
    m_canvas->reset();
    m_scene->clear();
    m_scene->setSceneRect(QRectF());
    m_map = {};
    m_placeholder->setText(message);
    m_placeholder->show();
    m_canvas->hide();
    m_legend->hide();
    m_summary->hide();
    for (QToolButton* button : {m_zoomOut, m_zoomIn, m_fit}) {
        button->hide();
    }
    m_canvas->setAccessibleDescription({});
}

void PathwayMapView::showPerson(const engine::Framework& framework, const engine::Profile& profile,
                                const engine::Assessment& assessment, const QString& targetRoleId)
{
    // A programme's pill grows when its name needs a third line: measured here, where the fonts are.
    const QFont base = font();
    const auto programmeHeight = [&](const MapNode& node) {
        const auto* q = framework.qualification(node.id);
        if (q == nullptr) {
            return L::kProgrammeHeight;
        }
        const QStringList names = programmeNames(*q);
        const QString status = programmeStatus(node, *q);
        for (const double height : {L::kProgrammeHeight, L::kNodeHeight, L::kTallProgrammeHeight}) {
            if (!MapNodeItem::fitTitle(node, names, status, base, QSizeF(L::kProgrammeWidth, height)).elided) {
                return height;
            }
        }
        return L::kTallProgrammeHeight; // cut short all the same: show as much as there is room for
    };
    PathwayMap map =
        PathwayMapLayout::build(framework, profile, assessment, targetRoleId.toStdString(), {}, programmeHeight);
    if (map.empty()) {
        QString unknown;
        for (const auto& post : assessment.posts) {
            if (post.current && !post.match.resolved() && post.index < profile.posts.size()) {
                unknown = fromStd(profile.posts[post.index].title);
                break;
            }
        }
        if (!unknown.isEmpty()) {
            showMessage(tr("“%1” is not a post the pathway framework knows, so there is no career track to draw. "
                           "The Pathway tab has the general advice.")
                            .arg(unknown));
        } else if (profile.posts.empty()) {
            showMessage(tr("No post is recorded for this person, so there is no career track to draw. "
                           "The Pathway tab has the general advice."));
        } else {
            showMessage(tr("This person holds no post now and no post is suggested, so there is no career track "
                           "to draw. The Pathway tab has the general advice."));
        }
        return;
    }

    const engine::Explainer explain(framework);
    m_canvas->reset();
    m_scene->clear();
    m_map = std::move(map);

    // Lanes, with the track they hold named at the top left; tier names above the columns.
    std::vector<std::pair<QGraphicsItem*, QGraphicsItem*>> lanes; // each lane's name and what hides arrows under it
    for (std::size_t i = 0; i < m_map.lanes.size(); ++i) {
        const MapLane& lane = m_map.lanes[i];
        auto* band = m_scene->addRect(lane.rect, Qt::NoPen, i % 2 == 0 ? QColor(0xf4, 0xf7, 0xfb) : Qt::white);
        band->setZValue(-10);
        const auto* track = framework.track(lane.track);
        QString label = track != nullptr ? fromStd(track->title) : fromStd(lane.track);
        if (lane.track == m_map.mainTrack) {
            label = tr("%1 — your track").arg(label);
        }
        auto* text = m_scene->addSimpleText(label, pixelFont(base, 11, true));
        text->setBrush(kMuted);
        text->setPos(L::kMargin, lane.rect.top() + 4);
        text->setZValue(5);
        // Arrows pass under the name, not through it.
        auto* under = m_scene->addRect(text->sceneBoundingRect().adjusted(-3, -1, 3, 1), Qt::NoPen, band->brush());
        under->setZValue(4);
        lanes.emplace_back(text, under);
    }
    for (std::size_t i = 0; i < m_map.tierBands.size(); ++i) {
        const MapTierBand& band = m_map.tierBands[i];
        auto* text = m_scene->addSimpleText(tierName(band.tier), pixelFont(base, 11));
        text->setBrush(QColor(0x7a, 0x86, 0x99));
        const QRectF box = text->boundingRect();
        text->setPos(band.rect.center().x() - box.width() / 2, band.rect.center().y() - box.height() / 2);
        if (i > 0) {
            const qreal x = band.rect.left();
            auto* line = m_scene->addLine(x, band.rect.top(), x, m_map.bounds.bottom(),
                                          QPen(QColor(0xd5, 0xdc, 0xe5), 1, Qt::DashLine));
            line->setZValue(-8);
        }
    }

    // Edges under the nodes, the suggested ones on top of the rest.
    for (const auto& edge : m_map.edges) {
        QPen pen(kNeutralEdge, 1.3);
        qreal arrow = 7;
        qreal z = 0;
        switch (edge.kind) {
        case MapEdgeKind::Move:
            if (edge.suggested) {
                pen = QPen(kHere, 2.4);
                arrow = 10;
                z = 2;
            }
            break;
        case MapEdgeKind::History:
            pen = QPen(kHistoryEdge, 2, Qt::DotLine, Qt::RoundCap);
            arrow = 8;
            z = 1;
            break;
        case MapEdgeKind::Programme:
            pen = QPen(kProgramme, 1.2, Qt::DashLine);
            z = 1;
            break;
        }
        QPolygonF head;
        auto* path = m_scene->addPath(edgePath(edge.points, edge, arrow, &head), pen);
        path->setZValue(z);
        if (!head.isEmpty()) {
            auto* tip = m_scene->addPolygon(head, Qt::NoPen, pen.color());
            tip->setZValue(z);
        }
    }

    // Nodes, with what hovering shows and what a screen reader says.
    std::vector<MapNodeItem*> items;
    std::vector<QString> names;
    std::vector<QString> descriptions;
    int start = -1;
    int suggestedRoles = 0;
    int suggestedProgrammes = 0;
    QString here;
    for (std::size_t i = 0; i < m_map.nodes.size(); ++i) {
        const MapNode& node = m_map.nodes[i];
        const engine::Suggestion* suggestion =
            node.suggestion >= 0 ? &assessment.suggestions[static_cast<std::size_t>(node.suggestion)] : nullptr;
        QString title;
        QStringList shown; // the name to draw, then shorter forms of it
        QString status;
        QStringList lines; // the tooltip and the accessible description, line by line
        if (node.kind == MapNodeKind::Role) {
            const auto* role = framework.role(node.id);
            title = fromStd(role->title);
            shown << title << withoutBrackets(title);
            const auto* track = framework.track(role->track);
            lines << (track != nullptr ? fromStd(track->title) : fromStd(role->track)) + QStringLiteral(" · ") +
                         tierText(*role);
            const engine::ProfilePost* post =
                node.post >= 0 ? &profile.posts[static_cast<std::size_t>(node.post)] : nullptr;
            switch (node.state) {
            case MapNodeState::Current:
                status = tr("You are here");
                here = title;
                start = static_cast<int>(i);
                lines << (post != nullptr ? tr("You are here: “%1”, %2")
                                                .arg(fromStd(post->title), yearsText(*post))
                                                .remove(QRegularExpression(QStringLiteral(", $")))
                                          : tr("You are here."));
                break;
            case MapNodeState::Held: {
                const QString years = post != nullptr ? yearsText(*post) : QString();
                status = years.isEmpty() ? tr("Held before") : tr("Held %1").arg(years);
                lines << (post != nullptr ? tr("Held before: “%1”").arg(fromStd(post->title)) : status);
                break;
            }
            case MapNodeState::Suggested:
            case MapNodeState::InProgress:
                status = readinessWord(node.readiness);
                ++suggestedRoles;
                break;
            case MapNodeState::Neutral:
                status = node.onRoute && !node.target ? tr("Step toward your goal")
                         : node.distance <= 1         ? tr("Also possible")
                                                      : tr("Later");
                break;
            }
            if (node.target) {
                status = node.state == MapNodeState::Suggested ? tr("Your goal · %1").arg(status) : tr("Your goal");
                lines << tr("Your goal.");
            }
        } else {
            const auto* q = framework.qualification(node.id);
            title = fromStd(explain.title(node.id));
            shown = programmeNames(*q);
            status = programmeStatus(node, *q);
            lines << qualificationKindText(q->kind) + QStringLiteral(" · ") +
                         tr("leads to %1").arg(fromStd(framework.role(node.anchor)->title));
            if (node.state == MapNodeState::Held) {
                lines << tr("Already held.");
            } else if (node.state == MapNodeState::InProgress) {
                lines << tr("In progress.");
            }
            if (suggestion != nullptr) {
                ++suggestedProgrammes;
            }
        }
        if (suggestion != nullptr) {
            QString line = tr("Suggestion %1: %2").arg(suggestion->rank).arg(readinessWord(suggestion->readiness));
            const QString months = PathwayView::monthsText(suggestion->months.value_or(0));
            if (!months.isEmpty()) {
                line += QStringLiteral(", ") + months;
            }
            lines << line + QLatin1Char('.');
            if (!suggestion->reasons.empty()) {
                lines << firstSentence(fromStd(explain.text(suggestion->reasons.front())));
            }
        }
        if (node.kind == MapNodeKind::Role && node.state != MapNodeState::Current) {
            lines << tr("Double-click or press Enter to plan a route here.");
        }

        shown.removeDuplicates();
        auto* item = new MapNodeItem(static_cast<int>(i), node, shown, status, base);
        QStringList html;
        html << QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
        for (const QString& line : lines) {
            html << line.toHtmlEscaped();
        }
        item->setToolTip(html.join(QStringLiteral("<br/>")));
        m_scene->addItem(item);
        items.push_back(item);
        names.push_back(title);
        descriptions.push_back(status + QStringLiteral(". ") + lines.join(QLatin1Char(' ')));
    }
    m_scene->setSceneRect(m_map.bounds.adjusted(-4, -4, 4, 4));

    // The summary above: where the person is and is heading, then what is highlighted and how to use it.
    const auto* mainTrack = framework.track(m_map.mainTrack);
    QStringList where;
    if (m_map.hasCurrentRole) {
        where << tr("You are here: %1, %2.").arg(here, mainTrack != nullptr ? fromStd(mainTrack->title) : QString());
    } else {
        where << tr("No current post is recognised, so the map shows the track of the top suggestion.");
    }
    if (!m_map.target.empty()) {
        const QString target = fromStd(framework.role(m_map.target)->title);
        where << (m_map.targetReachable ? tr("Goal: %1.").arg(target)
                                        : tr("Goal: %1, which no chain of moves reaches from here.").arg(target));
    }
    QStringList what;
    const QString posts = suggestedRoles == 1 ? tr("1 suggested post") : tr("%1 suggested posts").arg(suggestedRoles);
    const QString programmes =
        suggestedProgrammes == 1 ? tr("1 programme") : tr("%1 programmes").arg(suggestedProgrammes);
    what << tr("%1 and %2 are highlighted.").arg(posts, programmes);
    if (m_map.hiddenSuggestions > 0) {
        what << (m_map.hiddenSuggestions == 1
                     ? tr("1 more suggested post is on the Pathway tab.")
                     : tr("%1 more suggested posts are on the Pathway tab.").arg(m_map.hiddenSuggestions));
    }
    if (m_map.hiddenPastPosts > 0) {
        what << (m_map.hiddenPastPosts == 1 ? tr("1 earlier post is on the Record tab.")
                                            : tr("%1 earlier posts are on the Record tab.").arg(m_map.hiddenPastPosts));
    }
    if (m_map.hiddenRoles > 0) {
        what << (m_map.hiddenRoles == 1
                     ? tr("1 more possible move is left out to keep the map readable.")
                     : tr("%1 more possible moves are left out to keep the map readable.").arg(m_map.hiddenRoles));
    }
    m_summary->setText(where.join(QLatin1Char(' ')) + QLatin1Char('\n') + what.join(QLatin1Char(' ')));
    m_canvas->setAccessibleDescription((where + what).join(QLatin1Char(' ')));

    // The legend names only what this map uses.
    using Entry = PathwayMapLegend::Entry;
    using Swatch = PathwayMapLegend::Swatch;
    std::vector<Entry> legend;
    const auto uses = [&](auto&& predicate) { return std::any_of(m_map.nodes.begin(), m_map.nodes.end(), predicate); };
    const auto role = [](MapNodeState state, engine::Readiness readiness = engine::Readiness::ReadyNow) {
        return styleFor(MapNodeKind::Role, state, readiness);
    };
    if (m_map.hasCurrentRole) {
        legend.push_back({Swatch::Node, MapNodeKind::Role, role(MapNodeState::Current), {}, tr("You are here")});
    }
    if (uses([](const MapNode& n) { return n.state == MapNodeState::Held && n.kind == MapNodeKind::Role; })) {
        legend.push_back({Swatch::Node, MapNodeKind::Role, role(MapNodeState::Held), {}, tr("Held before")});
    }
    for (const auto readiness :
         {engine::Readiness::ReadyNow, engine::Readiness::InProgress, engine::Readiness::AfterSteps,
          engine::Readiness::Aspirational, engine::Readiness::Blocked}) {
        if (uses([&](const MapNode& n) { return n.state == MapNodeState::Suggested && n.readiness == readiness; })) {
            legend.push_back({Swatch::Node,
                              MapNodeKind::Role,
                              role(MapNodeState::Suggested, readiness),
                              {},
                              tr("Suggested: %1").arg(readinessWord(readiness).toLower())});
        }
    }
    if (!m_map.target.empty()) {
        legend.push_back({Swatch::Star, MapNodeKind::Role, {}, {}, tr("Your goal")});
    }
    if (uses([](const MapNode& n) { return n.kind == MapNodeKind::Programme; })) {
        legend.push_back({Swatch::Node,
                          MapNodeKind::Programme,
                          styleFor(MapNodeKind::Programme, MapNodeState::Neutral, {}),
                          {},
                          tr("Programme or qualification")});
    }
    if (uses([](const MapNode& n) { return n.kind == MapNodeKind::Programme && n.state == MapNodeState::Held; })) {
        legend.push_back({Swatch::Node,
                          MapNodeKind::Programme,
                          styleFor(MapNodeKind::Programme, MapNodeState::Held, {}),
                          {},
                          tr("Held")});
    }
    if (uses([](const MapNode& n) { return n.state == MapNodeState::InProgress; })) {
        legend.push_back({Swatch::Node,
                          MapNodeKind::Programme,
                          styleFor(MapNodeKind::Programme, MapNodeState::InProgress, {}),
                          {},
                          tr("In progress")});
    }
    const auto usesEdge = [&](auto&& predicate) {
        return std::any_of(m_map.edges.begin(), m_map.edges.end(), predicate);
    };
    if (usesEdge([](const MapEdge& e) { return e.suggested; })) {
        legend.push_back({Swatch::Line, MapNodeKind::Role, {}, QPen(kHere, 2.4), tr("Suggested move")});
    }
    if (usesEdge([](const MapEdge& e) { return e.kind == MapEdgeKind::Move && !e.suggested; })) {
        legend.push_back({Swatch::Line, MapNodeKind::Role, {}, QPen(kNeutralEdge, 1.3), tr("Possible move")});
    }
    if (usesEdge([](const MapEdge& e) { return e.kind == MapEdgeKind::History; })) {
        legend.push_back(
            {Swatch::Line, MapNodeKind::Role, {}, QPen(kHistoryEdge, 2, Qt::DotLine, Qt::RoundCap), tr("Path so far")});
    }
    legend.push_back({Swatch::Hint,
                      MapNodeKind::Role,
                      {},
                      {},
                      tr("Double-click a post, or press Enter on it, to plan a route there. Ctrl + wheel zooms.")});
    m_legend->setEntries(std::move(legend));

    m_placeholder->hide();
    m_summary->show();
    for (QToolButton* button : {m_zoomOut, m_zoomIn, m_fit}) {
        button->show();
    }
    m_canvas->show();
    m_legend->show();
    std::vector<PathwayMapCanvas::Cell> cells;
    for (const auto& node : m_map.nodes) {
        cells.push_back({node.column, node.row});
    }
    std::vector<std::pair<int, int>> links;
    for (const auto& edge : m_map.edges) {
        links.emplace_back(edge.from, edge.to);
    }
    m_canvas->setNodes(std::move(items), std::move(cells), std::move(names), std::move(descriptions), std::move(links),
                       start);
    for (const auto& [text, under] : lanes) {
        const qreal room = m_map.bounds.right() - L::kMargin - text->sceneBoundingRect().right();
        m_canvas->addSticky(text, room);
        m_canvas->addSticky(under, room);
    }
}

} // namespace staffpath::app
