package vn.boiduong.learner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import jakarta.persistence.EntityManager;
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

	private final NameWordStatistics wordStatistics;

	LearnerRegistry(LearnerRepository learners, AuditLog audit, Clock clock, CurrentUser currentUser, OrgUnitService units,
			EntityManager entityManager, JdbcTemplate jdbc, NameWordStatistics wordStatistics) {
		this.jdbc = jdbc;
		this.wordStatistics = wordStatistics;
		this.learners = learners;
		this.audit = audit;
		this.clock = clock;
		this.currentUser = currentUser;
		this.units = units;
		this.entityManager = entityManager;
	}

	/**
	 * The learners the user may see, by given name the Vietnamese way; with a text, those each typed word of
	 * which begins a word of the name, in any order, typed with or without diacritics ("nguyen th" finds
	 * "Nguyễn Văn Thành"). 403 for a user with no role that reads learners.
	 * <p>
	 * One statement reads the page and counts the learners up to {@link #COUNT_CAP} (one statement before it
	 * sets how it is planned).
	 */
	@Transactional(readOnly = true)
	public PageView<LearnerSummary> search(String text, int page, int size) {
		UserScope scope = this.currentUser.scope();
		if (!LearnerAccess.mayRead(scope)) {
			throw new AccessDeniedException("no role that reads learners");
		}
		// The learners the user may see: those of the party organizations under a scope in which the user holds
		// a reading role, given as a list (a district's: its few units, found by the organization index); a
		// province's scope holds every unit, and no learner is left out.
		OrgTree tree = this.units.currentTree();
		List<Long> readable = tree.topmost(LearnerAccess.readableScopes(scope));
		boolean everyUnit = readable.stream().mapToInt(tree::subtreeSize).sum() == tree.size();
		String key = VietnameseNames.searchKey(text);
		NamePrefixes prefixes = key.isEmpty() ? null : NamePrefixes.of(key, this.wordStatistics::share);
		// How the statement is planned. A search by words: the plan is the same whatever the text and the units
		// (the words' index walked in order, the units an array), and planning each search cost as much as
		// running it (a district's search: 2.0 ms of database CPU with a plan per search, 1.2 with one per
		// connection, bench registry-search-district): once per connection. The list without a text of a scope of
		// some units: for each request, knowing its units (a district's few: by the organization index, where a
		// plan not knowing them would walk the order index of the whole province for a late page). The planner's
		// cost of a walk it cannot tell the end of is far above what it reads, and above a threshold PostgreSQL
		// compiles the statement (JIT, some 100 ms each time): no JIT.
		this.entityManager.createNativeQuery("select set_config('plan_cache_mode', cast(:mode as text), true), "
				+ "set_config('jit', 'off', true)")
			.setParameter("mode", everyUnit || prefixes != null ? "force_generic_plan" : "force_custom_plan")
			.getResultList();
		PageRequest request = PageView.request(Math.min(page, PageView.lastPageUpTo(COUNT_CAP, size)), size,
				Sort.unsorted());
		String counted;
		String paged;
		if (prefixes == null) {
			// every learner: the order index holds the party organization, walked until the page is found
			String learners = "from learner l" + (everyUnit ? "" : " where l.party_organization_id = any(:units)");
			counted = "select 1 " + learners;
			paged = "select l.id, l.given_name, l.full_name " + learners + "\n" + """
					order by l.given_name collate "vi-x-icu", l.full_name collate "vi-x-icu", l.id
					offset :offset limit :limit""";
		}
		else {
			// the page: the rows of each word the driving prefix begins, each word's walked in the Vietnamese order
			// until the page's end is found, merged; the count: the rows of the prefix's range, in any order
			String matching = prefixes.matching(everyUnit, true);
			counted = "select 1 " + prefixes.matching(everyUnit, false);
			paged = """
					select m.id, m.given_name, m.full_name
					from words d cross join lateral (select w.learner_id as id, w.given_name, w.full_name
					""" + matching + """
					  order by w.given_name collate "vi-x-icu", w.full_name collate "vi-x-icu", w.learner_id
					  limit :end) m
					where d.word is not null
					order by m.given_name collate "vi-x-icu", m.full_name collate "vi-x-icu", m.id
					offset :offset limit :limit""";
		}
		// the page's learners read by their ids, one by one whatever the planner guesses of the page's size (a plan
		// made once cannot tell the page from a tenth of the table, and would join the whole table)
		NativeQuery<Object[]> query = nativeQuery((prefixes == null ? "" : NamePrefixes.WORDS) + """
				select c.total, l.id, l.full_name, l.birth_date, l.gender, l.party_organization_id, l.position
				from (select count(*) as total from (""" + counted + """
				 limit :cap) x) c
				left join (""" + paged + """
				) p on true
				left join lateral (select l.id, l.full_name, l.birth_date, l.gender, l.party_organization_id, l.position
				  from learner l where l.id = p.id limit 1) l on true
				order by p.given_name collate "vi-x-icu", p.full_name collate "vi-x-icu", p.id""");
		if (prefixes != null) {
			prefixes.bind(query).setParameter("end", request.getOffset() + size, StandardBasicTypes.LONG);
		}
		if (!everyUnit) {
			List<Long> units = new ArrayList<>();
			readable.forEach(root -> tree.subtree(root).forEach(u -> units.add(u.id())));
			query.setParameter("units", units.toArray(Long[]::new));
		}
		List<Object[]> rows = query.setParameter("offset", request.getOffset(), StandardBasicTypes.LONG)
			.setParameter("limit", size, StandardBasicTypes.INTEGER)
			.setParameter("cap", COUNT_CAP + 1, StandardBasicTypes.INTEGER)
			.addScalar("total", StandardBasicTypes.LONG)
			.addScalar("id", StandardBasicTypes.LONG)
			.addScalar("full_name", StandardBasicTypes.STRING)
			.addScalar("birth_date", StandardBasicTypes.LOCAL_DATE)
			.addScalar("gender", StandardBasicTypes.STRING)
			.addScalar("party_organization_id", StandardBasicTypes.LONG)
			.addScalar("position", StandardBasicTypes.STRING)
			.getResultList();
		List<LearnerSummary> items = new ArrayList<>(rows.size());
		for (Object[] r : rows) {
			if (r[1] != null) {
				items.add(new LearnerSummary((Long) r[1], (String) r[2], (LocalDate) r[3], Gender.valueOf((String) r[4]),
						tree.name((Long) r[5]), LearnerPosition.valueOf((String) r[6])));
			}
		}
		long total = (Long) rows.get(0)[0];
		return PageView.of(items, request, () -> total, COUNT_CAP);
	}

	@SuppressWarnings("unchecked")
	private NativeQuery<Object[]> nativeQuery(String sql) {
		return this.entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
	}

	/**
	 * The words of a search (of its key, split on spaces), each to begin a word of the name. One of them drives
	 * the search, the one that begins the fewest names as the statistics tell (else the longest, the last of
	 * the longest): the words of the names it begins (a range of {@code learner_name_word}, V91) are found by
	 * skipping from one to the next, and each word's rows are read in the Vietnamese order; the other typed
	 * words filter them by the search key.
	 */
	record NamePrefixes(String prefix, String prefixEnd, String[] patterns) {

		/** The words the driving prefix begins, one index probe each (and a last row without a word). */
		static final String WORDS = """
				with recursive words(word) as (
				    select (select w.word from learner_name_word w where w.word >= :prefix and w.word < :prefixEnd
				            order by w.word limit 1)
				  union all
				    select (select w.word from learner_name_word w where w.word > d.word and w.word < :prefixEnd
				            order by w.word limit 1)
				    from words d where d.word is not null)
				""";

		static NamePrefixes of(String key, ToDoubleFunction<String> share) {
			String[] words = key.split(" ");
			int driving = 0;
			double least = share.applyAsDouble(words[0]);
			for (int i = 1; i < words.length; i++) {
				double s = share.applyAsDouble(words[i]);
				if (s < least || s == least && words[i].length() >= words[driving].length()) {
					driving = i;
					least = s;
				}
			}
			List<String> patterns = new ArrayList<>(words.length - 1);
			for (int i = 0; i < words.length; i++) {
				if (i != driving) {
					patterns.add("% " + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
				}
			}
			return new NamePrefixes(words[driving], successor(words[driving]), patterns.toArray(String[]::new));
		}

		/**
		 * The word rows the user may see whose names the other typed words begin words of: those of the word
		 * {@code d.word} ({@code ofWord}, read in the Vietnamese order), else of every word the driving prefix
		 * begins. A learner two of whose words the prefix begins is kept once, by the first of them in the words'
		 * order (the one whose previous word of the learner lies before the prefix).
		 */
		String matching(boolean everyUnit, boolean ofWord) {
			return "from learner_name_word w\n"
					+ (ofWord ? "where w.word = d.word\n" : "where w.word >= :prefix and w.word < :prefixEnd\n")
					+ (everyUnit ? "" : "  and w.party_organization_id = any(:units)\n")
					+ (this.patterns.length == 0 ? "" : "  and w.search_words like all (cast(:patterns as text[]))\n")
					+ "  and (w.previous_word is null or w.previous_word < :prefix)\n";
		}

		/**
		 * The least text above every text that begins with {@code prefix}, in code point order (the words' "C"
		 * collation): the prefix with its last code point increased.
		 */
		static String successor(String prefix) {
			int[] codePoints = prefix.codePoints().toArray();
			for (int i = codePoints.length - 1; i >= 0; i--) {
				int next = codePoints[i] + 1;
				if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
					next = Character.MAX_SURROGATE + 1;
				}
				if (next <= Character.MAX_CODE_POINT) {
					codePoints[i] = next;
					return new String(codePoints, 0, i + 1);
				}
			}
			// a prefix of the highest code points only: no text of a name reaches it
			return new String(Character.toChars(Character.MAX_CODE_POINT)).repeat(codePoints.length + 1);
		}

		NativeQuery<Object[]> bind(NativeQuery<Object[]> query) {
			query.setParameter("prefix", this.prefix, StandardBasicTypes.STRING)
				.setParameter("prefixEnd", this.prefixEnd, StandardBasicTypes.STRING);
			if (this.patterns.length > 0) {
				query.setParameter("patterns", this.patterns);
			}
			return query;
		}

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
