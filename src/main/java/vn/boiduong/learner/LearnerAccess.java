package vn.boiduong.learner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserScope;
import vn.boiduong.organization.OrgUnitView;

/**
 * Who may see learners' personal data, and who may enter learners (DESIGN §1, issue 9): the bodies of the
 * organizing committee that enrol them, the teaching institution, and the province above. A person sees
 * the learners of the committees where they hold one of these roles, and no others.
 */
final class LearnerAccess {

	/** Roles whose holders see the learners of their committee (or the province's). */
	static final List<Role> READERS = List.of(Role.DISTRICT_PROPAGANDA, Role.DISTRICT_ORGANIZATION, Role.CENTRE_DIRECTOR,
			Role.CENTRE_STAFF, Role.PROVINCE_PROPAGANDA);

	/** Roles whose holders enter learner lists for their committee: the organization board proposes. */
	static final List<Role> ENTERERS = List.of(Role.DISTRICT_ORGANIZATION, Role.DISTRICT_PROPAGANDA);

	private LearnerAccess() {
	}

	/** The scope units under which the user sees learners. */
	static List<Long> readableScopes(UserScope scope) {
		return ids(scopesWithAny(scope, READERS));
	}

	/** The committees for which the user may enter learners. */
	static List<OrgUnitView> committeesToEnterFor(UserScope scope) {
		return scopesWithAny(scope, ENTERERS);
	}

	static boolean mayRead(UserScope scope) {
		return READERS.stream().anyMatch(scope::has);
	}

	private static List<OrgUnitView> scopesWithAny(UserScope scope, List<Role> roles) {
		Map<Long, OrgUnitView> units = new LinkedHashMap<>();
		for (Role role : roles) {
			scope.scopesWith(role).forEach(u -> units.putIfAbsent(u.id(), u));
		}
		return List.copyOf(units.values());
	}

	private static List<Long> ids(List<OrgUnitView> units) {
		List<Long> ids = new ArrayList<>(units.size());
		units.forEach(u -> ids.add(u.id()));
		return ids;
	}

}
