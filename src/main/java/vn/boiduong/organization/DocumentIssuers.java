package vn.boiduong.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.boiduong.audit.AuditLog;
import vn.boiduong.shared.document.DocumentIssuer;

/**
 * Who issues a paper, from the issuing unit's document profile (issue 8, item 3): the header of the
 * course plan, and of the roster, the sign-in sheet and the reports, comes from here, never from
 * strings in the module that prints. A unit without a profile of its own prints with the defaults of
 * its kind ({@link DocumentProfileDefaults}); the administrator edits the profile on the unit's page.
 */
@Service
public class DocumentIssuers {

	private final OrgUnitService units;

	private final DocumentProfileRepository profiles;

	private final AuditLog audit;

	DocumentIssuers(OrgUnitService units, DocumentProfileRepository profiles, AuditLog audit) {
		this.units = units;
		this.profiles = profiles;
		this.audit = audit;
	}

	/**
	 * The issuer as its papers of the given day print it: names of the chain up to the province, symbol,
	 * format, place and signing block. A reorganization closes units and creates successors rather than
	 * renaming them (DESIGN §5), so the names of a unit and of its chain are those of the days it was
	 * open; the date is kept in the signature for the day a unit's names get a history of their own.
	 */
	@Transactional(readOnly = true)
	public DocumentIssuer issuerOf(Long unitId, LocalDate on) {
		OrgUnitView unit = this.units.get(unitId);
		List<OrgUnitView> chain = this.units.ancestorsAndSelf(unitId);
		Map<Long, DocumentProfileView> stored = storedAlong(unit.path());
		DocumentProfileView profile = stored.getOrDefault(unitId, DocumentProfileDefaults.of(chain));
		String superior = profile.superiorName() != null ? profile.superiorName()
				: DocumentProfileDefaults.superiorName(chain, u -> printedName(chain, u, stored));
		String name = profile.printedName() != null ? profile.printedName() : DocumentProfileDefaults.printedName(chain);
		return new DocumentIssuer(unitId, superior, name, unit.name(), profile.symbol(), profile.format(),
				profile.placeName(), profile.signing(), profile.headName());
	}

	/** The unit's profile: its own, or its kind's defaults (then {@code stored()} is false). */
	@Transactional(readOnly = true)
	public DocumentProfileView profile(Long unitId) {
		return this.profiles.findById(unitId)
			.map(DocumentProfile::toView)
			.orElseGet(() -> DocumentProfileDefaults.of(this.units.ancestorsAndSelf(unitId)));
	}

	/** The header's lines the tree gives when the profile leaves them empty: {superior, name}. */
	@Transactional(readOnly = true)
	public List<String> headerFromTree(Long unitId) {
		List<OrgUnitView> chain = this.units.ancestorsAndSelf(unitId);
		Map<Long, DocumentProfileView> stored = storedAlong(chain.get(chain.size() - 1).path());
		return List.of(DocumentProfileDefaults.superiorName(chain, u -> printedName(chain, u, stored)),
				DocumentProfileDefaults.printedName(chain));
	}

	/**
	 * Saves the unit's profile. {@code expectedVersion} is the version the form was read at, null for a
	 * unit that printed with its kind's defaults; a profile saved by someone else since is a conflict.
	 */
	@Transactional
	public DocumentProfileView saveProfile(Long unitId, Long expectedVersion, DocumentProfileDetails details) {
		this.units.get(unitId);
		DocumentProfile profile = this.profiles.findById(unitId).orElse(null);
		DocumentProfileView before = profile == null ? null : profile.toView();
		if (!Objects.equals(profile == null ? null : profile.getVersion(), expectedVersion)) {
			throw new ObjectOptimisticLockingFailureException(DocumentProfile.class, unitId);
		}
		if (profile == null) {
			profile = new DocumentProfile(unitId);
		}
		profile.apply(details);
		try {
			profile = this.profiles.saveAndFlush(profile);
		}
		catch (DataIntegrityViolationException ex) {
			// two first saves of the same unit's profile at once: the second one is the stale one
			throw new ObjectOptimisticLockingFailureException(DocumentProfile.class, unitId, ex);
		}
		this.audit.record("ORG_UNIT_DOCUMENT_PROFILE_SAVED", OrgUnitService.AUDIT_TYPE, unitId, before, profile.toView());
		return profile.toView();
	}

	/** The stored profiles of the unit at the end of the path and of the units above it, by unit. */
	private Map<Long, DocumentProfileView> storedAlong(String path) {
		Map<Long, DocumentProfileView> stored = new HashMap<>();
		this.profiles.findAlongPath(path).stream().map(DocumentProfile::toView).forEach(p -> stored.put(p.unitId(), p));
		return stored;
	}

	private static String printedName(List<OrgUnitView> chain, OrgUnitView unit, Map<Long, DocumentProfileView> stored) {
		DocumentProfileView own = stored.get(unit.id());
		if (own != null && own.printedName() != null) {
			return own.printedName();
		}
		return DocumentProfileDefaults.printedName(chain.subList(0, chain.indexOf(unit) + 1));
	}

}
