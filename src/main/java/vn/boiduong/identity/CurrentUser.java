package vn.boiduong.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.boiduong.organization.OrgTree;
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

	private static final String REQUEST_ATTRIBUTE = UserScope.class.getName();

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

	/**
	 * What the signed-in user may see and do, built once per request (kept in the request's attributes;
	 * outside a request, built at each call). Every method below answers from it.
	 */
	public UserScope scope() {
		AccountPrincipal principal = find().orElse(null);
		if (principal == null) {
			return UserScope.anonymous();
		}
		OrgTree tree = this.units.currentTree();
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof UserScope scope
				&& scope.isFor(principal, tree)) {
			return scope;
		}
		// The principal is current: SignedInSessions compared its versions with the account's at the
		// start of this request (and read its roles again if they changed), so the scope is built from the
		// authorizations as they are now.
		UserScope scope = UserScope.of(principal, tree);
		if (request != null) {
			request.setAttribute(REQUEST_ATTRIBUTE, scope, RequestAttributes.SCOPE_REQUEST);
		}
		return scope;
	}

	/** The scope units (province or district committees) whose subtrees the user may see. */
	public List<OrgUnitView> scopes() {
		get();
		return scope().scopes();
	}

	/** The scopes in which the user holds the role, e.g. the districts where they are propaganda staff. */
	public List<OrgUnitView> scopesWith(Role role) {
		get();
		return scope().scopesWith(role);
	}

	/** Every unit the user may see, in tree order. */
	public List<OrgUnitView> visibleUnits() {
		get();
		return scope().visibleUnits();
	}

	/** The units of one kind the user may see, in tree order, e.g. the districts of the list's filter. */
	public List<OrgUnitView> visibleUnitsOfKind(OrgUnitKind kind) {
		get();
		return scope().visibleUnitsOfKind(kind);
	}

	/** The ids of every unit the user may see, unordered (prefer joining on {@link UserScope#scopeUnitIds()}). */
	public Set<Long> visibleUnitIds() {
		Set<Long> ids = new LinkedHashSet<>();
		visibleUnits().forEach(u -> ids.add(u.id()));
		return ids;
	}

	@Override
	public boolean canSee(Long unitId) {
		get();
		return scope().canSee(unitId);
	}

	/** Throws 403 unless the user may see the unit. */
	public void requireVisible(Long unitId) {
		if (!canSee(unitId)) {
			throw new AccessDeniedException("unit " + unitId + " is outside the user's scope");
		}
	}

	/** Whether the user holds the role at a unit whose scope contains the given unit. */
	public boolean hasRoleOver(Role role, Long unitId) {
		get();
		return scope().hasRoleOver(role, unitId);
	}

}
