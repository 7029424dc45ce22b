package vn.boiduong.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.organization.UnitVisibility;

/**
 * Who is signed in, and the one answer to "which units may the current user see": a role held at a
 * district body sees the district's subtree, a province role (and the administrator) the province's.
 */
@Service
public class CurrentUser implements UnitVisibility {

	private final OrgUnitService units;

	CurrentUser(OrgUnitService units) {
		this.units = units;
	}

	public Optional<AccountPrincipal> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	public AccountPrincipal get() {
		return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

	public boolean has(Role role) {
		return find().map(p -> p.has(role)).orElse(false);
	}

	/** The scope units (province or district committees) whose subtrees the user may see. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> scopes() {
		AccountPrincipal principal = get();
		Set<Long> seen = new LinkedHashSet<>();
		return principal.getAssignments()
			.stream()
			.map(a -> this.units.scopeOf(a.unitId()))
			.filter(scope -> seen.add(scope.id()))
			.toList();
	}

	/** The scopes in which the user holds the role, e.g. the districts where they are propaganda staff. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> scopesWith(Role role) {
		Set<Long> seen = new LinkedHashSet<>();
		return get().unitsWith(role).stream().map(this.units::scopeOf).filter(s -> seen.add(s.id())).toList();
	}

	/** Every unit the user may see, in tree order. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> visibleUnits() {
		return this.units.subtrees(scopes().stream().map(OrgUnitView::path).toList());
	}

	/** The units of one kind the user may see, in tree order, e.g. the districts of the list's filter. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> visibleUnitsOfKind(OrgUnitKind kind) {
		return this.units.subtreesOfKind(scopes().stream().map(OrgUnitView::path).toList(), kind);
	}

	/** The ids of every unit the user may see, unordered: for filtering queries. */
	@Transactional(readOnly = true)
	public Set<Long> visibleUnitIds() {
		return this.units.subtreeIds(scopes().stream().map(OrgUnitView::path).toList());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canSee(Long unitId) {
		Optional<OrgUnitView> unit = this.units.find(unitId);
		return unit.isPresent() && scopes().stream().anyMatch(scope -> unit.get().isWithin(scope));
	}

	/** Throws 403 unless the user may see the unit. */
	public void requireVisible(Long unitId) {
		if (!canSee(unitId)) {
			throw new AccessDeniedException("unit " + unitId + " is outside the user's scope");
		}
	}

	/** Whether the user holds the role at a unit whose scope contains the given unit. */
	@Transactional(readOnly = true)
	public boolean hasRoleOver(Role role, Long unitId) {
		Optional<OrgUnitView> unit = this.units.find(unitId);
		return unit.isPresent() && scopesWith(role).stream().anyMatch(scope -> unit.get().isWithin(scope));
	}

}
