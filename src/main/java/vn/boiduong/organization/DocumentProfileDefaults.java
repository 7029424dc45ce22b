package vn.boiduong.organization;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.boiduong.shared.document.DocumentFormat;

/**
 * What a unit's papers print when nobody wrote its document profile: the usual symbol, format and signing
 * block of its kind (V75 wrote the same for the units that existed then), and the header's lines from the
 * tree. Every default is only a default: the administrator corrects a unit whose usage differs.
 */
final class DocumentProfileDefaults {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The administrative word before a place name: "Huyện ủy An Phú", "Đảng ủy phường An Phú", "Tỉnh Mẫu". */
	private static final Pattern PLACE = Pattern.compile(
			"^(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Tỉnh|Thành phố|(?:Đảng ủy|Đảng bộ) (?:xã|phường|đặc khu|thị trấn))\\s+(.+)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** "Huyện ủy An Phú" heads "Đảng bộ huyện An Phú" (the line above the committee in its header, HD 36). */
	private static final Map<String, String> PARTY_ORGANIZATION = Map.of("huyện ủy", "Đảng bộ huyện", "quận ủy",
			"Đảng bộ quận", "thị ủy", "Đảng bộ thị xã", "thành ủy", "Đảng bộ thành phố", "đảng ủy", "Đảng bộ");

	private DocumentProfileDefaults() {
	}

	/**
	 * The defaults of the last unit of the chain.
	 * @param chain the units from the root down to the unit
	 */
	static DocumentProfileView of(List<OrgUnitView> chain) {
		OrgUnitView unit = chain.get(chain.size() - 1);
		String suffix = committeeAbove(chain).map(c -> switch (c.kind()) {
			case PROVINCE -> "TU";
			case DISTRICT_COMMITTEE -> "HU";
			default -> "ĐU";
		}).orElse("");
		String symbol = switch (unit.kind()) {
			case PROVINCE -> "TU";
			case DISTRICT_COMMITTEE -> "HU";
			case COMMUNE_COMMITTEE, GRASSROOTS_ORGANIZATION -> "ĐU";
			case PARTY_CELL -> "CB";
			case PROPAGANDA_BOARD -> "BTG" + suffix;
			case ORGANIZATION_BOARD -> "BTC" + suffix;
			case COMMITTEE_OFFICE -> "VP" + suffix;
			case PROPAGANDA_MASS_MOBILIZATION_BOARD -> "BTGDV" + suffix;
			case PARTY_BUILDING_BOARD -> "BXDĐ";
			case POLITICAL_CENTRE -> "TTCT";
			case POLITICAL_SCHOOL -> "TCT";
		};
		String mandate = switch (unit.kind()) {
			case PROVINCE, DISTRICT_COMMITTEE -> "T/M BAN THƯỜNG VỤ";
			case COMMUNE_COMMITTEE, GRASSROOTS_ORGANIZATION -> "T/M ĐẢNG ỦY";
			case PARTY_CELL -> "T/M CHI BỘ";
			default -> null;
		};
		String[] titles = switch (unit.kind()) {
			case PROVINCE, DISTRICT_COMMITTEE, COMMUNE_COMMITTEE, GRASSROOTS_ORGANIZATION, PARTY_CELL ->
				new String[] { "BÍ THƯ", "PHÓ BÍ THƯ" };
			case COMMITTEE_OFFICE -> new String[] { "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG" };
			case POLITICAL_CENTRE -> new String[] { "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC" };
			case POLITICAL_SCHOOL -> new String[] { "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG" };
			default -> new String[] { "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN" };
		};
		DocumentFormat format = unit.kind() == OrgUnitKind.POLITICAL_SCHOOL ? DocumentFormat.STATE : DocumentFormat.PARTY;
		return new DocumentProfileView(unit.id(), symbol, format, null, null, mandate, titles[0], titles[1], null,
				placeName(chain), null);
	}

	/**
	 * The place of the date line: the place of the nearest unit at or above that names one ("An Phú" of
	 * "Huyện ủy An Phú"); for the provincial school, the province's.
	 */
	static String placeName(List<OrgUnitView> chain) {
		OrgUnitView unit = chain.get(chain.size() - 1);
		for (int i = chain.size() - 1; i >= 0; i--) {
			OrgUnitView u = chain.get(i);
			if (unit.kind() == OrgUnitKind.POLITICAL_SCHOOL && u.kind() != OrgUnitKind.PROVINCE) {
				continue;
			}
			Optional<String> place = place(u.name());
			if (place.isPresent()) {
				return place.get();
			}
		}
		return "";
	}

	/**
	 * The line above the issuer's name: for a committee, the Party organization it leads' superior ("Đảng
	 * bộ tỉnh Mẫu" above "Huyện ủy An Phú"); for a body, its committee ("Huyện ủy An Phú" above "Ban Tuyên
	 * giáo"); for the political school, the province's committee ("Tỉnh ủy Mẫu"), its governing body.
	 * @param printedNames the header name of a unit of the chain (its own profile's, or the default)
	 */
	static String superiorName(List<OrgUnitView> chain, java.util.function.Function<OrgUnitView, String> printedNames) {
		OrgUnitView unit = chain.get(chain.size() - 1);
		if (unit.kind() == OrgUnitKind.POLITICAL_SCHOOL) {
			return chain.stream().filter(u -> u.kind() == OrgUnitKind.PROVINCE).reduce((a, b) -> b)
				.map(printedNames).orElse("");
		}
		Optional<OrgUnitView> above = committeeAbove(chain);
		if (isCommittee(unit.kind())) {
			return above.map(DocumentProfileDefaults::partyOrganization).orElse("");
		}
		if (unit.kind() == OrgUnitKind.PARTY_CELL && chain.size() > 1) {
			return printedNames.apply(chain.get(chain.size() - 2));
		}
		return above.map(printedNames).orElse("");
	}

	/**
	 * The issuer's name in its header: a committee's own name ("Tỉnh ủy Mẫu" for the province "Tỉnh
	 * Mẫu", "Đảng ủy xã An Bình" for "Đảng bộ xã An Bình"); a body's name without its committee's, which
	 * the line above prints ("Ban Tuyên giáo" of "Ban Tuyên giáo Huyện ủy An Phú", "Trường Chính trị tỉnh"
	 * of "Trường Chính trị tỉnh Mẫu").
	 */
	static String printedName(List<OrgUnitView> chain) {
		OrgUnitView unit = chain.get(chain.size() - 1);
		switch (unit.kind()) {
			case PROVINCE:
				return place(unit.name()).map(p -> (unit.name().toLowerCase(VIETNAMESE).startsWith("thành phố")
						? "Thành ủy " : "Tỉnh ủy ") + p).orElse(unit.name());
			case GRASSROOTS_ORGANIZATION:
				return unit.name().startsWith("Đảng bộ ") ? "Đảng ủy " + unit.name().substring("Đảng bộ ".length())
						: unit.name();
			case DISTRICT_COMMITTEE, COMMUNE_COMMITTEE, PARTY_CELL:
				return unit.name();
			default:
				break;
		}
		String name = unit.name();
		Optional<OrgUnitView> committee = unit.kind() == OrgUnitKind.POLITICAL_SCHOOL
				? chain.stream().filter(u -> u.kind() == OrgUnitKind.PROVINCE).reduce((a, b) -> b) : committeeAbove(chain);
		if (committee.isPresent()) {
			String committeePrinted = printedName(chain.subList(0, chain.indexOf(committee.get()) + 1));
			String place = place(committee.get().name()).orElse("");
			for (String tail : List.of(committee.get().name(), committeePrinted, stripEnd(committeePrinted, place), place)) {
				if (!tail.isBlank() && name.length() > tail.length() + 1 && name.endsWith(" " + tail)) {
					return name.substring(0, name.length() - tail.length() - 1).strip();
				}
			}
		}
		return name;
	}

	private static Optional<String> place(String name) {
		Matcher m = PLACE.matcher(name.strip());
		return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
	}

	private static String partyOrganization(OrgUnitView committee) {
		if (committee.kind() == OrgUnitKind.PROVINCE) {
			return "Đảng bộ " + lowerFirst(committee.name());
		}
		String name = committee.name();
		for (Map.Entry<String, String> e : PARTY_ORGANIZATION.entrySet()) {
			if (name.toLowerCase(VIETNAMESE).startsWith(e.getKey() + " ")) {
				return e.getValue() + name.substring(e.getKey().length());
			}
		}
		return name;
	}

	/** The nearest committee strictly above the last unit of the chain. */
	private static Optional<OrgUnitView> committeeAbove(List<OrgUnitView> chain) {
		for (int i = chain.size() - 2; i >= 0; i--) {
			if (isCommittee(chain.get(i).kind())) {
				return Optional.of(chain.get(i));
			}
		}
		return Optional.empty();
	}

	private static boolean isCommittee(OrgUnitKind kind) {
		return kind == OrgUnitKind.PROVINCE || kind.isCommittee() || kind == OrgUnitKind.GRASSROOTS_ORGANIZATION;
	}

	private static String stripEnd(String text, String tail) {
		return !tail.isEmpty() && text.endsWith(" " + tail) ? text.substring(0, text.length() - tail.length() - 1) : "";
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
	}

}
