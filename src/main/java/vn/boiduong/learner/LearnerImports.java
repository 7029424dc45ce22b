package vn.boiduong.learner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CourseService;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.identity.UserScope;
import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.NotFoundException;

/**
 * Importing a learner list into the registry (issue 9): the file is checked row by row, and only a file
 * with no bad row is kept and previewed (new learners, and those already registered, shown by what
 * confirms them); on confirmation every new learner is registered in one transaction, or none. A list
 * confirmed twice (a double click, a resent form) is imported once.
 */
@Service
public class LearnerImports {

	static final String AUDIT_TYPE = "LearnerImport";

	private final LearnerSheet sheet;

	private final LearnerSheetTemplate template;

	private final LearnerRegistry registry;

	private final CurrentUser currentUser;

	private final OrgUnitService units;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final Roster roster;

	private final CourseService courses;

	LearnerImports(MessageSource messages, LearnerRegistry registry, CurrentUser currentUser, OrgUnitService units,
			JdbcTemplate jdbc, AuditLog audit, Clock clock, Roster roster, CourseService courses) {
		this.roster = roster;
		this.courses = courses;
		this.sheet = new LearnerSheet(messages);
		this.template = new LearnerSheetTemplate(messages);
		this.registry = registry;
		this.currentUser = currentUser;
		this.units = units;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** One row of a previewed list: a new learner, or the registered learner who is the same person. */
	public record PreviewRow(LearnerSheet.LearnerRow row, Optional<LearnerRegistry.LearnerMatch> match) {
	}

	/** A list ready to confirm. */
	public record Preview(UUID id, Long unitId, String unitName, String fileName, List<PreviewRow> rows, boolean confirmed,
			Long courseId) {

		public long newCount() {
			return this.rows.stream().filter(r -> r.match().isEmpty()).count();
		}

		public long matchedCount() {
			return this.rows.size() - newCount();
		}

	}

	/** What an upload gave: the problems to show, or the id of the list kept for its preview. */
	public record Upload(List<LearnerSheet.Problem> problems, UUID id) {
	}

	/** The committees for which the user may import learners. */
	public List<OrgUnitView> committees() {
		return LearnerAccess.committeesToEnterFor(this.currentUser.scope());
	}

	/** The template, with the party organizations of the committee to choose from. */
	@Transactional(readOnly = true)
	public byte[] template(Long unitId) {
		return this.template.build(List.copyOf(partyOrganizations(committee(unitId)).keySet()));
	}

	/** Checks every row; keeps the file for its preview only when no row is bad. */
	@Transactional
	public Upload upload(Long unitId, String fileName, byte[] content) {
		return upload(unitId, null, fileName, content);
	}

	/**
	 * As {@link #upload(Long, String, byte[])}, for the roster of a course of the committee (null: the
	 * registry only): the confirmed list also proposes its learners for the course.
	 */
	@Transactional
	public Upload upload(Long unitId, Long courseId, String fileName, byte[] content) {
		OrgUnitView committee = committee(unitId);
		if (courseId != null
				&& !this.courses.require(courseId, CourseAction.PROPOSE_LEARNERS).organizingUnitId().equals(committee.id())) {
			throw new AccessDeniedException("course " + courseId + " is not of unit " + unitId);
		}
		LearnerSheet.Result result = read(committee, content);
		if (!result.good()) {
			return new Upload(result.problems(), null);
		}
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into learner_import (id, unit_id, user_id, file_name, content, uploaded_at, course_id)
				values (?, ?, ?, ?, ?, ?, ?)""", id, committee.id(), this.currentUser.get().getId(),
				fileName == null || fileName.isBlank() ? "-" : fileName.strip(), content,
				java.sql.Timestamp.from(Instant.now(this.clock)), courseId);
		return new Upload(List.of(), id);
	}

	/** The kept list, read again, with each row's match in the registry. */
	@Transactional(readOnly = true)
	public Preview preview(UUID id) {
		Stored stored = load(id, false);
		OrgUnitView committee = committee(stored.unitId());
		LearnerSheet.Result result = read(committee, stored.content());
		List<Optional<LearnerRegistry.LearnerMatch>> matches = this.registry
			.findSamePeople(result.rows().stream().map(LearnerDetails::of).toList());
		List<PreviewRow> rows = new ArrayList<>();
		for (int i = 0; i < result.rows().size(); i++) {
			rows.add(new PreviewRow(result.rows().get(i), matches.get(i)));
		}
		return new Preview(id, committee.id(), committee.name(), stored.fileName(), rows, stored.confirmed(),
				stored.courseId());
	}

	/**
	 * Registers every new learner of the list, all or none; the problems found when the list is read again
	 * (the registry or the organization may have changed since the preview), or an empty list when done.
	 * A list already confirmed changes nothing.
	 */
	@Transactional
	public List<LearnerSheet.Problem> confirm(UUID id) {
		Stored stored = load(id, true);
		if (stored.confirmed()) {
			return List.of();
		}
		OrgUnitView committee = committee(stored.unitId());
		LearnerSheet.Result result = read(committee, stored.content());
		if (!result.good()) {
			return result.problems();
		}
		// The same people as registered learners are found for all rows at once, the new ones registered in one
		// batch (DESIGN §8: 250 rows in under a second); a row that is the same person as a new row above it (the
		// name, birth date and party organization) is that learner, as if the rows had been registered one by one.
		List<LearnerDetails> people = result.rows().stream().map(LearnerDetails::of).toList();
		List<Optional<LearnerRegistry.LearnerMatch>> matches = this.registry.findSamePeople(people);
		List<LearnerDetails> fresh = new ArrayList<>();
		Map<String, Integer> freshByPerson = new HashMap<>();
		int[] position = new int[people.size()];
		for (int i = 0; i < people.size(); i++) {
			LearnerDetails p = people.get(i);
			if (matches.get(i).isPresent()) {
				continue;
			}
			String person = p.birthDate() == null || p.partyOrganizationId() == null ? null
					: VietnameseNames.searchKey(p.fullName()) + "|" + p.birthDate() + "|" + p.partyOrganizationId();
			Integer earlier = person == null ? null : freshByPerson.get(person);
			if (earlier != null) {
				position[i] = earlier;
				continue;
			}
			position[i] = fresh.size();
			fresh.add(p);
			if (person != null) {
				freshByPerson.put(person, position[i]);
			}
		}
		List<Long> registeredIds = this.registry.registerAll(fresh, committee.id());
		int registered = registeredIds.size();
		List<Long> learnerIds = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			learnerIds.add(matches.get(i).isPresent() ? matches.get(i).get().learnerId() : registeredIds.get(position[i]));
		}
		if (stored.courseId() != null) {
			this.roster.proposeAll(stored.courseId(), learnerIds.stream().distinct().toList(), null);
		}
		this.jdbc.update("update learner_import set confirmed_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now(this.clock)), id);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("file", stored.fileName());
		after.put("rows", result.rows().size());
		after.put("registered", registered);
		after.put("courseId", stored.courseId());
		this.audit.record("LEARNER_LIST_IMPORTED", AUDIT_TYPE, id, null, after);
		return List.of();
	}

	private LearnerSheet.Result read(OrgUnitView committee, byte[] content) {
		Map<String, Long> byKey = new HashMap<>();
		partyOrganizations(committee).forEach((label, id) -> byKey.put(VietnameseNames.searchKey(label), id));
		return this.sheet.read(content, label -> Optional.ofNullable(byKey.get(VietnameseNames.searchKey(label))),
				LocalDate.now(this.clock));
	}

	/**
	 * The open grassroots organizations and party cells of the committee, by the label the template lists:
	 * the name, followed by the unit above when two share a name.
	 */
	private Map<String, Long> partyOrganizations(OrgUnitView committee) {
		OrgTree tree = this.units.currentTree();
		List<OrgUnitView> found = new ArrayList<>();
		for (OrgUnitKind kind : List.of(OrgUnitKind.GRASSROOTS_ORGANIZATION, OrgUnitKind.PARTY_CELL)) {
			tree.ofKindWithin(List.of(committee.id()), kind).stream().filter(u -> !u.closed()).forEach(found::add);
		}
		Map<String, Integer> sameName = new HashMap<>();
		found.forEach(u -> sameName.merge(VietnameseNames.searchKey(u.name()), 1, Integer::sum));
		Map<String, Long> byLabel = new LinkedHashMap<>();
		for (OrgUnitView unit : found) {
			String label = unit.name();
			if (sameName.get(VietnameseNames.searchKey(unit.name())) > 1 && unit.parentId() != null) {
				label = unit.name() + " (" + tree.name(unit.parentId()) + ")";
			}
			byLabel.put(label, unit.id());
		}
		return byLabel;
	}

	private OrgUnitView committee(Long unitId) {
		UserScope scope = this.currentUser.scope();
		return LearnerAccess.committeesToEnterFor(scope)
			.stream()
			.filter(u -> u.id().equals(unitId))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("may not enter learners for unit " + unitId));
	}

	private record Stored(Long unitId, Long userId, String fileName, byte[] content, boolean confirmed, Long courseId) {
	}

	private Stored load(UUID id, boolean forUpdate) {
		List<Stored> found = this.jdbc.query("""
				select unit_id, user_id, file_name, content, confirmed_at is not null as confirmed, course_id
				from learner_import where id = ?""" + (forUpdate ? " for update" : ""),
				(rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4), rs.getBoolean(5),
						rs.getObject(6, Long.class)), id);
		if (found.isEmpty()) {
			throw new NotFoundException(AUDIT_TYPE, id);
		}
		Stored stored = found.get(0);
		if (!stored.userId().equals(this.currentUser.get().getId())) {
			throw new AccessDeniedException("another user's learner list");
		}
		return stored;
	}

}
