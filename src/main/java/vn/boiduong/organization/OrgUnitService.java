package vn.boiduong.organization;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	private final ApplicationEventPublisher events;

	OrgUnitService(OrgUnitRepository units, AuditLog audit, ApplicationEventPublisher events) {
		this.units = units;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<OrgUnitView> tree() {
		return inTreeOrder(this.units.findAllInTreeOrder().stream().map(OrgUnit::toView).toList());
	}

	@Transactional(readOnly = true)
	public Optional<OrgUnitView> find(Long id) {
		return id == null ? Optional.empty() : this.units.findById(id).map(OrgUnit::toView);
	}

	@Transactional(readOnly = true)
	public OrgUnitView get(Long id) {
		return find(id).orElseThrow(() -> new NotFoundException("OrgUnit", id));
	}

	@Transactional(readOnly = true)
	public List<OrgUnitView> findAll(Collection<Long> ids) {
		return this.units.findByIdIn(ids).stream().map(OrgUnit::toView).toList();
	}

	/** The units directly under a unit, open and closed, by kind and name. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> children(Long id) {
		return this.units.findByParentIdOrderByName(get(id).id()).stream().map(OrgUnit::toView).sorted(siblingOrder()).toList();
	}

	/** The open units, in tree order: where a unit can be created, moved or a role assigned. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> openTree() {
		return tree().stream().filter(u -> !u.closed()).toList();
	}

	/** The unit and everything under it, in tree order. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> subtree(Long id) {
		return inTreeOrder(this.units.findSubtree(get(id).path()).stream().map(OrgUnit::toView).toList());
	}

	/** The ids of the units under the given path prefixes, unordered: for filtering, not for showing. */
	@Transactional(readOnly = true)
	public Set<Long> subtreeIds(Collection<String> pathPrefixes) {
		Set<Long> ids = new HashSet<>();
		pathPrefixes.forEach(prefix -> ids.addAll(this.units.findSubtreeIds(prefix)));
		return ids;
	}

	/** The units of one kind under the given path prefixes, in tree order (e.g. the districts one sees). */
	@Transactional(readOnly = true)
	public List<OrgUnitView> subtreesOfKind(Collection<String> pathPrefixes, OrgUnitKind kind) {
		Map<Long, OrgUnitView> result = new LinkedHashMap<>();
		for (String prefix : pathPrefixes) {
			this.units.findSubtreeOfKind(prefix, kind).forEach(u -> result.putIfAbsent(u.getId(), u.toView()));
		}
		return inTreeOrder(result.values());
	}

	/** Units under the given path prefixes (the union of several subtrees), in tree order. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> subtrees(Collection<String> pathPrefixes) {
		Map<Long, OrgUnitView> result = new LinkedHashMap<>();
		for (String prefix : pathPrefixes) {
			for (OrgUnit unit : this.units.findSubtree(prefix)) {
				result.putIfAbsent(unit.getId(), unit.toView());
			}
		}
		return inTreeOrder(result.values());
	}

	/** The chain from the root down to the unit, the unit last. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> ancestorsAndSelf(Long id) {
		OrgUnitView unit = get(id);
		List<Long> ids = idsOfPath(unit.path());
		Map<Long, OrgUnitView> byId = new LinkedHashMap<>();
		findAll(ids).forEach(u -> byId.put(u.id(), u));
		return ids.stream().map(byId::get).filter(u -> u != null).toList();
	}

	/**
	 * The nearest unit at or above the given one whose kind is a scope (a district committee or the
	 * province): a role held at a district's propaganda board sees that district.
	 */
	@Transactional(readOnly = true)
	public OrgUnitView scopeOf(Long id) {
		List<OrgUnitView> chain = ancestorsAndSelf(id);
		for (int i = chain.size() - 1; i >= 0; i--) {
			if (chain.get(i).kind().isScope()) {
				return chain.get(i);
			}
		}
		return chain.get(0);
	}

	/** The open units of a kind under a unit, e.g. the political centre of a district. */
	@Transactional(readOnly = true)
	public List<OrgUnitView> openUnitsOfKindWithin(Long ancestorId, OrgUnitKind kind) {
		return subtree(ancestorId).stream().filter(u -> u.kind() == kind && !u.closed()).toList();
	}

	@Transactional
	public OrgUnitView create(OrgUnitKind kind, String name, String shortName, Long parentId, LocalDate validFrom) {
		OrgUnit parent = null;
		if (parentId != null) {
			parent = this.units.findById(parentId)
				.orElseThrow(() -> RuleViolationException.onField("parentId", "orgUnit.error.parentUnknown"));
			if (parent.isClosed()) {
				throw RuleViolationException.onField("parentId", "orgUnit.error.parentClosed", parent.getName());
			}
		}
		OrgUnit unit = this.units.saveAndFlush(new OrgUnit(kind, name.trim(), blankToNull(shortName), parentId, validFrom));
		unit.setPath((parent == null ? "/" : parent.getPath()) + unit.getId() + "/");
		this.units.flush();
		this.audit.record("ORG_UNIT_CREATED", AUDIT_TYPE, unit.getId(), null, unit.toView());
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
		if (parent.isClosed()) {
			throw RuleViolationException.onField("parentId", "orgUnit.error.parentClosed", parent.getName());
		}
		String oldPrefix = unit.getPath();
		String newPrefix = parent.getPath() + unit.getId() + "/";
		unit.moveUnder(parent.getId());
		this.units.flush();
		this.units.rewritePaths(oldPrefix, newPrefix);
		OrgUnitView after = get(id);
		this.audit.record("ORG_UNIT_MOVED", AUDIT_TYPE, id, before, after);
		return after;
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

	private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

	static {
		VIETNAMESE.setStrength(Collator.SECONDARY);
	}

	/**
	 * Siblings by kind, then by name in Vietnamese order. Each sort gets its own copy of the collator:
	 * a shared one serializes concurrent requests on its synchronized compare.
	 */
	private static Comparator<OrgUnitView> siblingOrder() {
		Collator vietnamese = (Collator) VIETNAMESE.clone();
		return Comparator.comparingInt((OrgUnitView u) -> siblingRank(u.kind()))
			.thenComparing(OrgUnitView::name, vietnamese)
			.thenComparing(OrgUnitView::id);
	}

	/** A committee's own bodies come first, then the committees under it, then grassroots and cells. */
	private static int siblingRank(OrgUnitKind kind) {
		return switch (kind) {
			case PROVINCE -> 0;
			case PROPAGANDA_BOARD -> 1;
			case ORGANIZATION_BOARD -> 2;
			case COMMITTEE_OFFICE -> 3;
			case POLITICAL_CENTRE -> 4;
			case DISTRICT_COMMITTEE -> 5;
			case GRASSROOTS_ORGANIZATION -> 6;
			case PARTY_CELL -> 7;
		};
	}

	/**
	 * Parents before their children, each subtree together, siblings by kind (the committee's bodies
	 * before grassroots organizations) and then by name in Vietnamese order.
	 */
	static List<OrgUnitView> inTreeOrder(Collection<OrgUnitView> units) {
		Map<Long, OrgUnitView> byId = new LinkedHashMap<>();
		units.forEach(u -> byId.put(u.id(), u));
		Map<Long, List<OrgUnitView>> childrenOf = new HashMap<>();
		List<OrgUnitView> roots = new ArrayList<>();
		for (OrgUnitView unit : units) {
			if (unit.parentId() != null && byId.containsKey(unit.parentId())) {
				childrenOf.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
			}
			else {
				roots.add(unit);
			}
		}
		List<OrgUnitView> ordered = new ArrayList<>(units.size());
		Deque<OrgUnitView> stack = new ArrayDeque<>();
		Comparator<OrgUnitView> siblingOrder = siblingOrder();
		roots.sort(siblingOrder);
		for (int i = roots.size() - 1; i >= 0; i--) {
			stack.push(roots.get(i));
		}
		while (!stack.isEmpty()) {
			OrgUnitView unit = stack.pop();
			ordered.add(unit);
			List<OrgUnitView> children = childrenOf.getOrDefault(unit.id(), new ArrayList<>());
			children.sort(siblingOrder);
			for (int i = children.size() - 1; i >= 0; i--) {
				stack.push(children.get(i));
			}
		}
		return List.copyOf(ordered);
	}

	static List<Long> idsOfPath(String path) {
		List<Long> ids = new ArrayList<>();
		Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).forEach(s -> ids.add(Long.valueOf(s)));
		return ids;
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
