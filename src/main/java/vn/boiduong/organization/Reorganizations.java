package vn.boiduong.organization;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.shared.RuleViolationException;

/**
 * The administrator's reorganization (sắp xếp tổ chức bộ máy, issue 8, item 2): on a day, today or later,
 * units close and each is continued by a successor, existing or created with it; the grassroots
 * organizations and party cells of a closing committee go under its successor on that day; the bodies
 * closing with their committee (its boards, office, centre) close on the same day unless they have a
 * row of their own. Nothing is deleted: the closed units keep their names and their history, which the
 * successors see ({@link OrgTree#historyRootsOf}). A later day changes nothing before it: the closing units
 * work until the day before, the successors' new roles act from the day, the grassroots units move on it.
 * One transaction: the tree, the successions, the roles moved by the identity module
 * ({@link UnitsReorganized}) and the audit stand or fall together.
 */
@Service
public class Reorganizations {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private final OrgUnitRepository units;

	private final OrgUnitService service;

	private final OrgTreeCache trees;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	Reorganizations(OrgUnitRepository units, OrgUnitService service, OrgTreeCache trees, JdbcTemplate jdbc,
			AuditLog audit, ApplicationEventPublisher events) {
		this.units = units;
		this.service = service;
		this.trees = trees;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	/** Today in Vietnam: the first day a reorganization may take effect. */
	public LocalDate today() {
		return this.service.today();
	}

	/**
	 * What a reorganization did: the successions, every unit closed, those among them closed with their
	 * committee without a successor of their own (the roles held there end), the units moved.
	 */
	public record Outcome(LocalDate on, List<OrgUnitSuccession> successions, List<Long> closedUnitIds,
			List<Long> closedWithoutSuccessorIds, List<Long> movedUnitIds) {
	}

	@Transactional
	public Outcome reorganize(Reorganization plan) {
		Long version = this.jdbc.queryForObject("select version from org_unit_tree_version where id = 1 for update",
				Long.class);
		OrgTree tree = this.trees.current();
		if (plan.treeVersion() == null || !plan.treeVersion().equals(version) || tree.version() != version) {
			throw new ObjectOptimisticLockingFailureException(OrgUnit.class, "tree");
		}
		LocalDate on = plan.on();
		List<RuleViolationException> problems = new ArrayList<>();
		if (on == null) {
			problems.add(RuleViolationException.onField("on", "reorganize.error.noDate"));
			throw new ReorganizationRejected(problems);
		}
		if (on.isBefore(today())) {
			problems.add(RuleViolationException.onField("on", "reorganize.error.past"));
		}
		Map<Integer, Reorganization.Closure> rows = new LinkedHashMap<>();
		for (int i = 0; i < plan.closures().size(); i++) {
			if (!plan.closures().get(i).blank()) {
				rows.put(i, plan.closures().get(i));
			}
		}
		if (rows.isEmpty()) {
			problems.add(new RuleViolationException("reorganize.error.nothing"));
		}
		Set<Long> closing = new HashSet<>();
		rows.values().forEach(c -> closing.add(c.unitId()));
		Map<Integer, OrgUnitView> closingUnits = new LinkedHashMap<>();
		rows.forEach((i, row) -> {
			OrgUnitView unit = checkClosing(tree, on, i, row, closingUnits, problems);
			if (unit != null) {
				closingUnits.put(i, unit);
			}
			checkSuccessor(tree, on, i, row, unit, closing, problems);
		});
		// the bodies that close with their committee, and the grassroots units that go under its successor
		Map<Long, Long> movedTo = new LinkedHashMap<>();
		Set<Long> closedWith = new LinkedHashSet<>();
		closingUnits.forEach((i, unit) -> {
			for (OrgUnitView below : tree.subtree(unit.id())) {
				if (below.id().equals(unit.id()) || below.closedOn(on) || closing.contains(below.id())
						|| insideAny(tree, below.id(), movedTo.keySet())) {
					continue;
				}
				if (plan.moveGrassroots() && below.kind().isGrassroots() && unit.id().equals(below.parentId())) {
					movedTo.put(below.id(), unit.id());
				}
				else if (below.validFrom().isAfter(on)) {
					problems.add(RuleViolationException.onField("closures[" + i + "].unitId",
							"reorganize.error.childOpensLater", below.name(), unit.name()));
				}
				else {
					closedWith.add(below.id());
				}
			}
		});
		closedWith.removeIf(id -> insideAny(tree, id, movedTo.keySet()));
		if (!problems.isEmpty()) {
			throw new ReorganizationRejected(problems);
		}
		return apply(plan, on, rows, closingUnits, movedTo, closedWith);
	}

	private Outcome apply(Reorganization plan, LocalDate on, Map<Integer, Reorganization.Closure> rows,
			Map<Integer, OrgUnitView> closingUnits, Map<Long, Long> movedTo, Set<Long> closedWith) {
		Map<Long, Long> successorOf = new LinkedHashMap<>();
		rows.forEach((i, row) -> {
			Long successor = row.successorId();
			if (successor == null) {
				Reorganization.NewUnit n = row.newSuccessor();
				successor = this.service.create(n.kind(), n.name(), n.shortName(), n.parentId(), on).id();
			}
			successorOf.put(closingUnits.get(i).id(), successor);
		});
		List<Long> closed = new ArrayList<>();
		Map<Long, OrgUnitView> before = new LinkedHashMap<>();
		for (Long id : concat(successorOf.keySet(), closedWith)) {
			OrgUnit unit = this.units.findById(id).orElseThrow();
			before.put(id, unit.toView());
			unit.close(on);
			closed.add(id);
		}
		this.units.flush();
		List<OrgUnitSuccession> successions = new ArrayList<>();
		successorOf.forEach((predecessor, successor) -> {
			this.jdbc.update("insert into org_unit_succession (predecessor_id, successor_id, succeeded_on) values (?, ?, ?)",
					predecessor, successor, on);
			successions.add(new OrgUnitSuccession(predecessor, successor, on));
		});
		boolean now = !on.isAfter(today());
		movedTo.forEach((unitId, closingParent) -> {
			Long successor = successorOf.get(closingParent);
			if (now) {
				this.service.moveUnder(this.units.findById(unitId).orElseThrow(),
						this.units.findById(successor).orElseThrow());
			}
			else {
				this.jdbc.update("""
						insert into org_unit_pending_move (unit_id, new_parent_id, move_on) values (?, ?, ?)
						on conflict (unit_id) do update set new_parent_id = excluded.new_parent_id, move_on = excluded.move_on""",
						unitId, successor, on);
			}
		});
		this.trees.invalidate();
		Outcome outcome = new Outcome(on, successions, closed, List.copyOf(closedWith), List.copyOf(movedTo.keySet()));
		for (Long id : closed) {
			this.audit.record("ORG_UNIT_CLOSED", OrgUnitService.AUDIT_TYPE, id, before.get(id),
					this.units.findById(id).orElseThrow().toView());
		}
		Map<String, Object> done = new LinkedHashMap<>();
		done.put("on", on);
		done.put("successions", successions);
		done.put("closedWith", closedWith);
		done.put("moved", movedTo.keySet());
		done.put("movedOnTheDay", !now);
		done.put("rolesMove", plan.moveRoles());
		this.audit.record("UNITS_REORGANIZED", OrgUnitService.AUDIT_TYPE, successions.get(0).predecessorId(), null,
				done);
		this.events.publishEvent(new OrgUnitChanged(successions.get(0).predecessorId()));
		closed.forEach(id -> this.events.publishEvent(new OrgUnitClosed(id, on)));
		this.events.publishEvent(new UnitsReorganized(on, successions, closed, outcome.movedUnitIds(), plan.moveRoles()));
		return outcome;
	}

	private OrgUnitView checkClosing(OrgTree tree, LocalDate on, int i, Reorganization.Closure row,
			Map<Integer, OrgUnitView> earlier, List<RuleViolationException> problems) {
		String field = "closures[" + i + "].unitId";
		if (row.unitId() == null) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.unitMissing"));
			return null;
		}
		OrgUnitView unit = tree.find(row.unitId()).orElse(null);
		if (unit == null) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.unitUnknown"));
			return null;
		}
		if (earlier.values().stream().anyMatch(u -> u.id().equals(unit.id()))) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.twice", unit.name()));
			return null;
		}
		if (unit.closed()) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.alreadyClosing", unit.name(),
					shown(unit.validTo())));
			return null;
		}
		if (on.isBefore(unit.validFrom())) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.beforeOpening", unit.name(),
					shown(unit.validFrom())));
			return null;
		}
		return unit;
	}

	private void checkSuccessor(OrgTree tree, LocalDate on, int i, Reorganization.Closure row, OrgUnitView unit,
			Set<Long> closing, List<RuleViolationException> problems) {
		String prefix = "closures[" + i + "].";
		Reorganization.NewUnit created = row.newSuccessor() == null || row.newSuccessor().blank() ? null
				: row.newSuccessor();
		if (row.successorId() != null && created != null) {
			problems.add(RuleViolationException.onField(prefix + "successorId", "reorganize.error.successorEither"));
			return;
		}
		if (row.successorId() == null && created == null) {
			problems.add(RuleViolationException.onField(prefix + "successorId", "reorganize.error.successorMissing"));
			return;
		}
		if (created != null) {
			checkNewUnit(tree, on, prefix, created, unit, closing, problems);
			return;
		}
		String field = prefix + "successorId";
		OrgUnitView successor = tree.find(row.successorId()).orElse(null);
		if (successor == null) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.unitUnknown"));
		}
		else if (unit != null && successor.id().equals(unit.id())) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.self", unit.name()));
		}
		else if (closing.contains(successor.id()) || unit != null && !tree.isWithin(successor.id(), unit.id())
				&& closing.stream().anyMatch(c -> c != null && tree.isWithin(successor.id(), c))) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.successorCloses", successor.name()));
		}
		else if (unit != null && tree.isWithin(successor.id(), unit.id())) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.successorInside", successor.name(),
					unit.name()));
		}
		else if (!successor.openOn(on)) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.successorNotOpen", successor.name(),
					shown(on)));
		}
		else if (unit != null && !successor.kind().maySucceed(unit.kind())) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.wrongKind", successor.name(),
					unit.name()));
		}
		else if (unit != null && leadsBackTo(tree, successor.id(), unit.id())) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.cycle", successor.name(), unit.name()));
		}
	}

	private void checkNewUnit(OrgTree tree, LocalDate on, String prefix, Reorganization.NewUnit created,
			OrgUnitView unit, Set<Long> closing, List<RuleViolationException> problems) {
		if (created.kind() == null) {
			problems.add(RuleViolationException.onField(prefix + "newKind", "reorganize.error.newKindMissing"));
		}
		else if (unit != null && !created.kind().maySucceed(unit.kind())) {
			problems.add(RuleViolationException.onField(prefix + "newKind", "reorganize.error.newWrongKind", unit.name()));
		}
		if (created.name() == null || created.name().isBlank()) {
			problems.add(RuleViolationException.onField(prefix + "newName", "reorganize.error.newNameMissing"));
		}
		else if (created.name().trim().length() > 255) {
			problems.add(RuleViolationException.onField(prefix + "newName", "reorganize.error.tooLong", 255));
		}
		if (created.shortName() != null && created.shortName().trim().length() > 40) {
			problems.add(RuleViolationException.onField(prefix + "newShortName", "reorganize.error.tooLong", 40));
		}
		String field = prefix + "newParentId";
		OrgUnitView parent = created.parentId() == null ? null : tree.find(created.parentId()).orElse(null);
		if (parent == null) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.newParentMissing"));
		}
		else if (closing.stream().anyMatch(c -> c != null && tree.isWithin(parent.id(), c))) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.parentCloses", parent.name()));
		}
		else if (!parent.openOn(on)) {
			problems.add(RuleViolationException.onField(field, "reorganize.error.successorNotOpen", parent.name(),
					shown(on)));
		}
	}

	/** Whether following successors from a unit reaches the other: naming it would make a cycle. */
	private static boolean leadsBackTo(OrgTree tree, Long from, Long target) {
		Set<Long> seen = new HashSet<>();
		for (Long current = from; current != null && seen.add(current); current = tree.successorOf(current).orElse(null)) {
			if (current.equals(target)) {
				return true;
			}
		}
		return false;
	}

	private static String shown(LocalDate day) {
		return SHOWN.format(day);
	}

	private static boolean insideAny(OrgTree tree, Long unitId, Set<Long> roots) {
		for (Long root : roots) {
			if (tree.isWithin(unitId, root)) {
				return true;
			}
		}
		return false;
	}

	private static List<Long> concat(Set<Long> a, Set<Long> b) {
		List<Long> all = new ArrayList<>(a);
		b.stream().filter(id -> !a.contains(id)).forEach(all::add);
		return all;
	}

	/**
	 * Moves the grassroots units whose day has come under the successor named for them; each row once, even
	 * with several nodes running this at the same moment (a row lock, skipped by the others).
	 */
	@Transactional
	public int applyDueMoves(LocalDate day) {
		List<long[]> due = this.jdbc.query("""
				select unit_id, new_parent_id from org_unit_pending_move where move_on <= ?
				order by move_on, unit_id for update skip locked""", (rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) },
				day);
		for (long[] move : due) {
			OrgUnit unit = this.units.findById(move[0]).orElseThrow();
			OrgUnit parent = this.units.findById(move[1]).orElseThrow();
			OrgUnitView before = unit.toView();
			if (!parent.getPath().startsWith(unit.getPath())) {
				this.service.moveUnder(unit, parent);
				this.audit.record("ORG_UNIT_MOVED", OrgUnitService.AUDIT_TYPE, unit.getId(), before,
						Map.of("parentId", parent.getId(), "on", day));
			}
			this.jdbc.update("delete from org_unit_pending_move where unit_id = ?", move[0]);
		}
		if (!due.isEmpty()) {
			this.trees.invalidate();
			this.events.publishEvent(new OrgUnitChanged(due.get(0)[0]));
		}
		return due.size();
	}

	/** The grassroots units waiting for their day to move, with the unit each goes under. */
	public Map<Long, Long> pendingMoves() {
		Map<Long, Long> moves = new LinkedHashMap<>();
		this.jdbc.query("select unit_id, new_parent_id from org_unit_pending_move order by move_on, unit_id",
				rs -> {
					moves.put(rs.getLong(1), rs.getLong(2));
				});
		return moves;
	}

}
