package vn.boiduong.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.shared.NotFoundException;
import vn.boiduong.shared.RuleViolationException;

/**
 * The organization tree: reading it for every module, and changing it for the administrator.
 * Authorization of the administration pages is decided by the security configuration (ADMIN only);
 * which units a user may see is decided in the identity module from this tree.
 */
@Service
public class OrgUnitService {

	static final String AUDIT_TYPE = "OrgUnit";

	private final OrgUnitRepository units;

	private final AuditLog audit;

	private final OrgTreeCache trees;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CommitteeCapacities capacities;

	OrgUnitService(OrgUnitRepository units, AuditLog audit, OrgTreeCache trees, ApplicationEventPublisher events,
			Clock clock, CommitteeCapacities capacities) {
		this.capacities = capacities;
		this.units = units;
		this.audit = audit;
		this.trees = trees;
		this.events = events;
		this.clock = clock;
	}

	/** Today in Vietnam: a unit closing on a later day is open until then (issue 8). */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(Reorganizations.ZONE));
	}

	/** Drops the tree held in memory (the reload sees this transaction's change) and tells the other modules. */
	private void changed(Long unitId) {
		this.trees.invalidate();
		this.events.publishEvent(new OrgUnitChanged(unitId));
	}

	/** The current organization tree, held in memory and checked against the database once per request. */
	public OrgTree currentTree() {
		return this.trees.current();
	}

	public List<OrgUnitView> tree() {
		return currentTree().all();
	}

	public Optional<OrgUnitView> find(Long id) {
		return currentTree().find(id);
	}

	public OrgUnitView get(Long id) {
		return currentTree().get(id);
	}

	/** The units of the given ids that exist, in the order given. */
	public List<OrgUnitView> findAll(Collection<Long> ids) {
		OrgTree tree = currentTree();
		return new LinkedHashSet<>(ids).stream().map(tree::find).flatMap(Optional::stream).toList();
	}

	/** The units directly under a unit, open and closed, by kind and name. */
	public List<OrgUnitView> children(Long id) {
		return currentTree().children(id);
	}

	/**
	 * The units not closed today, in tree order: where a unit can be created, moved or a role assigned. A unit
	 * closing on a later day is among them until then.
	 */
	public List<OrgUnitView> openTree() {
		LocalDate today = today();
		return tree().stream().filter(u -> !u.closedOn(today)).toList();
	}

	/** The unit and everything under it, in tree order. */
	public List<OrgUnitView> subtree(Long id) {
		return currentTree().subtree(id);
	}

	/** The chain from the root down to the unit, the unit last. */
	public List<OrgUnitView> ancestorsAndSelf(Long id) {
		return currentTree().ancestorsAndSelf(id);
	}

	/**
	 * The nearest unit at or above the given one whose kind is a scope (a district committee or the
	 * province): a role held at a district's propaganda board sees that district.
	 */
	public OrgUnitView scopeOf(Long id) {
		return currentTree().scopeOf(id);
	}

	/** The units of a kind under a unit not closed today, e.g. the political centre of a district (closing later or not). */
	public List<OrgUnitView> openUnitsOfKindWithin(Long ancestorId, OrgUnitKind kind) {
		LocalDate today = today();
		return subtree(ancestorId).stream().filter(u -> u.kind() == kind && !u.closedOn(today)).toList();
	}

	@Transactional
	public OrgUnitView create(OrgUnitKind kind, String name, String shortName, Long parentId, LocalDate validFrom) {
		OrgUnit parent = null;
		if (parentId != null) {
			parent = this.units.findById(parentId)
				.orElseThrow(() -> RuleViolationException.onField("parentId", "orgUnit.error.parentUnknown"));
			if (parent.toView().closedOn(today())) {
				throw RuleViolationException.onField("parentId", "orgUnit.error.parentClosed", parent.getName());
			}
		}
		OrgUnit unit = this.units.saveAndFlush(new OrgUnit(kind, name.trim(), blankToNull(shortName), parentId, validFrom));
		unit.setPath((parent == null ? "/" : parent.getPath()) + unit.getId() + "/");
		this.units.flush();
		changed(unit.getId());
		this.audit.record("ORG_UNIT_CREATED", AUDIT_TYPE, unit.getId(), null, unit.toView());
		this.capacities.assignOnCreation(unit.toView());
		return unit.toView();
	}

	@Transactional
	public OrgUnitView update(Long id, long expectedVersion, OrgUnitKind kind, String name, String shortName,
			LocalDate validFrom) {
		OrgUnit unit = load(id, expectedVersion);
		OrgUnitView before = unit.toView();
		if (unit.getValidTo() != null && unit.getValidTo().isBefore(validFrom)) {
			throw RuleViolationException.onField("validFrom", "orgUnit.error.validFromAfterClose");
		}
		unit.rename(kind, name.trim(), blankToNull(shortName), validFrom);
		this.units.flush();
		changed(id);
		this.audit.record("ORG_UNIT_UPDATED", AUDIT_TYPE, id, before, unit.toView());
		return unit.toView();
	}

	/** Moves a unit (with its subtree) under another parent; a unit cannot become its own ancestor. */
	@Transactional
	public OrgUnitView move(Long id, long expectedVersion, Long newParentId) {
		OrgUnit unit = load(id, expectedVersion);
		OrgUnitView before = unit.toView();
		OrgUnit parent = this.units.findById(newParentId)
			.orElseThrow(() -> RuleViolationException.onField("parentId", "orgUnit.error.parentUnknown"));
		if (parent.getPath().startsWith(unit.getPath())) {
			throw RuleViolationException.onField("parentId", "orgUnit.error.cycle", parent.getName());
		}
		if (parent.toView().closedOn(today())) {
			throw RuleViolationException.onField("parentId", "orgUnit.error.parentClosed", parent.getName());
		}
		moveUnder(unit, parent);
		changed(id);
		OrgUnitView after = get(id);
		this.audit.record("ORG_UNIT_MOVED", AUDIT_TYPE, id, before, after);
		return after;
	}

	/** Puts a unit and its subtree under another parent: its own row, then every path below it (the closure follows). */
	void moveUnder(OrgUnit unit, OrgUnit parent) {
		String oldPrefix = unit.getPath();
		String newPrefix = parent.getPath() + unit.getId() + "/";
		unit.moveUnder(parent.getId());
		this.units.flush();
		this.units.rewritePaths(oldPrefix, newPrefix);
	}

	/** Closes a unit on a date. Its open children must be closed or moved first. */
	@Transactional
	public OrgUnitView close(Long id, long expectedVersion, LocalDate on) {
		OrgUnit unit = load(id, expectedVersion);
		OrgUnitView before = unit.toView();
		if (unit.isClosed()) {
			throw new RuleViolationException("orgUnit.error.alreadyClosed", unit.getName());
		}
		if (this.units.existsByParentIdAndValidToIsNull(id)) {
			throw new RuleViolationException("orgUnit.error.openChildren", unit.getName());
		}
		if (on.isBefore(unit.getValidFrom())) {
			throw RuleViolationException.onField("validTo", "orgUnit.error.closeBeforeStart");
		}
		unit.close(on);
		this.units.flush();
		changed(id);
		this.audit.record("ORG_UNIT_CLOSED", AUDIT_TYPE, id, before, unit.toView());
		this.events.publishEvent(new OrgUnitClosed(id, on));
		return unit.toView();
	}

	private OrgUnit load(Long id, long expectedVersion) {
		OrgUnit unit = this.units.findById(id).orElseThrow(() -> new NotFoundException("OrgUnit", id));
		if (unit.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(OrgUnit.class, id);
		}
		return unit;
	}

	/** Parents before their children, siblings by kind and then by name in Vietnamese order (see {@link OrgTree}). */
	static List<OrgUnitView> inTreeOrder(Collection<OrgUnitView> units) {
		return new OrgTree(0, units).all();
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
