// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staffpath/engine/Framework.h"
#include "staffpath/engine/Profile.h"
#include "staffpath/engine/Suggestion.h"

#include <QPointF>
#include <QRectF>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace staffpath::app {

enum class MapNodeKind { Role, Programme };

/** What a node means for this person. Exactly one per node; the legend names each. */
enum class MapNodeState {
    Current,    ///< "You are here": a post the person holds now
    Held,       ///< a post held before, or a qualification already held
    InProgress, ///< a qualification or programme under way
    Suggested,  ///< the engine suggests it; MapNode::readiness says how ready
    Neutral,    ///< on the map for context, not suggested
};

struct MapNode
{
    std::string id; ///< role or qualification id
    MapNodeKind kind = MapNodeKind::Role;
    MapNodeState state = MapNodeState::Neutral;
    engine::Readiness readiness = engine::Readiness::ReadyNow; ///< meaningful when `suggestion` >= 0
    int rank = 0;                                              ///< the engine's rank; 0 when not suggested
    int suggestion = -1;                                       ///< index into Assessment::suggestions, or -1
    bool target = false;                                       ///< the role the person is aiming at
    bool onRoute = false; ///< on the shortest chain of moves from the current role to the target
    int distance = -1;    ///< moves from the current role (0 = here); -1 for past posts and programmes
    int post = -1;        ///< index into Profile::posts for a current or past post, else -1
    std::string track;    ///< the lane: the role's track, or for a programme the track of the role it leads to
    int tier = -1;        ///< the framework's tier (the lower end of a range); -1 when it has none
    std::string anchor;   ///< programmes: the role id they lead to, drawn just below it
    int column = 0;
    int row = 0; ///< counted from the top over all lanes
    QRectF rect; ///< in scene coordinates
};

enum class MapEdgeKind {
    Move,      ///< a transition in the framework
    History,   ///< the person's own path: one post after another
    Programme, ///< a programme or qualification beside the role it leads to
};

struct MapEdge
{
    int from = 0; ///< index into PathwayMap::nodes
    int to = 0;
    MapEdgeKind kind = MapEdgeKind::Move;
    bool suggested = false; ///< from the current role to a suggestion, or a step toward the target
    bool loop = false;      ///< both ends in one column: drawn as a bow on the right, not as a straight run
    /** Start, the waypoints threaded through free space in the columns crossed, then the end. */
    std::vector<QPointF> points;
};

/** A horizontal band holding one track's nodes. */
struct MapLane
{
    std::string track;
    int firstRow = 0;
    int rows = 0;
    QRectF rect;
};

/** Columns that share a tier, named once above them. */
struct MapTierBand
{
    int tier = 0;
    int firstColumn = 0;
    int lastColumn = 0;
    QRectF rect; ///< the header strip above those columns
};

/** Bounds that keep the map readable at laptop size: the essentials always show, the optional extras fit in. */
struct MapLimits
{
    int maxRoles = 13;       ///< optional roles stop here; the current, past, suggested and route roles always show
    int maxRolesPerTier = 4; ///< optional roles stop when a tier already has this many
    int maxProgrammes = 6;
    int maxPastPosts = 3;
    /** The engine's best suggested posts shown; the goal and the route to it always show. */
    int maxSuggestedRoles = 8;
    /**
     * A wider map is drawn again without roles two moves away, then with fewer past posts, then without the
     * other possible moves, until it fits: past this many columns the text is too small to read on a laptop.
     */
    int maxColumns = 6;
    /** 2: roles one and two moves away are offered for context; 1: one move only; 0: none. */
    int neighbourMoves = 2;
};

/** The drawn map: nodes with their grid cell and rectangle, edges with their paths, lanes and tier headers. */
struct PathwayMap
{
    std::vector<MapNode> nodes;
    std::vector<MapEdge> edges;
    std::vector<MapLane> lanes;
    std::vector<MapTierBand> tierBands;
    int columns = 0;
    int rows = 0;
    QRectF bounds;
    std::string mainTrack; ///< the current role's track, or the top suggestion's when there is no current role
    std::string target;    ///< role id, empty when none
    bool hasCurrentRole = false;
    bool targetReachable = false; ///< a chain of moves to the target was found (or it is held already)
    int hiddenRoles = 0;          ///< roles within two moves left out to keep the map readable
    int hiddenSuggestions = 0;    ///< suggested posts past MapLimits::maxSuggestedRoles: the Pathway tab lists them
    int hiddenPastPosts = 0;      ///< earlier posts past MapLimits::maxPastPosts: the Record tab lists them

    bool empty() const { return nodes.empty(); }
    /** Index of the node, or -1. */
    int find(std::string_view id, MapNodeKind kind = MapNodeKind::Role) const;
};

/**
 * Chooses what the pathway map shows and where: pure (no painting, no widgets), so tests can check it.
 *
 * The current role's track is the first lane; other tracks the person could move into get lanes below,
 * labelled with the track. Columns go by tier, entry on the left and leadership on the right, and a
 * promotion within one tier gets a column of its own so every move points right. Shown: the current role,
 * past posts, the suggested roles, the target and the chain of moves to it, then, within MapLimits, other
 * roles one or two moves away; programmes and qualifications the suggestions name, the person holds or the
 * route needs sit just below the role they lead to. Edges are threaded through the gaps between nodes.
 */
class PathwayMapLayout
{
public:
    // Room for a title of three lines and a status line, or a programme's name on two, at a readable size.
    static constexpr double kNodeWidth = 140;
    static constexpr double kNodeHeight = 56;
    static constexpr double kProgrammeWidth = 130;
    static constexpr double kProgrammeHeight = 42;
    /** A programme whose name takes four lines: a few, such as "Level 4 School Business Professional ...". */
    static constexpr double kTallProgrammeHeight = 70;
    static constexpr double kProgrammeIndent = 10;
    static constexpr double kColumnGap = 44;
    /** Between one row of boxes and the next: room for two or three arrows to pass. */
    static constexpr double kRowGap = 18;
    static constexpr double kLaneHeader = 26;
    static constexpr double kTierHeader = 24;
    static constexpr double kMargin = 14;

    /** The height a programme's box needs for its name, from kProgrammeHeight up to kTallProgrammeHeight. */
    using ProgrammeHeight = std::function<double(const MapNode&)>;

    /**
     * The map for `assessment` of `profile`. `targetRoleId` is a role id; when empty, the role the person
     * said they want (Assessment::aspiration) is the target. An empty map means there is nothing to draw:
     * no current role and no suggested role. `programmeHeight`, when given, sizes each programme's box (the
     * view measures the text; the layout knows no fonts); without it every programme is kProgrammeHeight.
     */
    static PathwayMap build(const engine::Framework& framework, const engine::Profile& profile,
                            const engine::Assessment& assessment, std::string_view targetRoleId = {},
                            const MapLimits& limits = {}, const ProgrammeHeight& programmeHeight = {});
};

} // namespace staffpath::app
