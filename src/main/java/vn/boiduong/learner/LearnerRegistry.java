package vn.boiduong.learner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.identity.CurrentUser;
import vn.boiduong.identity.UserScope;
import vn.boiduong.organization.OrgTree;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.shared.PageView;
import vn.boiduong.shared.RuleViolationException;

/**
 * The learner registry of a province: one person is one learner across courses. Before a learner is
 * registered, the same person is looked for (the party card number, else the name, birth date and
 * party organization) and shown to the user to confirm, never registered twice.
 */
@Service
public class LearnerRegistry {

	static final String AUDIT_TYPE = "Learner";

	/**
	 * The learners the user may see: their party organization lies under a scope in which the user holds
	 * a reading role (the organization closure answers "every unit under X" from its index).
	 */
	private static final String VISIBLE = """
			from learner l where l.party_organization_id in
			  (select v.descendant_id from org_unit_closure v where v.ancestor_id = any(:scopes))""";

	private static final String ORDER = """
			 order by l.given_name collate "vi-x-icu", l.full_name collate "vi-x-icu", l.id""";

	/**
	 * How many learners a search counts at most: a common name ("nguyen") matches tens of thousands in a
	 * province, and counting them all costs more than the page; past it the page says "more than" and offers
	 * the pages up to it.
	 */
	public static final int COUNT_CAP = 1000;

	private final LearnerRepository learners;

	private final AuditLog audit;

	private final Clock clock;

	private final CurrentUser currentUser;

	private final OrgUnitService units;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	LearnerRegistry(LearnerRepository learners, AuditLog audit, Clock clock, CurrentUser currentUser, OrgUnitService units,
			EntityManager entityManager, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.learners = learners;
		this.audit = audit;
		this.clock = clock;
		this.currentUser = currentUser;
		this.units = units;
		this.entityManager = entityManager;
	}

	/**
	 * The learners the user may see, by given name the Vietnamese way, found by any part of the name typed
	 * with or without diacritics. 403 for a user with no role that reads learners.
	 */
	@Transactional(readOnly = true)
	public PageView<LearnerSummary> search(String text, int page, int size) {
		UserScope scope = this.currentUser.scope();
		if (!LearnerAccess.mayRead(scope)) {
			throw new AccessDeniedException("no role that reads learners");
		}
		Long[] scopes = LearnerAccess.readableScopes(scope).toArray(Long[]::new);
		String key = VietnameseNames.searchKey(text);
		// The best plan depends on the text (a common name: walk the Vietnamese order until a page is found; a
		// rare one: the trigram index). After five executions of a prepared statement PostgreSQL may keep a
		// generic plan, which for a province reads all of its learners through their party organizations
		// (bench registry-search: 93 ms of database CPU a search): plan each search for its own text.
		this.entityManager.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
			.getSingleResult();
		String where = VISIBLE + (key.isEmpty() ? "" : " and l.search_name like :text escape '\\'");
		PageRequest request = PageView.request(Math.min(page, PageView.lastPageUpTo(COUNT_CAP, size)), size,
				Sort.unsorted());
		// The page's learners are found by what the order index holds (the name, its search key and the party
		// organization: learner_vietnamese_order_idx), walked without reading the table until the page is
		// found, and only the page's rows read.
		List<Object[]> rows = bind(this.entityManager.createNativeQuery("""
				select l.id, l.full_name, l.birth_date, l.gender, l.party_organization_id, l.position
				from (select l.id, l.given_name, l.full_name
				""" + where + ORDER + """
				 offset :offset limit :limit) p join learner l on l.id = p.id
				order by p.given_name collate "vi-x-icu", p.full_name collate "vi-x-icu", p.id"""), scopes, key)
			.setParameter("offset", request.getOffset(), StandardBasicTypes.LONG)
			.setParameter("limit", size, StandardBasicTypes.INTEGER)
			.addScalar("id", StandardBasicTypes.LONG)
			.addScalar("full_name", StandardBasicTypes.STRING)
			.addScalar("birth_date", StandardBasicTypes.LOCAL_DATE)
			.addScalar("gender", StandardBasicTypes.STRING)
			.addScalar("party_organization_id", StandardBasicTypes.LONG)
			.addScalar("position", StandardBasicTypes.STRING)
			.getResultList();
		OrgTree tree = this.units.currentTree();
		List<LearnerSummary> items = new ArrayList<>(rows.size());
		for (Object[] r : rows) {
			items.add(new LearnerSummary((Long) r[0], (String) r[1], (LocalDate) r[2], Gender.valueOf((String) r[3]),
					tree.name((Long) r[4]), LearnerPosition.valueOf((String) r[5])));
		}
		return PageView.of(items, request,
				() -> ((Number) (Object) bind(
						this.entityManager.createNativeQuery("select count(*) from (select 1 " + where + " limit :cap) x"),
						scopes, key)
					.setParameter("cap", COUNT_CAP + 1, StandardBasicTypes.INTEGER)
					.getSingleResult()).longValue(),
				COUNT_CAP);
	}

	@SuppressWarnings("unchecked")
	private static NativeQuery<Object[]> bind(Query query, Long[] scopes, String key) {
		NativeQuery<Object[]> bound = ((NativeQuery<Object[]>) query.unwrap(NativeQuery.class)).setParameter("scopes", scopes);
		if (!key.isEmpty()) {
			String escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			bound.setParameter("text", "%" + escaped + "%", StandardBasicTypes.STRING);
		}
		return bound;
	}

	/** How a registered learner was found to be the same person. */
	public enum MatchedBy {

		PARTY_CARD, NAME_BIRTH_DATE_ORGANIZATION

	}

	/**
	 * The same person already in the registry, shown only by what confirms them (name, birth year, party
	 * organization): the rest of another committee's learner is not the importer's to see.
	 */
	public record LearnerMatch(Long learnerId, MatchedBy matchedBy, String fullName, int birthYear,
			Long partyOrganizationId) {
	}

	/** The registered learner who is the same person, if any. */
	@Transactional(readOnly = true)
	public Optional<LearnerMatch> findSamePerson(LearnerDetails details) {
		if (details.partyCardNumber() != null && !details.partyCardNumber().isBlank()) {
			Optional<Learner> byCard = this.learners.findByPartyCard(details.partyCardNumber().strip());
			if (byCard.isPresent()) {
				return byCard.map(l -> match(l, MatchedBy.PARTY_CARD));
			}
		}
		if (details.birthDate() == null || details.partyOrganizationId() == null) {
			return Optional.empty();
		}
		return this.learners
			.findSamePerson(VietnameseNames.searchKey(details.fullName()), details.birthDate(), details.partyOrganizationId())
			.stream()
			.findFirst()
			.map(l -> match(l, MatchedBy.NAME_BIRTH_DATE_ORGANIZATION));
	}

	/**
	 * {@link #findSamePerson} for each of a list's people, in their order, in two statements whatever their
	 * number (DESIGN §8: a 250-row list is previewed and imported in under a second).
	 */
	@Transactional(readOnly = true)
	public List<Optional<LearnerMatch>> findSamePeople(List<LearnerDetails> people) {
		List<String> cards = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> births = new ArrayList<>();
		List<Long> organizations = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			LearnerDetails p = people.get(i);
			if (p.partyCardNumber() != null && !p.partyCardNumber().isBlank()) {
				cards.add(p.partyCardNumber().strip());
			}
			if (p.birthDate() != null && p.partyOrganizationId() != null) {
				names.add(VietnameseNames.searchKey(p.fullName()));
				births.add(p.birthDate().toString());
				organizations.add(p.partyOrganizationId());
				positions.add(i + 1);
			}
		}
		Map<String, LearnerMatch> byCard = new HashMap<>();
		if (!cards.isEmpty()) {
			this.jdbc.query("""
					select k.card, l.id, l.full_name, l.birth_date, l.party_organization_id
					from unnest(?::text[]) k(card) join learner l on upper(l.party_card_number) = upper(k.card)""",
					rs -> {
						byCard.put(rs.getString(1), new LearnerMatch(rs.getLong(2), MatchedBy.PARTY_CARD, rs.getString(3),
								rs.getObject(4, LocalDate.class).getYear(), rs.getLong(5)));
					}, (Object) cards.toArray(String[]::new));
		}
		Map<Integer, LearnerMatch> byName = new HashMap<>();
		if (!names.isEmpty()) {
			this.jdbc.query("""
					select k.i, l.id, l.full_name, l.birth_date, l.party_organization_id
					from unnest(?::text[], ?::date[], ?::bigint[], ?::int[]) k(search_name, birth_date, organization, i)
					join learner l on l.search_name = k.search_name and l.birth_date = k.birth_date
					  and l.party_organization_id = k.organization
					order by k.i, l.id""", rs -> {
						byName.putIfAbsent(rs.getInt(1), new LearnerMatch(rs.getLong(2), MatchedBy.NAME_BIRTH_DATE_ORGANIZATION,
								rs.getString(3), rs.getObject(4, LocalDate.class).getYear(), rs.getLong(5)));
					}, names.toArray(String[]::new), births.toArray(String[]::new), organizations.toArray(Long[]::new),
					positions.toArray(Integer[]::new));
		}
		List<Optional<LearnerMatch>> matches = new ArrayList<>(people.size());
		for (int i = 0; i < people.size(); i++) {
			String card = people.get(i).partyCardNumber();
			LearnerMatch match = card == null || card.isBlank() ? null : byCard.get(card.strip());
			matches.add(Optional.ofNullable(match != null ? match : byName.get(i + 1)));
		}
		return matches;
	}

	/**
	 * Registers new learners (none of them {@link #findSamePerson the same person} as a registered learner) for
	 * the committee that enters them, each audited as {@link #register} does; their ids in order. The rows are
	 * written in one batch whatever their number.
	 */
	@Transactional
	public List<Long> registerAll(List<LearnerDetails> people, Long registeredByUnitId) {
		if (people.isEmpty()) {
			return List.of();
		}
		List<Long> ids = this.jdbc.queryForList(
				"select nextval(pg_get_serial_sequence('learner', 'id')) from generate_series(1, ?)", Long.class,
				people.size());
		java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now(this.clock));
		List<LearnerView> views = new ArrayList<>(people.size());
		for (int i = 0; i < people.size(); i++) {
			LearnerDetails p = people.get(i);
			views.add(new LearnerView(ids.get(i), VietnameseNames.normalize(p.fullName()), p.birthDate(), p.gender(),
					p.ethnicity(), p.partyOrganizationId(), p.position(), p.joinedPartyOn(), p.partyCardNumber(), p.phone(),
					0));
		}
		this.jdbc.batchUpdate("""
				insert into learner (id, full_name, given_name, search_name, birth_date, gender, ethnicity,
				  party_organization_id, position, joined_party_on, party_card_number, phone, registered_by_unit_id,
				  created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", views, 500, (ps, v) -> {
					ps.setLong(1, v.id());
					ps.setString(2, v.fullName());
					ps.setString(3, VietnameseNames.givenName(v.fullName()));
					ps.setString(4, VietnameseNames.searchKey(v.fullName()));
					ps.setObject(5, v.birthDate());
					ps.setString(6, v.gender().name());
					ps.setString(7, v.ethnicity());
					ps.setLong(8, v.partyOrganizationId());
					ps.setString(9, v.position().name());
					ps.setObject(10, v.joinedPartyOn());
					ps.setString(11, v.partyCardNumber());
					ps.setString(12, v.phone());
					ps.setLong(13, registeredByUnitId);
					ps.setTimestamp(14, now);
					ps.setTimestamp(15, now);
				});
		for (LearnerView view : views) {
			this.audit.record("LEARNER_REGISTERED", AUDIT_TYPE, view.id(), null, view);
		}
		return ids;
	}

	/**
	 * Registers a new learner for the committee that enters them; refused when the party card number
	 * already names a learner.
	 */
	@Transactional
	public LearnerView register(LearnerDetails details, Long registeredByUnitId) {
		if (details.partyCardNumber() != null && this.learners.findByPartyCard(details.partyCardNumber()).isPresent()) {
			throw RuleViolationException.onField("partyCardNumber", "learner.partyCardTaken", details.partyCardNumber());
		}
		Learner learner = this.learners.saveAndFlush(new Learner(details, registeredByUnitId, Instant.now(this.clock)));
		LearnerView view = learner.toView();
		this.audit.record("LEARNER_REGISTERED", AUDIT_TYPE, view.id(), null, view);
		return view;
	}

	@Transactional(readOnly = true)
	public List<LearnerView> findAll(List<Long> ids) {
		return this.learners.findAllById(ids).stream().map(Learner::toView).toList();
	}

	private static LearnerMatch match(Learner learner, MatchedBy by) {
		LearnerView view = learner.toView();
		return new LearnerMatch(view.id(), by, view.fullName(), view.birthDate().getYear(), view.partyOrganizationId());
	}

}
