package vn.boiduong.course;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.LearningRequirementView;
import vn.boiduong.curriculum.LessonView;
import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.identity.UserDirectory;

/**
 * The names a course refers to by id, in a fixed number of queries whatever the size of the course:
 * lessons from the curriculum's memory, units from the organization tree in memory, the elective topics
 * the course names and the people in one query each.
 */
@Component
class CourseNaming {

	private final CurriculumService curriculum;

	private final OrgUnitService units;

	private final UserDirectory directory;

	CourseNaming(CurriculumService curriculum, OrgUnitService units, UserDirectory directory) {
		this.curriculum = curriculum;
		this.units = units;
		this.directory = directory;
	}

	CourseNames names(Course course) {
		List<SessionFacts> sessions = new java.util.ArrayList<>();
		course.getSessions().forEach(s -> sessions.add(new SessionFacts(s.getElectiveTopicId(), s.getLecturerUserId())));
		return names(course, sessions);
	}

	/** What a session names: its elective topic and its lecturer (either may be null). */
	record SessionFacts(Long electiveTopicId, Long lecturerUserId) {
	}

	/** As {@link #names(Course)}, the sessions given (read without their entities). */
	CourseNames names(Course course, List<SessionFacts> sessions) {
		Map<Long, LessonView> lessons = new LinkedHashMap<>();
		Map<Long, Integer> positions = new HashMap<>();
		for (LessonView lesson : this.curriculum.lessons(course.getProgramId())) {
			lessons.put(lesson.id(), lesson);
			for (LearningRequirementView r : lesson.requirements()) {
				positions.put(r.id(), r.position());
			}
		}
		OrgTree tree = this.units.currentTree();
		// only the topics the course names (its choice, its sessions'), not every topic of its province
		Set<Long> topicIds = new LinkedHashSet<>(course.getElectiveTopicIds());
		sessions.forEach(s -> {
			if (s.electiveTopicId() != null) {
				topicIds.add(s.electiveTopicId());
			}
		});
		Map<Long, String> topics = this.curriculum.electiveTopicTitles(topicIds);
		Set<Long> userIds = new LinkedHashSet<>();
		if (course.getCreatedBy() != null) {
			userIds.add(course.getCreatedBy());
		}
		sessions.forEach(s -> {
			if (s.lecturerUserId() != null) {
				userIds.add(s.lecturerUserId());
			}
		});
		Map<Long, String> unitNames = new HashMap<>();
		for (Long id : new Long[] { course.getOrganizingUnitId(), course.getPoliticalCentreUnitId() }) {
			if (tree.name(id) != null) {
				unitNames.put(id, tree.name(id));
			}
		}
		return new CourseNames(lessons, positions, topics, this.directory.namesOf(userIds), unitNames);
	}

}
