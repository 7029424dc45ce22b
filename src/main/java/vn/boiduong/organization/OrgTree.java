package vn.boiduong.organization;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import vn.boiduong.shared.NotFoundException;

/**
 * The whole organization tree as one immutable snapshot held in memory (issue 7, item 1): paths, names,
 * kinds, tree order and the Vietnamese collation key of every name are computed once per change of the
 * tree, not per request. {@link OrgUnitService} hands out the current snapshot.
 */
public final class OrgTree {

	private final long version;

	private final Map<Long, OrgUnitView> byId;

	private final Map<Long, CollationKey> nameKeys;

	private final Map<Long, List<OrgUnitView>> childrenOf;

	/** Every unit in tree order; a subtree is the slice from its root to the root's position plus its size. */
	private final List<OrgUnitView> ordered;

	private final Map<Long, Integer> position;

	private final Map<Long, Integer> subtreeSize;

	/** The succession of each closed unit that has a continuing successor, by the closed unit's id. */
	private final Map<Long, OrgUnitSuccession> successionOf;

	/** Every unit a unit succeeded, transitively, nearest first (only units that succeeded some). */
	private final Map<Long, List<Long>> predecessors;

	/** For each unit, the topmost units outside its subtree that it or a unit under it succeeded. */
	private final Map<Long, List<Long>> historyRoots;

	OrgTree(long version, Collection<OrgUnitView> units) {
		this(version, units, List.of());
	}

	OrgTree(long version, Collection<OrgUnitView> units, Collection<OrgUnitSuccession> successions) {
		this.version = version;
		Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
		vietnamese.setStrength(Collator.SECONDARY);
		Map<Long, OrgUnitView> byId = new HashMap<>();
		Map<Long, CollationKey> keys = new HashMap<>();
		for (OrgUnitView unit : units) {
			byId.put(unit.id(), unit);
			keys.put(unit.id(), vietnamese.getCollationKey(unit.name()));
		}
		this.byId = byId;
		this.nameKeys = keys;
		this.ordered = inTreeOrder(units);
		Map<Long, Integer> position = new HashMap<>();
		for (int i = 0; i < this.ordered.size(); i++) {
			position.put(this.ordered.get(i).id(), i);
		}
		this.position = position;
		Map<Long, List<OrgUnitView>> childrenOf = new HashMap<>();
		for (OrgUnitView unit : this.ordered) {
			if (unit.parentId() != null && byId.containsKey(unit.parentId())) {
				childrenOf.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
		}
		childrenOf.replaceAll((k, v) -> List.copyOf(v));
		this.childrenOf = childrenOf;
		Map<Long, Integer> sizes = new HashMap<>();
		for (int i = this.ordered.size() - 1; i >= 0; i--) {
			OrgUnitView unit = this.ordered.get(i);
			int size = 1;
			for (OrgUnitView child : this.childrenOf.getOrDefault(unit.id(), List.of())) {
				size += sizes.get(child.id());
			}
			sizes.put(unit.id(), size);
		}
		this.subtreeSize = sizes;
		Map<Long, OrgUnitSuccession> successionOf = new HashMap<>();
		Map<Long, List<Long>> directPredecessors = new HashMap<>();
		for (OrgUnitSuccession succession : successions) {
			if (byId.containsKey(succession.predecessorId()) && byId.containsKey(succession.successorId())) {
				successionOf.put(succession.predecessorId(), succession);
				directPredecessors.computeIfAbsent(succession.successorId(), k -> new ArrayList<>())
					.add(succession.predecessorId());
			}
		}
		this.successionOf = successionOf;
		this.predecessors = transitivePredecessors(directPredecessors);
		this.historyRoots = historyRoots(this.predecessors);
	}

	/** Breadth first from each successor, each unit once (a cycle, which the service refuses, cannot loop). */
	private static Map<Long, List<Long>> transitivePredecessors(Map<Long, List<Long>> direct) {
		Map<Long, List<Long>> result = new HashMap<>();
		for (Long successor : direct.keySet()) {
			Set<Long> seen = new HashSet<>();
			seen.add(successor);
			List<Long> found = new ArrayList<>();
			Deque<Long> queue = new ArrayDeque<>(direct.get(successor));
			while (!queue.isEmpty()) {
				Long unit = queue.poll();
				if (seen.add(unit)) {
					found.add(unit);
					queue.addAll(direct.getOrDefault(unit, List.of()));
				}
			}
			result.put(successor, List.copyOf(found));
		}
		return result;
	}

	/**
	 * For every unit at or above a successor, the predecessors that lie outside its subtree, each once and
	 * only the topmost: a user whose scope is that unit sees their subtrees as well (a ward that succeeded a
	 * district sees the district's courses; the province, above both, needs nothing more).
	 */
	private Map<Long, List<Long>> historyRoots(Map<Long, List<Long>> predecessors) {
		Map<Long, Set<Long>> found = new HashMap<>();
		predecessors.forEach((successor, closed) -> {
			for (OrgUnitView above : ancestorsAndSelf(successor)) {
				for (Long predecessor : closed) {
					if (!isWithin(predecessor, above.id())) {
						found.computeIfAbsent(above.id(), k -> new HashSet<>()).add(predecessor);
					}
				}
			}
		});
		Map<Long, List<Long>> result = new HashMap<>();
		found.forEach((unit, candidates) -> result.put(unit, topmost(candidates)));
		return result;
	}

	/** The given units that lie under no other of them, in tree order (unknown ids left out). */
	public List<Long> topmost(Collection<Long> unitIds) {
		List<Long> sorted = new ArrayList<>(new HashSet<>(unitIds));
		sorted.removeIf(id -> !this.position.containsKey(id));
		sorted.sort(Comparator.comparingInt(this.position::get));
		List<Long> kept = new ArrayList<>();
		for (Long id : sorted) {
			if (kept.stream().noneMatch(k -> isWithin(id, k))) {
				kept.add(id);
			}
		}
		return List.copyOf(kept);
	}

	/** The unit that directly continues a closed unit, if one was named. */
	public Optional<Long> successorOf(Long unitId) {
		OrgUnitSuccession succession = unitId == null ? null : this.successionOf.get(unitId);
		return succession == null ? Optional.empty() : Optional.of(succession.successorId());
	}

	/** Every succession, the latest first (then by the closed unit's place in the tree). */
	public List<OrgUnitSuccession> successions() {
		return this.successionOf.values()
			.stream()
			.sorted(Comparator.comparing(OrgUnitSuccession::on)
				.reversed()
				.thenComparing(c -> this.position.get(c.predecessorId())))
			.toList();
	}

	/** The succession of a closed unit (successor and date), if one was named. */
	public Optional<OrgUnitSuccession> successionOf(Long unitId) {
		return Optional.ofNullable(unitId == null ? null : this.successionOf.get(unitId));
	}

	/**
	 * The unit that acts for the given one on the day: the unit itself while it is open (or not yet closed),
	 * else its successor, followed while that one is closed on the day too. A closed unit without a
	 * successor stands for itself. "Closed on the day" is {@code validTo <= day}: {@code validTo} is the
	 * first day a unit no longer exists, the day its successor takes over.
	 */
	public Long continuing(Long unitId, LocalDate day) {
		Long current = unitId;
		Set<Long> seen = new HashSet<>();
		while (current != null && seen.add(current)) {
			OrgUnitView unit = this.byId.get(current);
			OrgUnitSuccession succession = this.successionOf.get(current);
			if (unit == null || !unit.closedOn(day) || succession == null) {
				return current;
			}
			current = succession.successorId();
		}
		return current;
	}

	/** Every unit the given one succeeded, directly or through others, nearest first; not itself. */
	public List<Long> predecessorsOf(Long unitId) {
		return unitId == null ? List.of() : this.predecessors.getOrDefault(unitId, List.of());
	}

	/**
	 * The topmost units outside the unit's subtree whose history the unit or a unit under it continues (their
	 * predecessors, transitively): what a user whose scope is this unit sees beside its subtree.
	 */
	public List<Long> historyRootsOf(Long unitId) {
		return unitId == null ? List.of() : this.historyRoots.getOrDefault(unitId, List.of());
	}

	/** Whether the unit exists on the day (known, opened on or before it, not closed on it). */
	public boolean openOn(Long unitId, LocalDate day) {
		OrgUnitView unit = unitId == null ? null : this.byId.get(unitId);
		return unit != null && unit.openOn(day);
	}

	/** Which state of the tree this is (the database's tree version when it was read). */
	public long version() {
		return this.version;
	}

	public Optional<OrgUnitView> find(Long id) {
		return id == null ? Optional.empty() : Optional.ofNullable(this.byId.get(id));
	}

	public OrgUnitView get(Long id) {
		return find(id).orElseThrow(() -> new NotFoundException("OrgUnit", id));
	}

	/** The unit's name, or null for an unknown id. */
	public String name(Long id) {
		OrgUnitView unit = id == null ? null : this.byId.get(id);
		return unit == null ? null : unit.name();
	}

	/** How many units the tree has. */
	public int size() {
		return this.ordered.size();
	}

	/** How many units the subtree of a unit has, the unit included. */
	public int subtreeSize(Long id) {
		return this.subtreeSize.get(get(id).id());
	}

	/** Every unit, in tree order. */
	public List<OrgUnitView> all() {
		return this.ordered;
	}

	/** The unit and everything under it, in tree order. */
	public List<OrgUnitView> subtree(Long id) {
		OrgUnitView root = get(id);
		int from = this.position.get(root.id());
		return this.ordered.subList(from, from + this.subtreeSize.get(root.id()));
	}

	/** The units directly under a unit, by kind and name. */
	public List<OrgUnitView> children(Long id) {
		return this.childrenOf.getOrDefault(get(id).id(), List.of());
	}

	/** The chain from the root down to the unit, the unit last. */
	public List<OrgUnitView> ancestorsAndSelf(Long id) {
		Deque<OrgUnitView> chain = new ArrayDeque<>();
		for (OrgUnitView unit = get(id); unit != null; unit = unit.parentId() == null ? null : this.byId.get(unit.parentId())) {
			chain.addFirst(unit);
		}
		return List.copyOf(chain);
	}

	/**
	 * The nearest unit at or above the given one whose kind is a scope (a district committee or the
	 * province): a role held at a district's propaganda board sees that district.
	 */
	public OrgUnitView scopeOf(Long id) {
		List<OrgUnitView> chain = ancestorsAndSelf(id);
		for (int i = chain.size() - 1; i >= 0; i--) {
			if (chain.get(i).kind().isScope()) {
				return chain.get(i);
			}
		}
		return chain.get(0);
	}

	/** Whether {@code unitId} is {@code ancestorId} or under it. */
	public boolean isWithin(Long unitId, Long ancestorId) {
		Integer unit = unitId == null ? null : this.position.get(unitId);
		Integer ancestor = ancestorId == null ? null : this.position.get(ancestorId);
		return unit != null && ancestor != null && unit >= ancestor && unit < ancestor + this.subtreeSize.get(ancestorId);
	}

	/**
	 * The units of one kind under the given units (each included), in tree order, each once. Kept per
	 * question: the tree does not change, and the same users ask the same (the districts of the list's filter).
	 */
	public List<OrgUnitView> ofKindWithin(Collection<Long> rootIds, OrgUnitKind kind) {
		return this.ofKindWithin.computeIfAbsent(new KindWithin(List.copyOf(rootIds), kind),
				q -> computeOfKindWithin(q.rootIds(), q.kind()));
	}

	private record KindWithin(List<Long> rootIds, OrgUnitKind kind) {
	}

	private final Map<KindWithin, List<OrgUnitView>> ofKindWithin = new ConcurrentHashMap<>();

	private List<OrgUnitView> computeOfKindWithin(Collection<Long> rootIds, OrgUnitKind kind) {
		Map<Long, OrgUnitView> result = new LinkedHashMap<>();
		for (Long root : rootIds) {
			for (OrgUnitView unit : subtree(root)) {
				if (unit.kind() == kind) {
					result.putIfAbsent(unit.id(), unit);
				}
			}
		}
		return inTreeOrder(result.values());
	}

	/** The units under the given units (each included), in tree order, each once. */
	public List<OrgUnitView> subtrees(Collection<Long> rootIds) {
		Map<Long, OrgUnitView> result = new LinkedHashMap<>();
		for (Long root : rootIds) {
			subtree(root).forEach(u -> result.putIfAbsent(u.id(), u));
		}
		return inTreeOrder(result.values());
	}

	/** Siblings by kind, then by name in Vietnamese order (precomputed keys), then by id. */
	Comparator<OrgUnitView> siblingOrder() {
		return Comparator.comparingInt((OrgUnitView u) -> siblingRank(u.kind()))
			.thenComparing(u -> this.nameKeys.get(u.id()))
			.thenComparing(OrgUnitView::id);
	}

	/** A committee's own bodies come first, then the committees under it, then grassroots and cells. */
	static int siblingRank(OrgUnitKind kind) {
		return switch (kind) {
			case PROVINCE -> 0;
			case PROPAGANDA_BOARD, PROPAGANDA_MASS_MOBILIZATION_BOARD -> 1;
			case ORGANIZATION_BOARD, PARTY_BUILDING_BOARD -> 2;
			case COMMITTEE_OFFICE -> 3;
			case POLITICAL_CENTRE, POLITICAL_SCHOOL -> 4;
			case DISTRICT_COMMITTEE -> 5;
			case COMMUNE_COMMITTEE -> 6;
			case GRASSROOTS_ORGANIZATION -> 7;
			case PARTY_CELL -> 8;
		};
	}

	/**
	 * Parents before their children, each subtree together, siblings by kind (the committee's bodies
	 * before grassroots organizations) and then by name in Vietnamese order. Units of the given set whose
	 * parent is not in it are its roots.
	 */
	List<OrgUnitView> inTreeOrder(Collection<OrgUnitView> units) {
		Map<Long, OrgUnitView> byId = new LinkedHashMap<>();
		units.forEach(u -> byId.put(u.id(), u));
		Map<Long, List<OrgUnitView>> childrenOf = new HashMap<>();
		List<OrgUnitView> roots = new ArrayList<>();
		for (OrgUnitView unit : units) {
			if (unit.parentId() != null && byId.containsKey(unit.parentId())) {
				childrenOf.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
			else {
				roots.add(unit);
			}
		}
		List<OrgUnitView> ordered = new ArrayList<>(units.size());
		Deque<OrgUnitView> stack = new ArrayDeque<>();
		Comparator<OrgUnitView> siblingOrder = siblingOrder();
		roots.sort(siblingOrder);
		for (int i = roots.size() - 1; i >= 0; i--) {
			stack.push(roots.get(i));
		}
		while (!stack.isEmpty()) {
			OrgUnitView unit = stack.pop();
			ordered.add(unit);
			List<OrgUnitView> children = childrenOf.getOrDefault(unit.id(), new ArrayList<>());
			children.sort(siblingOrder);
			for (int i = children.size() - 1; i >= 0; i--) {
				stack.push(children.get(i));
			}
		}
		return List.copyOf(ordered);
	}

}
