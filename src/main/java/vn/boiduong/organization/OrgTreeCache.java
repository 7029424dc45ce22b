package vn.boiduong.organization;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Holds the organization tree in memory, correct on several nodes: the database keeps a tree version
 * (V11, a sequence number bumped by a trigger on every change of {@code org_unit} or, since V80, of
 * {@code org_unit_succession}, whoever writes it);
 * each request reads that one number once and reloads the tree only when it differs from the one held.
 * A change made on this node drops the snapshot at once ({@link OrgUnitChanged}). No timer.
 */
@Component
class OrgTreeCache {

	private static final String REQUEST_ATTRIBUTE = OrgTreeCache.class.getName() + ".tree";

	private final OrgUnitRepository units;

	private final JdbcTemplate jdbc;

	private volatile OrgTree held;

	OrgTreeCache(OrgUnitRepository units, JdbcTemplate jdbc) {
		this.units = units;
		this.jdbc = jdbc;
	}

	/** The current tree: checked against the database once per request (every call outside a request). */
	OrgTree current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof OrgTree tree
				&& tree == this.held) {
			return tree;
		}
		OrgTree tree = checked();
		if (request != null) {
			request.setAttribute(REQUEST_ATTRIBUTE, tree, RequestAttributes.SCOPE_REQUEST);
		}
		return tree;
	}

	private OrgTree checked() {
		Long version = this.jdbc.queryForObject("select version from org_unit_tree_version where id = 1", Long.class);
		OrgTree tree = this.held;
		if (tree != null && version != null && tree.version() == version) {
			return tree;
		}
		synchronized (this) {
			tree = this.held;
			if (tree != null && version != null && tree.version() == version) {
				return tree;
			}
			tree = new OrgTree(version == null ? -1 : version, this.units.findAllViews(), successions());
			this.held = tree;
			return tree;
		}
	}

	private List<OrgUnitSuccession> successions() {
		return this.jdbc.query("select predecessor_id, successor_id, succeeded_on from org_unit_succession",
				(rs, i) -> new OrgUnitSuccession(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)));
	}

	/** A unit changed here: the next reader reloads (within the writing transaction it sees its own change). */
	void invalidate() {
		this.held = null;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void on(OrgUnitChanged event) {
		invalidate();
	}

}
