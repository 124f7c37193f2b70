// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayMapLayout.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

namespace staffpath::app {

int PathwayMap::find(std::string_view id, MapNodeKind kind) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind == kind && nodes[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

namespace {

using L = PathwayMapLayout;
constexpr int kNone = -1;
constexpr int kMaxRouteMoves = 8;
/** Room kept around a node when an edge is threaded past it. */
constexpr double kClearance = 4;
/** A free gap narrower than this lies between two boxes: lines go down its middle. */
constexpr double kNarrowGap = 30;
/** Lines sharing a gap are kept this far apart. */
constexpr double kLineSpacing = 3.5;
/** In open space a line keeps this far from the boxes it passes. */
constexpr double kOpenMargin = 10;

int lowTier(const engine::Role& role)
{
    return role.tier ? role.tier->min : -1;
}

bool offeredAsNeighbour(const engine::Role& role)
{
    // Legacy posts and designations are not places to move to; the engine still suggests them when it must.
    return !role.legacy && !role.designation && role.replacedBy.empty() && role.tier.has_value();
}

class Builder
{
public:
    Builder(const engine::Framework& framework, const engine::Profile& profile, const engine::Assessment& assessment,
            const MapLimits& limits, const L::ProgrammeHeight& programmeHeight)
        : m_fw(framework)
        , m_profile(profile)
        , m_as(assessment)
        , m_limits(limits)
        , m_programmeHeight(programmeHeight)
    {}

    PathwayMap run(std::string_view targetRoleId)
    {
        if (!pickRoots()) {
            return std::move(m_map);
        }
        addPastPosts();
        addTarget(targetRoleId);
        addSuggestedRoles();
        computeDistances();
        addNeighbours();
        addMoveEdges();
        addProgrammes();
        assignColumns();
        dropBackwardMoves();
        assignRows();
        placeNodes();
        routeEdges();
        return std::move(m_map);
    }

private:
    MapNode& node(int index) { return m_map.nodes[static_cast<std::size_t>(index)]; }
    const MapNode& node(int index) const { return m_map.nodes[static_cast<std::size_t>(index)]; }
    int count() const { return static_cast<int>(m_map.nodes.size()); }

    int roleNode(const engine::Role& role)
    {
        if (const auto found = m_roleIndex.find(role.id); found != m_roleIndex.end()) {
            return found->second;
        }
        MapNode n;
        n.id = role.id;
        n.kind = MapNodeKind::Role;
        n.track = role.track;
        n.tier = lowTier(role);
        m_map.nodes.push_back(std::move(n));
        m_roleIndex.emplace(role.id, count() - 1);
        ++m_tierCount[lowTier(role)];
        return count() - 1;
    }

    int roleIndex(const std::string& id) const
    {
        const auto found = m_roleIndex.find(id);
        return found == m_roleIndex.end() ? kNone : found->second;
    }

    int postFor(const std::string& roleId, bool current) const
    {
        for (const auto& post : m_as.posts) {
            if (post.current != current) {
                continue;
            }
            const auto& also = post.match.alsoIds;
            if (post.match.id == roleId || std::find(also.begin(), also.end(), roleId) != also.end()) {
                return static_cast<int>(post.index);
            }
        }
        return kNone;
    }

    bool pickRoots()
    {
        for (const auto& id : m_as.currentRoles) {
            if (m_fw.role(id) != nullptr && std::find(m_roots.begin(), m_roots.end(), id) == m_roots.end()) {
                m_roots.push_back(id);
            }
        }
        m_map.hasCurrentRole = !m_roots.empty();
        if (m_roots.empty()) {
            for (const auto& s : m_as.suggestions) {
                if (s.kind == engine::SuggestionKind::Role && m_fw.role(s.id) != nullptr) {
                    m_roots.push_back(s.id);
                    break;
                }
            }
        }
        if (m_roots.empty()) {
            return false;
        }
        for (const auto& id : m_roots) {
            MapNode& n = node(roleNode(*m_fw.role(id)));
            n.distance = 0;
            if (m_map.hasCurrentRole) {
                n.state = MapNodeState::Current;
                n.post = postFor(id, true);
            }
        }
        m_map.mainTrack = m_fw.role(m_roots.front())->track;
        return true;
    }

    void addPastPosts()
    {
        struct Past
        {
            std::size_t post;
            std::string role;
        };
        std::vector<Past> past;
        for (const auto& post : m_as.posts) {
            if (post.current || !post.match.resolved() || m_fw.role(post.match.id) == nullptr ||
                post.index >= m_profile.posts.size()) {
                continue;
            }
            past.push_back({post.index, post.match.id});
        }
        // Oldest first; a post with no start date is taken to be older than any dated one.
        std::stable_sort(past.begin(), past.end(), [&](const Past& a, const Past& b) {
            return m_profile.posts[a.post].from < m_profile.posts[b.post].from;
        });
        std::vector<Past> kept;
        std::set<std::string> left;
        for (auto it = past.rbegin(); it != past.rend(); ++it) {
            const bool seen = std::any_of(kept.begin(), kept.end(), [&](const Past& p) { return p.role == it->role; });
            if (seen || roleIndex(it->role) != kNone) {
                continue;
            }
            if (static_cast<int>(kept.size()) < m_limits.maxPastPosts) {
                kept.push_back(*it);
            } else {
                left.insert(it->role);
            }
        }
        m_map.hiddenPastPosts = static_cast<int>(left.size());
        std::reverse(kept.begin(), kept.end());
        int previous = kNone;
        for (const auto& p : kept) {
            const int index = roleNode(*m_fw.role(p.role));
            node(index).state = MapNodeState::Held;
            node(index).post = static_cast<int>(p.post);
            if (previous != kNone) {
                addEdge(previous, index, MapEdgeKind::History, false);
            }
            previous = index;
        }
        if (previous != kNone && m_map.hasCurrentRole) {
            addEdge(previous, roleIndex(m_roots.front()), MapEdgeKind::History, false);
        }
    }

    int suggestionRank(const std::string& id, engine::SuggestionKind kind) const
    {
        for (const auto& s : m_as.suggestions) {
            if (s.kind == kind && s.id == id) {
                return s.rank;
            }
        }
        return std::numeric_limits<int>::max();
    }

    void addTarget(std::string_view targetRoleId)
    {
        std::string target;
        if (!targetRoleId.empty() && m_fw.role(targetRoleId) != nullptr) {
            target = std::string(targetRoleId);
        } else if (targetRoleId.empty() && m_as.aspiration && m_as.aspiration->role && !m_as.aspiration->negated &&
                   !m_as.aspiration->stay && m_fw.role(m_as.aspiration->role->id) != nullptr) {
            target = m_as.aspiration->role->id;
        }
        if (target.empty()) {
            return;
        }
        m_map.target = target;

        // Breadth first from the current roles, trying suggested moves first so the chain drawn is the one
        // the Pathway tab talks about when there are several of the same length.
        std::map<std::string, std::string> parent;
        std::map<std::string, int> depth;
        std::deque<std::string> queue;
        for (const auto& root : m_roots) {
            depth[root] = 0;
            queue.push_back(root);
        }
        bool found = depth.count(target) > 0;
        while (!queue.empty() && !found) {
            const std::string from = queue.front();
            queue.pop_front();
            if (depth[from] >= kMaxRouteMoves) {
                continue;
            }
            std::vector<const engine::Transition*> moves = m_fw.transitionsFrom(from);
            std::stable_sort(moves.begin(), moves.end(), [&](const auto* a, const auto* b) {
                return suggestionRank(a->to, engine::SuggestionKind::Role) <
                       suggestionRank(b->to, engine::SuggestionKind::Role);
            });
            for (const auto* move : moves) {
                const auto* role = m_fw.role(move->to);
                if (role == nullptr || depth.count(move->to) > 0 || (role->legacy && move->to != target)) {
                    continue;
                }
                depth[move->to] = depth[from] + 1;
                parent[move->to] = from;
                if (move->to == target) {
                    found = true;
                    break;
                }
                queue.push_back(move->to);
            }
        }
        m_map.targetReachable = found;
        std::vector<std::string> chain;
        if (found) {
            for (std::string at = target; parent.count(at) > 0; at = parent[at]) {
                chain.push_back(at);
            }
            std::reverse(chain.begin(), chain.end());
        }
        std::string previous = found && !chain.empty() ? parent[chain.front()] : std::string();
        for (const auto& id : chain) {
            const int index = roleNode(*m_fw.role(id));
            node(index).onRoute = true;
            m_routeMoves.insert({previous, id});
            m_routeOrder.push_back(id);
            previous = id;
        }
        node(roleNode(*m_fw.role(target))).target = true;
    }

    void addSuggestedRoles()
    {
        int shown = 0;
        for (std::size_t i = 0; i < m_as.suggestions.size(); ++i) {
            const auto& s = m_as.suggestions[i];
            const auto* role = s.kind == engine::SuggestionKind::Role ? m_fw.role(s.id) : nullptr;
            if (role == nullptr) {
                continue;
            }
            // Eleven arrows fanning out of one box read as a list, not a map: the best ones show, and the
            // summary says the Pathway tab has the rest. A post already drawn (the goal) is marked anyway.
            if (roleIndex(role->id) == kNone) {
                if (shown >= m_limits.maxSuggestedRoles) {
                    m_hiddenSuggestions.insert(role->id);
                    continue;
                }
                ++shown;
            }
            MapNode& n = node(roleNode(*role));
            if (n.state == MapNodeState::Neutral) {
                n.state = MapNodeState::Suggested;
                n.readiness = s.readiness;
                n.rank = s.rank;
                n.suggestion = static_cast<int>(i);
            }
        }
        m_map.hiddenSuggestions = static_cast<int>(m_hiddenSuggestions.size());
    }

    void computeDistances()
    {
        std::map<std::string, int> depth;
        std::deque<std::string> queue;
        for (const auto& root : m_roots) {
            depth[root] = 0;
            queue.push_back(root);
        }
        while (!queue.empty()) {
            const std::string from = queue.front();
            queue.pop_front();
            if (depth[from] >= 2) {
                continue;
            }
            for (const auto* move : m_fw.transitionsFrom(from)) {
                if (depth.emplace(move->to, depth[from] + 1).second) {
                    queue.push_back(move->to);
                }
            }
        }
        for (auto& n : m_map.nodes) {
            if (n.state != MapNodeState::Held) {
                const auto found = depth.find(n.id);
                n.distance = found == depth.end() ? 3 : found->second;
            }
        }
    }

    bool roomFor(const engine::Role& role) const
    {
        int roles = 0;
        for (const auto& n : m_map.nodes) {
            roles += n.kind == MapNodeKind::Role ? 1 : 0;
        }
        const auto perTier = m_tierCount.find(lowTier(role));
        return roles < m_limits.maxRoles &&
               (perTier == m_tierCount.end() || perTier->second < m_limits.maxRolesPerTier);
    }

    void addNeighbours()
    {
        std::set<std::string> hidden;
        auto offer = [&](const engine::Role& role, int distance) {
            if (roleIndex(role.id) != kNone || m_hiddenSuggestions.count(role.id) > 0) {
                return;
            }
            if (distance > m_limits.neighbourMoves) {
                hidden.insert(role.id);
                return;
            }
            if (!roomFor(role)) {
                hidden.insert(role.id);
                return;
            }
            node(roleNode(role)).distance = distance;
        };
        for (const auto& root : m_roots) {
            for (const auto* move : m_fw.transitionsFrom(root)) {
                const auto* role = m_fw.role(move->to);
                if (role != nullptr && offeredAsNeighbour(*role)) {
                    offer(*role, 1);
                }
            }
        }

        // Two moves away: only from the suggested next steps (best first), and only upward, so the map shows
        // where a suggestion leads rather than every sideways move the framework knows.
        std::vector<int> sources;
        for (int i = 0; i < count(); ++i) {
            const MapNode& n = node(i);
            if (n.distance == 1 && n.state == MapNodeState::Suggested &&
                n.readiness != engine::Readiness::Aspirational && n.readiness != engine::Readiness::Blocked) {
                sources.push_back(i);
            }
        }
        if (sources.empty()) {
            for (int i = 0; i < count(); ++i) {
                if (node(i).distance == 1 && node(i).kind == MapNodeKind::Role) {
                    sources.push_back(i);
                }
            }
        }
        std::stable_sort(sources.begin(), sources.end(), [&](int a, int b) { return node(a).rank < node(b).rank; });
        struct Candidate
        {
            const engine::Role* role;
            int reachedFrom;
            int order;
        };
        std::set<std::string> tracks;
        for (const auto& n : m_map.nodes) {
            tracks.insert(n.track);
        }
        std::vector<Candidate> candidates;
        for (const int source : sources) {
            const auto* from = m_fw.role(node(source).id);
            for (const auto* move : m_fw.transitionsFrom(from->id)) {
                const auto* role = m_fw.role(move->to);
                // A track of its own for a role two moves away would add a lane for one box.
                if (role == nullptr || !offeredAsNeighbour(*role) || lowTier(*role) <= lowTier(*from) ||
                    roleIndex(role->id) != kNone || tracks.count(role->track) == 0) {
                    continue;
                }
                auto same = std::find_if(candidates.begin(), candidates.end(),
                                         [&](const Candidate& c) { return c.role == role; });
                if (same == candidates.end()) {
                    candidates.push_back({role, 1, static_cast<int>(candidates.size())});
                } else {
                    ++same->reachedFrom;
                }
            }
        }
        // A role several suggestions lead to says more about the track than one reached from a single one.
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate& a, const Candidate& b) { return a.reachedFrom > b.reachedFrom; });
        for (const auto& c : candidates) {
            offer(*c.role, 2);
        }
        m_map.hiddenRoles = static_cast<int>(hidden.size());
    }

    void addEdge(int from, int to, MapEdgeKind kind, bool suggested)
    {
        for (auto& e : m_map.edges) {
            if (e.from == from && e.to == to && e.kind == kind) {
                e.suggested = e.suggested || suggested;
                return;
            }
        }
        MapEdge edge;
        edge.from = from;
        edge.to = to;
        edge.kind = kind;
        edge.suggested = suggested;
        m_map.edges.push_back(std::move(edge));
    }

    bool isRoot(const std::string& id) const { return std::find(m_roots.begin(), m_roots.end(), id) != m_roots.end(); }

    void addMoveEdges()
    {
        for (int from = 0; from < count(); ++from) {
            const MapNode& source = node(from);
            // Moves are drawn out of the current role, the next steps and the route; arrows out of every
            // node would be the hairball the map exists to avoid.
            if (source.state == MapNodeState::Held || !(source.distance <= 1 || source.onRoute)) {
                continue;
            }
            for (const auto* move : m_fw.transitionsFrom(source.id)) {
                const int to = roleIndex(move->to);
                if (to == kNone || to == from || node(to).state == MapNodeState::Held) {
                    continue;
                }
                const bool onRoute = m_routeMoves.count({source.id, move->to}) > 0;
                const auto readiness = node(to).readiness;
                const bool suggested = isRoot(source.id) && node(to).state == MapNodeState::Suggested &&
                                       readiness != engine::Readiness::Blocked &&
                                       readiness != engine::Readiness::Aspirational;
                addEdge(from, to, MapEdgeKind::Move, onRoute || suggested);
            }
        }
    }

    // ---- programmes -------------------------------------------------------------------------------------

    const engine::ResolvedQualification* ownQualification(const std::string& id) const
    {
        for (const auto& q : m_as.qualifications) {
            if (q.match.id == id) {
                return &q;
            }
        }
        return nullptr;
    }

    /** The role a programme is drawn beside: the earliest on the route, else the best suggestion, else here. */
    int anchorFor(const engine::Qualification& q) const
    {
        std::set<std::string> leadsTo(q.preparesFor.begin(), q.preparesFor.end());
        leadsTo.insert(q.requiredFor.begin(), q.requiredFor.end());
        for (const auto& e : m_map.edges) {
            if (e.kind != MapEdgeKind::Move) {
                continue;
            }
            for (const auto* move : m_fw.transitionsFrom(node(e.from).id)) {
                if (move->to != node(e.to).id) {
                    continue;
                }
                const auto mentions = [&](const std::vector<std::string>& ids) {
                    return std::find(ids.begin(), ids.end(), q.id) != ids.end();
                };
                if (mentions(move->gates) || mentions(move->recommended)) {
                    leadsTo.insert(move->to);
                }
            }
        }
        int best = kNone;
        long bestScore = std::numeric_limits<long>::max();
        for (const auto& id : leadsTo) {
            const int index = roleIndex(id);
            if (index == kNone || node(index).state == MapNodeState::Held) {
                continue;
            }
            const MapNode& n = node(index);
            long score = 4000 + index;
            if (const auto at = std::find(m_routeOrder.begin(), m_routeOrder.end(), id); at != m_routeOrder.end()) {
                score = at - m_routeOrder.begin();
            } else if (n.state == MapNodeState::Suggested) {
                score = 1000 + n.rank;
            } else if (n.state == MapNodeState::Current) {
                score = 2000;
            }
            if (score < bestScore) {
                bestScore = score;
                best = index;
            }
        }
        return best != kNone ? best : roleIndex(m_roots.front());
    }

    void addProgrammes()
    {
        std::vector<std::pair<int, std::string>> wanted; // (priority, qualification id)
        auto want = [&](int priority, const std::string& id) {
            const auto* q = m_fw.qualification(id);
            if (q != nullptr) {
                wanted.emplace_back(priority, id);
            }
        };
        for (const auto& s : m_as.suggestions) {
            if (s.kind == engine::SuggestionKind::Programme) {
                want(s.rank, s.id);
            }
        }
        for (const auto& n : m_map.nodes) {
            if (n.suggestion < 0) {
                continue;
            }
            const auto& s = m_as.suggestions[static_cast<std::size_t>(n.suggestion)];
            for (const auto& step : s.steps) {
                if (step.kind == "programme") {
                    want(100 + s.rank, step.id);
                }
            }
            for (const auto& gap : s.gaps) {
                if (gap.kind == "qualification" && gap.hard) {
                    want(100 + s.rank, gap.id);
                }
            }
        }
        // What the person holds or is taking, when it bears on a role on the map.
        for (const auto& own : m_as.qualifications) {
            const auto* q = m_fw.qualification(own.match.id);
            if (q == nullptr ||
                (own.status != QualificationStatus::Completed && own.status != QualificationStatus::InProgress)) {
                continue;
            }
            const auto onMap = [&](const std::vector<std::string>& roles) {
                return std::any_of(roles.begin(), roles.end(), [&](const auto& r) { return roleIndex(r) != kNone; });
            };
            if (onMap(q->preparesFor) || onMap(q->requiredFor)) {
                want(200, q->id);
            }
        }
        // What the moves out of the current role and along the route ask for.
        for (const auto& e : m_map.edges) {
            if (e.kind != MapEdgeKind::Move || !e.suggested) {
                continue;
            }
            for (const auto* move : m_fw.transitionsFrom(node(e.from).id)) {
                if (move->to != node(e.to).id) {
                    continue;
                }
                for (const auto& id : move->gates) {
                    want(300, id);
                }
                for (const auto& id : move->recommended) {
                    want(400, id);
                }
            }
        }
        std::stable_sort(wanted.begin(), wanted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::set<std::string> taken;
        for (const auto& [priority, id] : wanted) {
            if (static_cast<int>(taken.size()) >= m_limits.maxProgrammes) {
                break;
            }
            if (!taken.insert(id).second) {
                continue;
            }
            addProgramme(*m_fw.qualification(id));
        }
    }

    void addProgramme(const engine::Qualification& q)
    {
        MapNode n;
        n.id = q.id;
        n.kind = MapNodeKind::Programme;
        for (std::size_t i = 0; i < m_as.suggestions.size(); ++i) {
            const auto& s = m_as.suggestions[i];
            if (s.kind == engine::SuggestionKind::Programme && s.id == q.id) {
                n.suggestion = static_cast<int>(i);
                n.rank = s.rank;
                n.readiness = s.readiness;
                n.state = MapNodeState::Suggested;
                break;
            }
        }
        const auto* own = ownQualification(q.id);
        const bool held = std::find(m_as.held.begin(), m_as.held.end(), q.id) != m_as.held.end();
        if (own != nullptr && own->status == QualificationStatus::InProgress) {
            n.state = MapNodeState::InProgress;
        } else if (held || (own != nullptr && own->status == QualificationStatus::Completed)) {
            n.state = MapNodeState::Held;
        }
        const int anchor = anchorFor(q);
        n.anchor = node(anchor).id;
        n.track = node(anchor).track;
        n.tier = node(anchor).tier;
        m_map.nodes.push_back(std::move(n));
        addEdge(count() - 1, anchor, MapEdgeKind::Programme, false);
    }

    // ---- grid -------------------------------------------------------------------------------------------

    void assignColumns()
    {
        const int n = count();
        std::vector<int> tier(static_cast<std::size_t>(n), -1);
        for (int i = 0; i < n; ++i) {
            if (node(i).kind == MapNodeKind::Role) {
                tier[static_cast<std::size_t>(i)] = node(i).tier;
            }
        }
        // A move is drawn as close to where it starts as the target's tier range allows, and never behind the
        // current role: "next" always points right. Tiers only rise, so this settles.
        for (bool changed = true; changed;) {
            changed = false;
            for (const auto& e : m_map.edges) {
                const int from = tier[static_cast<std::size_t>(e.from)];
                if (e.kind != MapEdgeKind::Move || from < 0) {
                    continue;
                }
                const auto* role = m_fw.role(node(e.to).id);
                int wantTier = from;
                if (role->tier) {
                    wantTier = std::max(role->tier->min, std::min(from, role->tier->max));
                }
                if (node(e.from).distance == 0 && m_map.hasCurrentRole) {
                    wantTier = std::max(wantTier, from);
                }
                int& to = tier[static_cast<std::size_t>(e.to)];
                if (wantTier > to) {
                    to = wantTier;
                    changed = true;
                }
            }
        }
        const int rootTier = std::max(0, tier[static_cast<std::size_t>(roleIndex(m_roots.front()))]);
        for (int i = 0; i < n; ++i) {
            if (node(i).kind == MapNodeKind::Role && tier[static_cast<std::size_t>(i)] < 0) {
                tier[static_cast<std::size_t>(i)] = rootTier;
            }
        }

        // Within one tier, the person's path, the route and the moves to suggestions step right one column per
        // move. Other moves do not: a box pushed right by a side-step would make every arrow to it run past
        // the boxes in between.
        std::vector<std::vector<int>> next(static_cast<std::size_t>(n));
        for (const auto& e : m_map.edges) {
            const bool leads = e.kind == MapEdgeKind::History || e.suggested ||
                               (e.kind == MapEdgeKind::Move && node(e.from).distance == 0 &&
                                node(e.to).state == MapNodeState::Suggested);
            if (leads && tier[static_cast<std::size_t>(e.from)] == tier[static_cast<std::size_t>(e.to)]) {
                next[static_cast<std::size_t>(e.from)].push_back(e.to);
            }
        }
        std::vector<int> state(static_cast<std::size_t>(n), 0);
        std::set<std::pair<int, int>> back;
        const auto dfs = [&](auto&& self, int u) -> void {
            state[static_cast<std::size_t>(u)] = 1;
            for (const int v : next[static_cast<std::size_t>(u)]) {
                if (state[static_cast<std::size_t>(v)] == 1) {
                    back.insert({u, v});
                } else if (state[static_cast<std::size_t>(v)] == 0) {
                    self(self, v);
                }
            }
            state[static_cast<std::size_t>(u)] = 2;
        };
        for (int i = 0; i < n; ++i) {
            if (state[static_cast<std::size_t>(i)] == 0) {
                dfs(dfs, i);
            }
        }
        std::vector<int> sub(static_cast<std::size_t>(n), 0);
        for (int pass = 0; pass < n; ++pass) {
            bool changed = false;
            for (int u = 0; u < n; ++u) {
                for (const int v : next[static_cast<std::size_t>(u)]) {
                    if (back.count({u, v}) == 0 &&
                        sub[static_cast<std::size_t>(v)] < sub[static_cast<std::size_t>(u)] + 1) {
                        sub[static_cast<std::size_t>(v)] = sub[static_cast<std::size_t>(u)] + 1;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }

        std::set<std::pair<int, int>> keys;
        for (int i = 0; i < n; ++i) {
            if (node(i).kind == MapNodeKind::Role) {
                keys.insert({tier[static_cast<std::size_t>(i)], sub[static_cast<std::size_t>(i)]});
            }
        }
        std::map<std::pair<int, int>, int> columnOf;
        for (const auto& key : keys) {
            const int column = static_cast<int>(columnOf.size());
            columnOf[key] = column;
            if (m_map.tierBands.empty() || m_map.tierBands.back().tier != key.first) {
                m_map.tierBands.push_back({key.first, column, column, {}});
            }
            m_map.tierBands.back().lastColumn = column;
        }
        m_map.columns = static_cast<int>(columnOf.size());
        for (int i = 0; i < n; ++i) {
            if (node(i).kind == MapNodeKind::Role) {
                node(i).column = columnOf[{tier[static_cast<std::size_t>(i)], sub[static_cast<std::size_t>(i)]}];
            }
        }
        for (int i = 0; i < n; ++i) {
            if (node(i).kind == MapNodeKind::Programme) {
                node(i).column = node(roleIndex(node(i).anchor)).column;
            }
        }
    }

    void dropBackwardMoves()
    {
        // A possible move that would point left or straight down (a sideways step into a lower tier) is left
        // out: the map reads left to right, and the Pathway tab still lists it. Suggested ones stay.
        std::erase_if(m_map.edges, [&](const MapEdge& e) {
            return e.kind == MapEdgeKind::Move && !e.suggested && node(e.to).column <= node(e.from).column;
        });
    }

    /** Lower comes first within a cell when the edges do not decide. */
    long priority(int index) const
    {
        const MapNode& n = node(index);
        if (n.state == MapNodeState::Current) {
            return 0;
        }
        if (n.target || n.onRoute) {
            return 1;
        }
        if (n.state == MapNodeState::Held) {
            return 2;
        }
        if (n.state == MapNodeState::Suggested) {
            return 10 + n.rank;
        }
        return 1000 + n.distance * 100 + index;
    }

    void assignRows()
    {
        // Lanes: the main track first, then the tracks of the target and of the best suggestions.
        std::map<std::string, long> laneKey;
        for (int i = 0; i < count(); ++i) {
            const MapNode& n = node(i);
            const long key = n.track == m_map.mainTrack ? -1 : priority(i);
            const auto found = laneKey.find(n.track);
            if (found == laneKey.end() || key < found->second) {
                laneKey[n.track] = key;
            }
        }
        std::vector<std::pair<long, std::string>> order;
        for (const auto& [track, key] : laneKey) {
            order.emplace_back(key, track);
        }
        std::sort(order.begin(), order.end());
        std::map<std::string, int> laneOf;
        for (const auto& [key, track] : order) {
            laneOf[track] = static_cast<int>(m_map.lanes.size());
            m_map.lanes.push_back({track, 0, 0, {}});
        }

        // Cells left to right; a node sits near the average height of what leads into it, so arrows cross
        // less. `position` orders across lanes: lane first, then slot.
        std::vector<double> position(static_cast<std::size_t>(count()), -1);
        std::vector<int> slot(static_cast<std::size_t>(count()), 0);
        for (int column = 0; column < m_map.columns; ++column) {
            for (std::size_t lane = 0; lane < m_map.lanes.size(); ++lane) {
                std::vector<std::pair<double, int>> roles;
                for (int i = 0; i < count(); ++i) {
                    const MapNode& n = node(i);
                    if (n.kind != MapNodeKind::Role || n.column != column ||
                        laneOf[n.track] != static_cast<int>(lane)) {
                        continue;
                    }
                    // The person's path, the route and the moves from here decide first; other moves only
                    // when nothing else leads in.
                    double sum[2] = {0, 0};
                    int into[2] = {0, 0};
                    for (const auto& e : m_map.edges) {
                        if (e.to == i && e.kind != MapEdgeKind::Programme &&
                            position[static_cast<std::size_t>(e.from)] >= 0 && node(e.from).column < column) {
                            const int weak =
                                e.kind == MapEdgeKind::History || e.suggested || node(e.from).distance == 0 ? 0 : 1;
                            sum[weak] += position[static_cast<std::size_t>(e.from)];
                            ++into[weak];
                        }
                    }
                    const int use = into[0] > 0 ? 0 : 1;
                    roles.emplace_back(into[use] > 0 ? sum[use] / into[use] : std::numeric_limits<double>::max(), i);
                }
                std::stable_sort(roles.begin(), roles.end(), [&](const auto& a, const auto& b) {
                    if (a.first != b.first) {
                        return a.first < b.first;
                    }
                    return priority(a.second) < priority(b.second);
                });
                int at = 0;
                for (const auto& [bary, index] : roles) {
                    slot[static_cast<std::size_t>(index)] = at;
                    position[static_cast<std::size_t>(index)] = static_cast<double>(lane) * 1000.0 + at;
                    ++at;
                    std::vector<int> programmes;
                    for (int p = 0; p < count(); ++p) {
                        if (node(p).kind == MapNodeKind::Programme && node(p).anchor == node(index).id) {
                            programmes.push_back(p);
                        }
                    }
                    std::stable_sort(programmes.begin(), programmes.end(), [&](int a, int b) {
                        return static_cast<int>(node(a).state) < static_cast<int>(node(b).state);
                    });
                    for (const int p : programmes) {
                        slot[static_cast<std::size_t>(p)] = at;
                        position[static_cast<std::size_t>(p)] = static_cast<double>(lane) * 1000.0 + at;
                        ++at;
                    }
                }
                m_map.lanes[lane].rows = std::max(m_map.lanes[lane].rows, at);
            }
        }
        int row = 0;
        for (auto& lane : m_map.lanes) {
            lane.firstRow = row;
            row += lane.rows;
        }
        m_map.rows = row;
        for (int i = 0; i < count(); ++i) {
            node(i).row = m_map.lanes[static_cast<std::size_t>(laneOf[node(i).track])].firstRow +
                          slot[static_cast<std::size_t>(i)];
        }
        m_laneOf = std::move(laneOf);
    }

    // ---- geometry ---------------------------------------------------------------------------------------

    static double columnX(int column) { return L::kMargin + column * (L::kNodeWidth + L::kColumnGap); }

    void placeNodes()
    {
        const double width = 2 * L::kMargin + m_map.columns * L::kNodeWidth + (m_map.columns - 1) * L::kColumnGap;
        // A row is as tall as its tallest box: programmes are shorter than posts unless their name needs room.
        std::vector<double> height(m_map.nodes.size(), L::kNodeHeight);
        std::vector<double> rowHeight(static_cast<std::size_t>(m_map.rows), 0);
        for (std::size_t i = 0; i < m_map.nodes.size(); ++i) {
            const MapNode& n = m_map.nodes[i];
            if (n.kind == MapNodeKind::Programme) {
                const double wanted = m_programmeHeight ? m_programmeHeight(n) : L::kProgrammeHeight;
                height[i] = std::clamp(wanted, L::kProgrammeHeight, L::kTallProgrammeHeight);
            }
            double& row = rowHeight[static_cast<std::size_t>(n.row)];
            row = std::max(row, height[i]);
        }
        double y = L::kMargin + L::kTierHeader;
        std::vector<double> rowTop(static_cast<std::size_t>(m_map.rows), 0);
        for (auto& lane : m_map.lanes) {
            double laneHeight = L::kLaneHeader;
            for (int r = 0; r < lane.rows; ++r) {
                const auto row = static_cast<std::size_t>(lane.firstRow + r);
                rowTop[row] = y + laneHeight;
                laneHeight += rowHeight[row] + L::kRowGap;
            }
            lane.rect = QRectF(0, y, width, laneHeight);
            y += laneHeight;
        }
        m_map.bounds = QRectF(0, 0, width, y + L::kMargin - L::kRowGap);
        for (auto& band : m_map.tierBands) {
            const double left = columnX(band.firstColumn) - L::kColumnGap / 2;
            const double right = columnX(band.lastColumn) + L::kNodeWidth + L::kColumnGap / 2;
            band.rect = QRectF(std::max(0.0, left), L::kMargin, std::min(width, right) - std::max(0.0, left),
                               L::kTierHeader - 4);
        }
        for (std::size_t i = 0; i < m_map.nodes.size(); ++i) {
            MapNode& n = m_map.nodes[i];
            const double top = rowTop[static_cast<std::size_t>(n.row)];
            if (n.kind == MapNodeKind::Role) {
                n.rect = QRectF(columnX(n.column), top, L::kNodeWidth, L::kNodeHeight);
            } else {
                n.rect = QRectF(columnX(n.column) + L::kProgrammeIndent, top, L::kProgrammeWidth, height[i]);
            }
        }
    }

    /**
     * The height at which a line can cross `column` without touching a node, nearest `wanted`. Lines keep
     * out of the header strips, where the track and tier names are written. In a narrow gap between two
     * boxes a line runs down the middle, and the next line through the same gap beside it, so two arrows
     * never merge into one and neither seems to leave the box above.
     */
    double freeHeight(int column, double wanted)
    {
        std::vector<std::pair<double, double>> taken;
        for (const auto& n : m_map.nodes) {
            if (n.column == column) {
                taken.emplace_back(n.rect.top() - kClearance, n.rect.bottom() + kClearance);
            }
        }
        for (const auto& lane : m_map.lanes) {
            taken.emplace_back(lane.rect.top() - 1, lane.rect.top() + L::kLaneHeader - 2);
        }
        std::sort(taken.begin(), taken.end());
        std::vector<std::pair<double, double>> free;
        double from = L::kMargin + L::kTierHeader;
        for (const auto& [top, bottom] : taken) {
            if (top - from >= 2) {
                free.emplace_back(from, top);
            }
            from = std::max(from, bottom);
        }
        if (m_map.bounds.bottom() - 2 - from >= 2) {
            free.emplace_back(from, m_map.bounds.bottom() - 2);
        }
        double best = wanted;
        double bestDistance = std::numeric_limits<double>::max();
        std::pair<double, double> chosen{wanted, wanted};
        for (const auto& [low, high] : free) {
            const double y = std::clamp(wanted, low, high);
            if (std::abs(y - wanted) < bestDistance) {
                bestDistance = std::abs(y - wanted);
                best = y;
                chosen = {low, high};
            }
        }
        const auto [low, high] = chosen;
        if (high - low < kNarrowGap) {
            const int used = m_channelUse[{column, static_cast<int>(low)}]++;
            const double shift = ((used + 1) / 2) * kLineSpacing * (used % 2 == 0 ? 1 : -1);
            return std::clamp((low + high) / 2 + shift, low, high);
        }
        return std::clamp(best, std::min(low + kOpenMargin, high), std::max(high - kOpenMargin, low));
    }

    void routeEdges()
    {
        // Arrows leave a node from one point and fan out, like the branches of a tree; seven arrows leaving
        // from seven points read as a knot. Arrows entering a node are spread along its side, in the order
        // of their other ends, so each arrowhead can be told apart and none cross where they arrive.
        const auto spread = [&](std::vector<std::pair<double, int>>& ends) {
            std::sort(ends.begin(), ends.end());
            std::vector<double> offset(ends.size(), 0);
            const double step = ends.size() > 1 ? std::min(9.0, (L::kNodeHeight - 16) / (ends.size() - 1)) : 0;
            for (std::size_t k = 0; k < ends.size(); ++k) {
                offset[k] = (static_cast<double>(k) - (ends.size() - 1) / 2.0) * step;
            }
            return offset;
        };
        std::vector<double> endOffset(m_map.edges.size(), 0);
        for (int i = 0; i < count(); ++i) {
            std::vector<std::pair<double, int>> ins;
            for (std::size_t e = 0; e < m_map.edges.size(); ++e) {
                const auto& edge = m_map.edges[e];
                if (edge.kind == MapEdgeKind::Programme || node(edge.to).column <= node(edge.from).column) {
                    continue;
                }
                if (edge.to == i) {
                    ins.emplace_back(node(edge.from).rect.center().y(), static_cast<int>(e));
                }
            }
            const auto inOffsets = spread(ins);
            for (std::size_t k = 0; k < ins.size(); ++k) {
                endOffset[static_cast<std::size_t>(ins[k].second)] = inOffsets[k];
            }
        }

        for (std::size_t e = 0; e < m_map.edges.size(); ++e) {
            MapEdge& edge = m_map.edges[e];
            const QRectF from = node(edge.from).rect;
            const QRectF to = node(edge.to).rect;
            edge.points.clear();
            if (edge.kind == MapEdgeKind::Programme) {
                // An elbow from the role's lower left corner to the programme's left side.
                const double x = to.left() + L::kProgrammeIndent / 2;
                edge.points = {QPointF(x, to.bottom()), QPointF(x, from.center().y()),
                               QPointF(from.left(), from.center().y())};
                continue;
            }
            const int c0 = node(edge.from).column;
            const int c1 = node(edge.to).column;
            if (c1 <= c0) {
                edge.loop = true;
                edge.points = {QPointF(from.right(), from.center().y()), QPointF(to.right(), to.center().y())};
                continue;
            }
            const QPointF start(from.right(), from.center().y());
            const QPointF end(to.left(), to.center().y() + endOffset[e]);
            edge.points.push_back(start);
            for (int k = c0 + 1; k < c1; ++k) {
                const double t = (columnX(k) + L::kNodeWidth / 2 - start.x()) / (end.x() - start.x());
                const double y = freeHeight(k, start.y() + t * (end.y() - start.y()));
                edge.points.emplace_back(columnX(k) - 4, y);
                edge.points.emplace_back(columnX(k) + L::kNodeWidth + 4, y);
            }
            edge.points.push_back(end);
        }
    }

    const engine::Framework& m_fw;
    const engine::Profile& m_profile;
    const engine::Assessment& m_as;
    MapLimits m_limits;
    const L::ProgrammeHeight& m_programmeHeight;
    PathwayMap m_map;
    std::vector<std::string> m_roots;
    std::unordered_map<std::string, int> m_roleIndex;
    std::map<int, int> m_tierCount;
    std::set<std::pair<std::string, std::string>> m_routeMoves;
    std::vector<std::string> m_routeOrder;
    std::map<std::string, int> m_laneOf;
    std::map<std::pair<int, int>, int> m_channelUse;
    std::set<std::string> m_hiddenSuggestions;
};

} // namespace

PathwayMap PathwayMapLayout::build(const engine::Framework& framework, const engine::Profile& profile,
                                   const engine::Assessment& assessment, std::string_view targetRoleId,
                                   const MapLimits& limits, const L::ProgrammeHeight& programmeHeight)
{
    PathwayMap map = Builder(framework, profile, assessment, limits, programmeHeight).run(targetRoleId);
    // Too wide to read at laptop size: give up context, least useful first, until it fits. The essentials
    // (here, the suggestions, the goal and the route) are never dropped, so a map may stay wide.
    MapLimits relaxed = limits;
    while (map.columns > limits.maxColumns) {
        if (relaxed.neighbourMoves > 1) {
            relaxed.neighbourMoves = 1;
        } else if (relaxed.maxPastPosts > 1) {
            --relaxed.maxPastPosts;
        } else if (relaxed.neighbourMoves > 0) {
            relaxed.neighbourMoves = 0;
        } else {
            break;
        }
        map = Builder(framework, profile, assessment, relaxed, programmeHeight).run(targetRoleId);
    }
    return map;
}

} // namespace staffpath::app
