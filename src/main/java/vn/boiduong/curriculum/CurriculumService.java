package vn.boiduong.curriculum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.identity.Role;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.RuleViolationException;

/**
 * Reads the program for everyone and lets the provincial propaganda board manage its own local
 * elective topics. The compulsory lessons have no write path at all.
 */
@Service
public class CurriculumService {

	static final String AUDIT_TYPE = "ElectiveTopic";

	private final ProgramRepository programs;

	private final LessonRepository lessons;

	private final ElectiveTopicRepository topics;

	private final OrgUnitService units;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Clock clock;

	private final Map<Long, List<LessonView>> lessonsByProgram = new ConcurrentHashMap<>();

	CurriculumService(ProgramRepository programs, LessonRepository lessons, ElectiveTopicRepository topics,
			OrgUnitService units, CurrentUser currentUser, AuditLog audit, Clock clock) {
		this.programs = programs;
		this.lessons = lessons;
		this.topics = topics;
		this.units = units;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** The program new courses are planned with. */
	@Transactional(readOnly = true)
	public ProgramView currentProgram() {
		return this.programs.findByCurrentTrue()
			.map(Program::toView)
			.orElseThrow(() -> new NotFoundException("Program", "current"));
	}

	@Transactional(readOnly = true)
	public ProgramView program(Long id) {
		return this.programs.findById(id).map(Program::toView).orElseThrow(() -> new NotFoundException("Program", id));
	}

	@Transactional(readOnly = true)
	public List<ProgramView> programs() {
		return this.programs.findAllByOrderByVersionNoDesc().stream().map(Program::toView).toList();
	}

	/**
	 * The compulsory lessons of a program, each with its learning requirements. They have no write path
	 * (a new guidance is a new program), so each program's lessons are read once and kept.
	 */
	public List<LessonView> lessons(Long programId) {
		List<LessonView> known = this.lessonsByProgram.get(programId);
		if (known != null) {
			return known;
		}
		List<LessonView> read = this.lessons.findByProgramWithRequirements(programId).stream().map(Lesson::toView).toList();
		if (!read.isEmpty()) {
			this.lessonsByProgram.putIfAbsent(programId, read);
		}
		return read;
	}

	/** National topics and the local topics of the given provinces, retired ones included. */
	@Transactional(readOnly = true)
	public List<ElectiveTopicView> electiveTopics(Long programId, Collection<Long> provinceUnitIds) {
		List<Long> ids = provinceUnitIds.isEmpty() ? List.of(-1L) : List.copyOf(provinceUnitIds);
		return this.topics.findForProvinces(programId, ids).stream().map(ElectiveTopic::toView).toList();
	}

	/** The titles of the given topics, by id (none asked, no query). */
	@Transactional(readOnly = true)
	public Map<Long, String> electiveTopicTitles(Collection<Long> ids) {
		Map<Long, String> titles = new HashMap<>();
		if (!ids.isEmpty()) {
			for (Object[] row : this.topics.findTitles(ids.toArray(Long[]::new))) {
				titles.put(((Number) row[0]).longValue(), (String) row[1]);
			}
		}
		return titles;
	}

	/** The topics a course organized by the given unit may choose: national and its province's, not retired. */
	@Transactional(readOnly = true)
	public List<ElectiveTopicView> electiveTopicsAvailableTo(Long programId, Long unitId) {
		List<Long> provinces = this.units.ancestorsAndSelf(unitId)
			.stream()
			.filter(u -> u.kind() == OrgUnitKind.PROVINCE)
			.map(OrgUnitView::id)
			.toList();
		return electiveTopics(programId, provinces).stream().filter(t -> !t.retired()).toList();
	}

	@Transactional(readOnly = true)
	public ElectiveTopicView electiveTopic(Long id) {
		return load(id).toView();
	}

	/** A local topic the current user may change (as staff of its province), for its edit form; 403 otherwise. */
	@Transactional(readOnly = true)
	public ElectiveTopicView localTopicForChange(Long id) {
		ElectiveTopic topic = load(id);
		requireLocalOfManagedProvince(topic);
		return topic.toView();
	}

	/** The provinces whose local topics the current user manages (as provincial propaganda staff). */
	@Transactional(readOnly = true)
	public List<OrgUnitView> provincesManagedByCurrentUser() {
		return this.currentUser.scopesWith(Role.PROVINCE_PROPAGANDA)
			.stream()
			.filter(u -> u.kind() == OrgUnitKind.PROVINCE)
			.toList();
	}

	/** The provinces the current user works in (their own, or the one above their district). */
	@Transactional(readOnly = true)
	public List<OrgUnitView> provincesOfCurrentUser() {
		java.util.Map<Long, OrgUnitView> provinces = new java.util.LinkedHashMap<>();
		for (OrgUnitView scope : this.currentUser.scopes()) {
			this.units.ancestorsAndSelf(scope.id())
				.stream()
				.filter(u -> u.kind() == OrgUnitKind.PROVINCE)
				.forEach(u -> provinces.putIfAbsent(u.id(), u));
		}
		return List.copyOf(provinces.values());
	}

	@Transactional
	public ElectiveTopicView addLocalTopic(Long programId, Long provinceUnitId, String title, String description) {
		requireManages(provinceUnitId);
		program(programId);
		ElectiveTopic topic = this.topics.save(new ElectiveTopic(programId, provinceUnitId,
				this.topics.maxPosition(programId) + 1, title.trim(), blankToNull(description)));
		this.topics.flush();
		this.audit.record("ELECTIVE_TOPIC_ADDED", AUDIT_TYPE, topic.getId(), null, topic.toView());
		return topic.toView();
	}

	@Transactional
	public ElectiveTopicView editLocalTopic(Long id, long expectedVersion, String title, String description) {
		ElectiveTopic topic = loadLocalForChange(id, expectedVersion);
		ElectiveTopicView before = topic.toView();
		topic.edit(title.trim(), blankToNull(description));
		this.topics.flush();
		this.audit.record("ELECTIVE_TOPIC_EDITED", AUDIT_TYPE, id, before, topic.toView());
		return topic.toView();
	}

	@Transactional
	public ElectiveTopicView retireLocalTopic(Long id, long expectedVersion) {
		ElectiveTopic topic = loadLocalForChange(id, expectedVersion);
		ElectiveTopicView before = topic.toView();
		if (before.retired()) {
			throw new RuleViolationException("elective.error.alreadyRetired", before.title());
		}
		topic.retire(LocalDate.now(this.clock));
		this.topics.flush();
		this.audit.record("ELECTIVE_TOPIC_RETIRED", AUDIT_TYPE, id, before, topic.toView());
		return topic.toView();
	}

	@Transactional
	public ElectiveTopicView restoreLocalTopic(Long id, long expectedVersion) {
		ElectiveTopic topic = loadLocalForChange(id, expectedVersion);
		ElectiveTopicView before = topic.toView();
		topic.restore();
		this.topics.flush();
		this.audit.record("ELECTIVE_TOPIC_RESTORED", AUDIT_TYPE, id, before, topic.toView());
		return topic.toView();
	}

	private ElectiveTopic loadLocalForChange(Long id, long expectedVersion) {
		ElectiveTopic topic = load(id);
		requireLocalOfManagedProvince(topic);
		if (topic.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(ElectiveTopic.class, id);
		}
		return topic;
	}

	private void requireLocalOfManagedProvince(ElectiveTopic topic) {
		if (topic.isNational()) {
			throw new AccessDeniedException("national elective topics are not edited through the application");
		}
		requireManages(topic.getProvinceUnitId());
	}

	private void requireManages(Long provinceUnitId) {
		boolean manages = provincesManagedByCurrentUser().stream().anyMatch(p -> p.id().equals(provinceUnitId));
		if (!manages) {
			throw new AccessDeniedException("not provincial propaganda staff of unit " + provinceUnitId);
		}
	}

	private ElectiveTopic load(Long id) {
		return this.topics.findById(id).orElseThrow(() -> new NotFoundException("ElectiveTopic", id));
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
