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
 * <p>
 * The version is usually read with the request's first query, which every signed-in request makes (the
 * account's state, by primary key): {@link #VERSION_IN_SAME_QUERY} is the column to add to it, and
 * {@link #versionRead} hands the number over, saving a round trip per page (issue 7).
 */
@Component
public class OrgTreeCache {

	/** A column that reads the tree version in another query of the request. */
	public static final String VERSION_IN_SAME_QUERY = "(select version from org_unit_tree_version where id = 1)";

	private static final String REQUEST_ATTRIBUTE = OrgTreeCache.class.getName() + ".tree";

	private static final String VERSION_ATTRIBUTE = OrgTreeCache.class.getName() + ".version";

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
		Object read = request == null ? null : request.getAttribute(VERSION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (read != null) {
			request.removeAttribute(VERSION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		}
		OrgTree tree = checked(read instanceof Long version ? version : null);
		if (request != null) {
			request.setAttribute(REQUEST_ATTRIBUTE, tree, RequestAttributes.SCOPE_REQUEST);
		}
		return tree;
	}

	/**
	 * The tree version this request read with another query ({@link #VERSION_IN_SAME_QUERY}): the first
	 * look at the tree in the request uses it instead of asking again.
	 */
	public static void versionRead(jakarta.servlet.http.HttpServletRequest request, long version) {
		request.setAttribute(VERSION_ATTRIBUTE, version);
	}

	private OrgTree checked(Long versionRead) {
		Long version = versionRead != null ? versionRead
				: this.jdbc.queryForObject("select version from org_unit_tree_version where id = 1", Long.class);
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
