package vn.boiduong.course;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserScope;

/**
 * Who plays which capacity for a course. Until the two-level era (issue 8) maps capacities to units
 * with validity dates, each capacity is today's district role over the course's organizing committee
 * (the teaching institution: the centre's roles at the course's political centre).
 */
@Component
class CapacityHolders {

	/** Whether the user, as their scope says, plays the capacity (for a concurring body: that body) for the course. */
	boolean plays(UserScope scope, Capacity capacity, ConcurrenceBody body, CourseRef course) {
		return switch (capacity) {
			case ORGANIZING_COMMITTEE -> anyOver(scope, course.organizingUnitId(), Role.DISTRICT_PROPAGANDA,
					Role.DISTRICT_ORGANIZATION, Role.DISTRICT_OFFICE, Role.DISTRICT_COMMITTEE);
			case PLANNING_BODY -> scope.hasRoleOver(Role.DISTRICT_PROPAGANDA, course.organizingUnitId());
			case CONCURRING_BODY -> body != null && scope.hasRoleOver(body.role(), course.organizingUnitId());
			case DECIDING_BODY -> scope.hasRoleOver(Role.DISTRICT_COMMITTEE, course.organizingUnitId());
			case TEACHING_INSTITUTION -> anyOver(scope, course.politicalCentreUnitId(), Role.CENTRE_DIRECTOR,
					Role.CENTRE_STAFF, Role.LECTURER);
			case REVIEWING_BODY -> scope.hasRoleOver(Role.PROVINCE_PROPAGANDA, course.organizingUnitId());
			case ENROLLING_BODY -> scope.hasRoleOver(Role.DISTRICT_ORGANIZATION, course.organizingUnitId());
			case CLASS_MANAGEMENT -> anyOver(scope, course.politicalCentreUnitId(), Role.CENTRE_DIRECTOR,
					Role.CENTRE_STAFF);
			case LECTURER -> scope.hasRoleOver(Role.LECTURER, course.politicalCentreUnitId());
		};
	}

	private static boolean anyOver(UserScope scope, Long unitId, Role... roles) {
		return List.of(roles).stream().anyMatch(r -> scope.hasRoleOver(r, unitId));
	}

	/** What the capacities of a course depend on. */
	record CourseRef(Long organizingUnitId, Long politicalCentreUnitId) {

		static CourseRef of(Course course) {
			return new CourseRef(course.getOrganizingUnitId(), course.getPoliticalCentreUnitId());
		}

	}

}
