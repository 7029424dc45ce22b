package vn.boiduong.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.RuleViolationException;

/**
 * Which units play which capacity for each organizing committee, on a given day (issue 8, item 1). The
 * rows are data (V70, {@code committee_capacity}), held in memory with the organization tree: a change
 * moves the tree's version (a trigger), and every node reloads both at its next request.
 */
@Component
public class CommitteeCapacities {

	private final OrgTreeCache trees;

	private final JdbcTemplate jdbc;

	private volatile Snapshot held;

	private static final String AUDIT_TYPE = "CommitteeCapacity";

	private final AuditLog audit;

	CommitteeCapacities(OrgTreeCache trees, JdbcTemplate jdbc, AuditLog audit) {
		this.audit = audit;
		this.trees = trees;
		this.jdbc = jdbc;
	}

	/** The units that play the capacity for the committee on the day, in order (concurring bodies by position). */
	public List<Long> unitsPlaying(Long committeeUnitId, Capacity capacity, LocalDate day) {
		List<Long> result = new ArrayList<>();
		for (CommitteeCapacity row : snapshot().byCommittee.getOrDefault(committeeUnitId, List.of())) {
			if (row.capacity() == capacity && row.validOn(day) && !result.contains(row.unitId())) {
				result.add(row.unitId());
			}
		}
		return result;
	}

	/** Whether the unit plays the capacity for the committee on the day. */
	public boolean plays(Long unitId, Long committeeUnitId, Capacity capacity, LocalDate day) {
		for (CommitteeCapacity row : snapshot().byCommittee.getOrDefault(committeeUnitId, List.of())) {
			if (row.capacity() == capacity && row.unitId().equals(unitId) && row.validOn(day)) {
				return true;
			}
		}
		return false;
	}

	/** The committees for which the unit plays the capacity on the day (e.g. those the provincial school teaches for). */
	public Set<Long> committeesServedBy(Long unitId, Capacity capacity, LocalDate day) {
		Set<Long> result = new LinkedHashSet<>();
		for (CommitteeCapacity row : snapshot().byUnit.getOrDefault(unitId, List.of())) {
			if (row.capacity() == capacity && row.validOn(day)) {
				result.add(row.committeeUnitId());
			}
		}
		return result;
	}

	/** Every row of the committee, in force or not, for its administration page. */
	public List<CommitteeCapacity> rowsOf(Long committeeUnitId) {
		return snapshot().byCommittee.getOrDefault(committeeUnitId, List.of());
	}

	/**
	 * From the day, the unit plays the capacity for the committee (a concurring body after those named
	 * before). Refused: a committee that is not one, a deciding body other than the committee, a teaching
	 * unit that is not a school or centre, a body outside the committee.
	 */
	@Transactional
	public void assign(Long committeeUnitId, Capacity capacity, Long unitId, LocalDate validFrom) {
		OrgTree tree = this.trees.current();
		OrgUnitView committee = tree.find(committeeUnitId)
			.orElseThrow(() -> new NotFoundException("OrgUnit", committeeUnitId));
		OrgUnitView unit = tree.find(unitId)
			.orElseThrow(() -> RuleViolationException.onField("unitId", "capacity.error.unitUnknown"));
		if (!mayPlay(tree, committee, capacity, unit)) {
			throw RuleViolationException.onField("unitId", "capacity.error.mayNotPlay", unit.name(), committee.name());
		}
		if (validFrom.isBefore(unit.validFrom())) {
			throw RuleViolationException.onField("validFrom", "capacity.error.beforeUnitOpened", unit.name());
		}
		Integer position = this.jdbc.queryForObject(
				"select coalesce(max(position) + 1, 0) from committee_capacity where committee_unit_id = ? and capacity = ?",
				Integer.class, committeeUnitId, capacity.name());
		this.jdbc.update("insert into committee_capacity (committee_unit_id, capacity, unit_id, position, valid_from) "
				+ "values (?, ?, ?, ?, ?) on conflict do nothing", committeeUnitId, capacity.name(), unitId, position,
				validFrom);
		invalidate();
		this.audit.record("COMMITTEE_CAPACITY_ASSIGNED", AUDIT_TYPE, committeeUnitId, null,
				Map.of("capacity", capacity.name(), "unitId", unitId, "validFrom", validFrom.toString()));
	}

	/**
	 * Whether the unit may play the capacity for the committee: the deciding body is the committee itself,
	 * the teaching institution a school or centre (of any committee), the other bodies the committee or one
	 * of its bodies.
	 */
	public static boolean mayPlay(OrgTree tree, OrgUnitView committee, Capacity capacity, OrgUnitView unit) {
		if (!committee.kind().isCommittee() || !capacity.isPerCommittee()) {
			return false;
		}
		return switch (capacity) {
			case DECIDING_BODY -> unit.id().equals(committee.id());
			case TEACHING_INSTITUTION -> unit.kind().isTeachingInstitution();
			default -> unit.id().equals(committee.id())
					|| tree.isWithin(unit.id(), committee.id()) && !unit.kind().isCommittee();
		};
	}

	/**
	 * The usual capacities a new unit takes on the day it opens (the administrator changes them after):
	 * a new committee decides for itself (a commune or ward committee also plans itself, taught by the
	 * province's political school); a new body of a committee plays what its kind usually plays there: a
	 * propaganda board plans, an organization or party-building board concurs and proposes the learners,
	 * an office concurs, a political centre or school teaches.
	 */
	@Transactional
	public void assignOnCreation(OrgUnitView unit) {
		OrgTree tree = this.trees.current();
		if (unit.kind().isCommittee()) {
			if (unit.kind() == OrgUnitKind.COMMUNE_COMMITTEE) {
				assign(unit.id(), Capacity.PLANNING_BODY, unit.id(), unit.validFrom());
				for (OrgUnitView above : tree.ancestorsAndSelf(unit.id())) {
					if (above.kind() == OrgUnitKind.PROVINCE) {
						tree.ofKindWithin(List.of(above.id()), OrgUnitKind.POLITICAL_SCHOOL)
							.stream()
							.filter(s -> !s.closed())
							.forEach(s -> assign(unit.id(), Capacity.TEACHING_INSTITUTION, s.id(),
									later(unit.validFrom(), s.validFrom())));
					}
				}
			}
			assign(unit.id(), Capacity.DECIDING_BODY, unit.id(), unit.validFrom());
			return;
		}
		OrgUnitView committee = unit.parentId() == null ? null : tree.find(unit.parentId()).orElse(null);
		if (committee != null && committee.kind().isCommittee()) {
			assignBody(committee, unit, unit.validFrom());
		}
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private void assignBody(OrgUnitView committee, OrgUnitView body, LocalDate validFrom) {
		switch (body.kind()) {
			// a special zone's propaganda and mass mobilization board plans, as a district's propaganda board did
			case PROPAGANDA_BOARD, PROPAGANDA_MASS_MOBILIZATION_BOARD ->
				assign(committee.id(), Capacity.PLANNING_BODY, body.id(), validFrom);
			case ORGANIZATION_BOARD, PARTY_BUILDING_BOARD -> {
				assign(committee.id(), Capacity.CONCURRING_BODY, body.id(), validFrom);
				assign(committee.id(), Capacity.ENROLLING_BODY, body.id(), validFrom);
			}
			case COMMITTEE_OFFICE -> assign(committee.id(), Capacity.CONCURRING_BODY, body.id(), validFrom);
			case POLITICAL_CENTRE, POLITICAL_SCHOOL ->
				assign(committee.id(), Capacity.TEACHING_INSTITUTION, body.id(), validFrom);
			default -> {
			}
		}
	}

	/** The row stops on the day (the last day it holds). */
	@Transactional
	public void end(Long rowId, LocalDate lastDay) {
		List<Long> committee = this.jdbc.queryForList("select committee_unit_id from committee_capacity where id = ?",
				Long.class, rowId);
		if (committee.isEmpty()) {
			throw RuleViolationException.onField("rowId", "capacity.error.rowUnknown");
		}
		int changed = this.jdbc.update("update committee_capacity set valid_to = ? where id = ? and valid_from <= ?",
				lastDay, rowId, lastDay);
		if (changed == 0) {
			throw RuleViolationException.onField("lastDay", "capacity.error.endBeforeStart");
		}
		invalidate();
		this.audit.record("COMMITTEE_CAPACITY_ENDED", AUDIT_TYPE, committee.get(0), null,
				Map.of("row", rowId, "lastDay", lastDay.toString()));
	}

	private Snapshot snapshot() {
		OrgTree tree = this.trees.current();
		Snapshot snapshot = this.held;
		if (snapshot != null && snapshot.version == tree.version()) {
			return snapshot;
		}
		synchronized (this) {
			snapshot = this.held;
			if (snapshot == null || snapshot.version != tree.version()) {
				snapshot = load(tree.version());
				this.held = snapshot;
			}
			return snapshot;
		}
	}

	private Snapshot load(long version) {
		List<CommitteeCapacity> rows = this.jdbc.query("""
				select id, committee_unit_id, capacity, unit_id, position, valid_from, valid_to
				from committee_capacity order by committee_unit_id, capacity, position, valid_from, id""",
				(rs, n) -> new CommitteeCapacity(rs.getLong(1), rs.getLong(2), Capacity.valueOf(rs.getString(3)),
						rs.getLong(4), rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)));
		Map<Long, List<CommitteeCapacity>> byCommittee = new HashMap<>();
		Map<Long, List<CommitteeCapacity>> byUnit = new HashMap<>();
		for (CommitteeCapacity row : rows) {
			byCommittee.computeIfAbsent(row.committeeUnitId(), k -> new ArrayList<>()).add(row);
			byUnit.computeIfAbsent(row.unitId(), k -> new ArrayList<>()).add(row);
		}
		byCommittee.values().forEach(l -> l.sort(Comparator.comparingInt(CommitteeCapacity::position)));
		byCommittee.replaceAll((k, v) -> List.copyOf(v));
		byUnit.replaceAll((k, v) -> List.copyOf(v));
		return new Snapshot(version, byCommittee, byUnit);
	}

	/** A change made on this node: the next reader reloads. */
	void invalidate() {
		this.held = null;
	}

	private record Snapshot(long version, Map<Long, List<CommitteeCapacity>> byCommittee,
			Map<Long, List<CommitteeCapacity>> byUnit) {
	}

}
