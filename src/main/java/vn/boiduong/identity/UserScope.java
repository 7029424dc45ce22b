package vn.boiduong.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitView;

/**
 * The one answer per request to "what may this user see and do" (issue 7, item 1): the user's roles,
 * the scope units (province or district committees) whose subtrees they see, and which roles they hold
 * over which scope, computed once from the in-memory organization tree. {@link CurrentUser#scope()}
 * builds it once per request; services and pages ask it instead of recomputing.
 * <p>
 * Queries join on {@link #scopeUnitIds()} (the organization closure, V11) rather than binding the ids of
 * every visible unit. The successor of a closed unit sees the closed unit's subtree beside its own (its
 * history: issue 8); other access that does not follow the tree (the institution teaching a course) is
 * added beside the tree scopes, not into them.
 */
public final class UserScope {

	private static final UserScope ANONYMOUS = new UserScope(null, null, List.of(), Map.of(), List.of());

	private final AccountPrincipal principal;

	private final OrgTree tree;

	private final List<OrgUnitView> scopes;

	private final Map<Role, List<OrgUnitView>> scopesByRole;

	/** The topmost of the scopes and of the closed units whose history they continue: what lists join on. */
	private final List<Long> visibleRoots;

	private UserScope(AccountPrincipal principal, OrgTree tree, List<OrgUnitView> scopes,
			Map<Role, List<OrgUnitView>> scopesByRole, List<Long> visibleRoots) {
		this.principal = principal;
		this.tree = tree;
		this.scopes = scopes;
		this.scopesByRole = scopesByRole;
		this.visibleRoots = visibleRoots;
	}

	static UserScope anonymous() {
		return ANONYMOUS;
	}

	/** The scope of a signed-in principal over the given tree; assignments at units no longer known see nothing. */
	static UserScope of(AccountPrincipal principal, OrgTree tree) {
		Map<Long, OrgUnitView> scopes = new LinkedHashMap<>();
		Map<Role, Map<Long, OrgUnitView>> byRole = new EnumMap<>(Role.class);
		for (AccountPrincipal.Assignment a : principal.getAssignments()) {
			if (tree.find(a.unitId()).isEmpty()) {
				continue;
			}
			OrgUnitView scope = tree.scopeOf(a.unitId());
			scopes.putIfAbsent(scope.id(), scope);
			byRole.computeIfAbsent(a.role(), r -> new LinkedHashMap<>()).putIfAbsent(scope.id(), scope);
		}
		Map<Role, List<OrgUnitView>> scopesByRole = new EnumMap<>(Role.class);
		byRole.forEach((role, units) -> scopesByRole.put(role, List.copyOf(units.values())));
		// a closed unit's history is seen by the units that continue it (issue 8), as the tree precomputed
		List<Long> roots = new ArrayList<>();
		for (OrgUnitView scope : scopes.values()) {
			roots.add(scope.id());
			roots.addAll(tree.historyRootsOf(scope.id()));
		}
		return new UserScope(principal, tree, List.copyOf(scopes.values()), scopesByRole, tree.topmost(roots));
	}

	boolean isFor(AccountPrincipal principal, OrgTree tree) {
		return this.principal == principal && this.tree == tree;
	}

	public boolean signedIn() {
		return this.principal != null;
	}

	/** The signed-in person's id, or null. */
	public Long userId() {
		return this.principal == null ? null : this.principal.getId();
	}

	public boolean has(Role role) {
		return this.principal != null && this.principal.has(role);
	}

	/** The scope units (province or district committees) whose subtrees the user may see. */
	public List<OrgUnitView> scopes() {
		return this.scopes;
	}

	/**
	 * The ids of {@link #scopes()}, and of the closed units whose history they continue (a ward that
	 * succeeded a district sees the district's courses: issue 8), that lie under no other of them: what a
	 * query joins on (with the organization closure), each visible unit reached once. Computed once per
	 * request from what the tree precomputed.
	 */
	public List<Long> scopeUnitIds() {
		return this.visibleRoots;
	}

	/**
	 * Whether the user sees a whole province (its staff, the administrator): a list then reads the newest
	 * courses first and keeps the visible ones; otherwise (a district) it starts from the units seen. It
	 * depends on who the user is, not on the size of the tree.
	 */
	public boolean seesAProvince() {
		for (OrgUnitView scope : this.scopes) {
			if (scope.kind() == OrgUnitKind.PROVINCE) {
				return true;
			}
		}
		return false;
	}

	/** The scopes in which the user holds the role, e.g. the districts where they are propaganda staff. */
	public List<OrgUnitView> scopesWith(Role role) {
		return this.scopesByRole.getOrDefault(role, List.of());
	}

	/** Whether the unit is in the user's scopes, or in the history of a closed unit they continue. */
	public boolean canSee(Long unitId) {
		for (Long root : this.visibleRoots) {
			if (this.tree.isWithin(unitId, root)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the user holds the role at a unit whose scope contains the given unit. */
	public boolean hasRoleOver(Role role, Long unitId) {
		for (OrgUnitView scope : scopesWith(role)) {
			if (this.tree.isWithin(unitId, scope.id())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the user holds one of the roles at the unit, or at a unit under it when the unit is a body
	 * (a board, an office, a school): the staff of a body act for it. At a committee only a role held at the
	 * committee itself counts, so that its boards' staff do not act as the committee.
	 */
	public boolean holdsAt(Collection<Role> roles, Long unitId) {
		if (this.principal == null || unitId == null) {
			return false;
		}
		boolean body = this.tree.find(unitId).map(u -> !u.kind().isCommittee()).orElse(false);
		for (AccountPrincipal.Assignment a : this.principal.getAssignments()) {
			if (roles.contains(a.role())
					&& (a.unitId().equals(unitId) || body && this.tree.isWithin(a.unitId(), unitId))) {
				return true;
			}
		}
		return false;
	}

	/** The units at which the user holds one of the roles, e.g. the teaching institutions of a lecturer. */
	public List<Long> unitsWith(Collection<Role> roles) {
		if (this.principal == null) {
			return List.of();
		}
		List<Long> units = new ArrayList<>();
		for (AccountPrincipal.Assignment a : this.principal.getAssignments()) {
			if (roles.contains(a.role()) && this.tree.find(a.unitId()).isPresent() && !units.contains(a.unitId())) {
				units.add(a.unitId());
			}
		}
		return units;
	}

	/** Every unit the user may see, in tree order. */
	public List<OrgUnitView> visibleUnits() {
		return this.tree == null ? List.of() : this.tree.subtrees(scopeUnitIds());
	}

	/** The units of one kind the user may see, in tree order, e.g. the districts of the list's filter. */
	public List<OrgUnitView> visibleUnitsOfKind(OrgUnitKind kind) {
		return this.tree == null ? List.of() : this.tree.ofKindWithin(scopeUnitIds(), kind);
	}

}
