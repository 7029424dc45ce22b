package vn.boiduong.course.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.CoursePage;
import vn.boiduong.course.CourseStepView;
import vn.boiduong.course.CourseView;
import vn.boiduong.course.Delivery;
import vn.boiduong.course.LearnerKind;
import vn.boiduong.course.SessionKind;
import vn.boiduong.course.StepAction;
import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.LessonView;
import vn.boiduong.organization.DocumentIssuers;
import vn.boiduong.organization.Capacity;
import vn.boiduong.organization.CommitteeCapacities;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.document.Block;
import vn.boiduong.shared.document.Block.Column;
import vn.boiduong.shared.document.DocumentFormat;
import vn.boiduong.shared.document.DocumentIssuer;
import vn.boiduong.shared.document.PartyDocument;
import vn.boiduong.shared.document.SpreadsheetExport;

/**
 * The printed course plan ("Kế hoạch mở lớp bồi dưỡng …", issued by the planning body, HD 59 III.3) and
 * its timetable as a workbook. The paper is an official Vietnamese document in its issuer's format
 * (the Party format of HD 36, or the state format of NĐ 30/2020 for a political school), whatever
 * language the user reads the pages in: its fixed wording is written here, the names of kinds, parts
 * of day and deliveries come from the Vietnamese messages, and everything about the units (names,
 * symbol, place, signing block) from their document profiles ({@link DocumentIssuers}).
 */
@Component
class CoursePlanDocuments {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** The kind of paper in the number line: "Số 12-KH/BTGHU", "Số: 12/KH-TCT". */
	private static final String PLAN = "KH";

	/** The guidance the plan carries out, as the paper cites it. */
	private static final String GUIDANCE = "Hướng dẫn số 59-HD/BTGTW năm 2022 của Ban Tuyên giáo Trung ương";

	private final MessageSource messages;

	private final CurriculumService curriculum;

	private final OrgUnitService units;

	private final DocumentIssuers issuers;

	private final Clock clock;

	private final CommitteeCapacities capacities;

	CoursePlanDocuments(MessageSource messages, CurriculumService curriculum, OrgUnitService units,
			DocumentIssuers issuers, Clock clock, CommitteeCapacities capacities) {
		this.capacities = capacities;
		this.messages = messages;
		this.curriculum = curriculum;
		this.units = units;
		this.issuers = issuers;
		this.clock = clock;
	}

	/**
	 * The units that are the parties of a plan: the organizing committee; the planning body, which issues
	 * the paper; the concurring bodies and the province's reviewing body, among its recipients; the
	 * teaching institution. Read from the organizing committee's capacities on the plan's day (a district's
	 * propaganda board; a ward committee itself, or the body it names). Absent units are null (or left out
	 * of the list).
	 */
	record PlanParties(Long organizingCommitteeId, Long planningBodyId, List<Long> concurringBodyIds,
			Long teachingInstitutionId, Long reviewingBodyId) {
	}

	/** Today in Vietnam, whatever the server's zone. */
	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	PlanParties planParties(CourseView course) {
		return planParties(course.organizingUnitId(), course.politicalCentreUnitId(), today());
	}

	PlanParties planParties(Long organizingUnitId, Long teachingUnitId) {
		return planParties(organizingUnitId, teachingUnitId, today());
	}

	/**
	 * See {@link PlanParties}; the one place that says which unit plays which part in a plan: the organizing
	 * committee's capacities on the day (issue 8: data with validity dates, so that a plan of 2024 names the
	 * district's bodies of 2024), the province's propaganda board reviewing.
	 */
	PlanParties planParties(Long organizingUnitId, Long teachingUnitId, LocalDate day) {
		// a body of the committee issues the plan when one plans; otherwise the committee itself
		List<Long> planners = this.capacities.unitsPlaying(organizingUnitId, Capacity.PLANNING_BODY, day);
		Long planning = planners.stream()
			.filter(u -> !u.equals(organizingUnitId))
			.findFirst()
			.orElse(planners.isEmpty() ? organizingUnitId : planners.get(0));
		List<Long> concurring = this.capacities.unitsPlaying(organizingUnitId, Capacity.CONCURRING_BODY, day);
		// the province's own board (merged with mass mobilization in 2025), not a special zone's
		List<OrgUnitView> provincial = this.units.children(this.units.ancestorsAndSelf(organizingUnitId).get(0).id())
			.stream()
			.filter(u -> !u.closed())
			.toList();
		// the longest-standing of its open propaganda boards (the merged board once the old one has closed)
		Long reviewing = provincial.stream()
			.filter(u -> u.kind() == OrgUnitKind.PROPAGANDA_MASS_MOBILIZATION_BOARD
					|| u.kind() == OrgUnitKind.PROPAGANDA_BOARD)
			.map(OrgUnitView::id)
			.min(Long::compare)
			.orElse(null);
		return new PlanParties(organizingUnitId, planning, List.copyOf(concurring), teachingUnitId, reviewing);
	}

	/**
	 * The planning body of a committee's plans as it signs today: the plan form offers its head as the
	 * signer and its titles for the choice between the head and a deputy.
	 */
	DocumentIssuer planningBody(Long organizingUnitId) {
		return this.issuers.issuerOf(planParties(organizingUnitId, null).planningBodyId(), today());
	}

	/** The plan with its timetable, ready for {@code PartyDocumentPdf}. */
	PartyDocument plan(CoursePage page) {
		LocalDate issuedOn = issuedOn(page);
		CourseView course = page.course();
		return plan(page, planParties(course.organizingUnitId(), course.politicalCentreUnitId(),
				issuedOn != null ? issuedOn : today()));
	}

	PartyDocument plan(CoursePage page, PlanParties parties) {
		CourseView course = page.course();
		LocalDate issuedOn = issuedOn(page);
		LocalDate asOf = issuedOn != null ? issuedOn : today();
		DocumentIssuer issuer = this.issuers.issuerOf(parties.planningBodyId(), asOf);
		String committee = this.units.get(parties.organizingCommitteeId()).name();
		String teaching = parties.teachingInstitutionId() == null ? ""
				: this.units.get(parties.teachingInstitutionId()).name();
		List<LessonView> lessons = page.coverage().stream().map(CoursePage.LessonCoverage::lesson).toList();

		PartyDocument.Builder paper = PartyDocument.builder()
			.issuer(issuer)
			.number(issuer.numberLine(PLAN))
			.date(issuedOn)
			.title("Kế hoạch", subtitle(course.name()));

		String program = this.curriculum.program(course.programId()).name();
		paper.add(Block.paragraph("Thực hiện " + GUIDANCE + " về " + lowerFirst(program) + ", " + issuer.fullName()
				+ " xây dựng Kế hoạch tổ chức " + course.name() + " như sau:"));

		paper.add(Block.heading(1, "I. Mục đích, yêu cầu"));
		paragraphs(course.purposeAndRequirements()).forEach(paper::add);

		paper.add(Block.heading(1, "II. Đối tượng, số lượng học viên"));
		if (!course.targetedLearnerKinds().isEmpty()) {
			paper.add(Block.labelled("Đối tượng: ", course.targetedLearnerKinds()
				.stream()
				.map(this::label)
				.map(CoursePlanDocuments::lowerFirst)
				.collect(Collectors.joining(", ")) + "."));
		}
		paper.add(Block.labelled("Số lượng: ", "khoảng " + course.expectedLearners() + " học viên."));

		paper.add(Block.heading(1, "III. Thời gian, địa điểm, hình thức"));
		paper.add(Block.labelled("Thời gian: ", duration(course.plannedOpening(), course.plannedClosing())));
		paper.add(Block.labelled("Địa điểm: ", nonBlank(course.venue(), teaching) + "."));
		paper.add(Block.labelled("Hình thức: ", label(course.mode()) + ", " + lowerFirst(label(course.delivery())) + "."));

		paper.add(Block.heading(1, "IV. Nội dung"));
		paper.add(Block.heading(2, "1. Các bài bắt buộc"));
		paper.add(Block.paragraph(program + " (Hướng dẫn 59-HD/BTGTW), gồm:"));
		paper.add(Block.bullets(lessons.stream().map(l -> "Bài " + l.number() + ": " + l.title()).toList()));
		paper.add(Block.heading(2, "2. Chuyên đề tự chọn"));
		if (course.electiveTopics().isEmpty()) {
			paper.add(Block.paragraph("Lớp học không bố trí chuyên đề tự chọn."));
		}
		else {
			paper.add(Block.bullets(course.electiveTopics().stream().map(CourseView.TopicRef::title).toList()));
		}

		paper.add(Block.heading(1, "V. Lịch học"));
		if (page.sessions().isEmpty()) {
			paper.add(Block.paragraph("Lịch học chưa được xây dựng."));
		}
		else {
			paper.add(timetable(course, page.sessions()));
		}

		paper.add(Block.heading(1, "VI. Tổ chức thực hiện"));
		paper.add(Block.labelled("1. " + issuer.fullName() + ": ",
				"chủ trì, phối hợp với " + teaching + " xây dựng kế hoạch, tham mưu Ban Thường vụ " + committee
						+ " quyết định mở lớp; theo dõi, kiểm tra, đánh giá kết quả và báo cáo sau khi kết thúc lớp học."));
		paper.add(Block.labelled("2. " + teaching + ": ",
				"bố trí giảng viên, báo cáo viên, tài liệu, hội trường; quản lý học viên trong thời gian học tập; "
						+ "tổ chức viết bài thu hoạch và cấp giấy chứng nhận cho học viên hoàn thành khóa học."));
		paper.add(Block.labelled("3. Các tổ chức cơ sở đảng: ",
				"cử cán bộ tham dự đúng thành phần, số lượng; tạo điều kiện để học viên tham gia đầy đủ thời gian lớp học."));
		paragraphs(course.logisticsNotes()).forEach(paper::add);

		paper.add(Block.heading(1, "VII. Kinh phí"));
		if (course.fundingNotes() == null || course.fundingNotes().isBlank()) {
			paper.add(Block.paragraph("Kinh phí tổ chức lớp học thực hiện theo quy định hiện hành."));
		}
		else {
			paragraphs(course.fundingNotes()).forEach(paper::add);
		}

		return paper.signature(issuer.signature(course.signsAsDeputy(), signerName(page, issuer)))
			.recipients(recipients(parties, issuer, committee, teaching))
			.build();
	}

	/**
	 * The name under the signing block: the signer the plan names; else, for the head, the head named in
	 * the planning body's profile; else the one who sent the plan for opinions in its latest round (they
	 * answer for the plan), or its drafter while it was never sent. It can be changed on the printed copy.
	 */
	private static String signerName(CoursePage page, DocumentIssuer issuer) {
		CourseView course = page.course();
		if (course.signerName() != null && !course.signerName().isBlank()) {
			return course.signerName();
		}
		if (!course.signsAsDeputy() && !issuer.headName().isBlank()) {
			return issuer.headName();
		}
		String name = null;
		for (CourseStepView step : page.timeline()) {
			if (step.action() == StepAction.SUBMITTED) {
				name = step.userName();
			}
		}
		return name != null ? name : nonBlank(course.createdByName(), "");
	}

	/** The timetable as a workbook: one row per session, in order of time. */
	SpreadsheetExport timetableWorkbook(CoursePage page) {
		CourseView course = page.course();
		SpreadsheetExport.SheetBuilder sheet = SpreadsheetExport.sheet("Thời khóa biểu")
			.title("Thời khóa biểu: " + course.name())
			.columns("STT", "Ngày", "Thứ", "Buổi", "Bắt đầu", "Kết thúc", "Hoạt động", "Bài", "Nội dung", "Hình thức học",
					"Địa điểm", "Giảng viên, báo cáo viên");
		int n = 0;
		for (ClassSessionView s : inOrder(page.sessions())) {
			sheet.row(++n, s.date(), weekday(s.date()), s.partOfDay() == null ? "" : partOfDay(s.partOfDay()),
					start(s), end(s), label(s.kind()), s.lessonNumber(), topic(s), label(s.delivery()),
					nonBlank(s.place(), course.venue()), teacher(s));
		}
		return SpreadsheetExport.of(sheet.build());
	}

	private Block timetable(CourseView course, List<ClassSessionView> sessions) {
		List<List<String>> rows = new ArrayList<>();
		int n = 0;
		for (ClassSessionView s : inOrder(sessions)) {
			String when = s.partOfDay() != null ? partOfDay(s.partOfDay())
					: TIME.format(start(s)) + " – " + TIME.format(end(s));
			StringBuilder what = new StringBuilder(topic(s));
			String place = nonBlank(s.place(), course.venue());
			if (!place.equals(nonBlank(course.venue(), ""))) {
				what.append("\nĐịa điểm: ").append(place);
			}
			String how = label(s.kind());
			if (s.delivery() != null && s.delivery() != Delivery.IN_PERSON) {
				how += "\n(" + lowerFirst(label(s.delivery())) + ")";
			}
			rows.add(List.of(String.valueOf(++n), weekday(s.date()) + "\n" + DATE.format(s.date()), when,
					what.toString(), how, teacher(s)));
		}
		return new Block.Table(List.of(Column.centered("TT", 0.9f), Column.centered("Ngày", 2.1f),
				Column.centered("Buổi", 2.5f), Column.of("Nội dung", 5.4f), Column.centered("Hình thức", 2.3f),
				Column.of("Giảng viên, báo cáo viên", 2.9f)), rows);
	}

	private static List<ClassSessionView> inOrder(List<ClassSessionView> sessions) {
		return sessions.stream()
			.sorted(Comparator.comparing(ClassSessionView::date).thenComparing(CoursePlanDocuments::start,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private static LocalTime start(ClassSessionView s) {
		return s.partOfDay() != null ? s.partOfDay().start() : s.startTime();
	}

	private static LocalTime end(ClassSessionView s) {
		return s.partOfDay() != null ? s.partOfDay().end() : s.endTime();
	}

	private String topic(ClassSessionView s) {
		if (s.lessonId() != null) {
			String text = "Bài " + s.lessonNumber() + ": " + s.lessonTitle();
			if (!s.requirementPositions().isEmpty()) {
				text += " (yêu cầu " + s.requirementPositions().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
			}
			return text;
		}
		if (s.electiveTopicId() != null) {
			return "Chuyên đề: " + s.electiveTopicTitle();
		}
		return nonBlank(s.topicText(), label(s.kind()));
	}

	private static String teacher(ClassSessionView s) {
		if (s.lecturerName() != null) {
			return s.lecturerName();
		}
		return s.guestSpeakerName() == null ? "" : s.guestSpeakerName();
	}

	// The plan is dated when it was last sent for opinions; a draft leaves the date for the office to fill in.
	private static LocalDate issuedOn(CoursePage page) {
		return page.timeline()
			.stream()
			.filter(step -> step.action() == StepAction.SUBMITTED)
			.map(CourseStepView::occurredAt)
			.max(Comparator.naturalOrder())
			.map(at -> LocalDate.ofInstant(at, java.time.ZoneId.systemDefault()))
			.orElse(null);
	}

	// "Mở lớp bồi dưỡng …": the course's own name when it names the class, else the program's wording with it.
	private static String subtitle(String courseName) {
		if (courseName.toLowerCase(VIETNAMESE).startsWith("lớp ")) {
			return "Mở " + lowerFirst(courseName);
		}
		return "Mở lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở: " + courseName;
	}

	// The reviewing body and the committee's standing members for their information (b/c), the concurring
	// bodies, the teaching institution, the grassroots organizations, and the issuer's own file copy.
	private List<String> recipients(PlanParties parties, DocumentIssuer issuer, String committee, String teaching) {
		List<String> list = new ArrayList<>();
		if (parties.reviewingBodyId() != null) {
			list.add(this.units.get(parties.reviewingBodyId()).name() + " (b/c),");
		}
		list.add("Thường trực " + committee + " (b/c),");
		if (!parties.concurringBodyIds().isEmpty()) {
			list.add(this.units.findAll(parties.concurringBodyIds())
				.stream()
				.map(OrgUnitView::name)
				.collect(Collectors.joining(", ")) + ",");
		}
		if (!teaching.isEmpty()) {
			list.add(teaching + ",");
		}
		list.add("Các tổ chức cơ sở đảng,");
		list.add(issuer.format() == DocumentFormat.STATE ? "Lưu: VT." : "Lưu " + issuer.name() + ".");
		return list;
	}

	private Optional<Long> first(Long withinId, OrgUnitKind kind) {
		return this.units.openUnitsOfKindWithin(withinId, kind).stream().map(OrgUnitView::id).findFirst();
	}

	private static String duration(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			return "sẽ thông báo sau.";
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		return days + " ngày, từ ngày " + DATE.format(from) + " đến ngày " + DATE.format(to) + ".";
	}

	private static String weekday(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SUNDAY ? "Chủ nhật" : switch (date.getDayOfWeek()) {
			case MONDAY -> "Thứ Hai";
			case TUESDAY -> "Thứ Ba";
			case WEDNESDAY -> "Thứ Tư";
			case THURSDAY -> "Thứ Năm";
			case FRIDAY -> "Thứ Sáu";
			default -> "Thứ Bảy";
		};
	}

	private static List<Block> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.startsWith("- ")
				? (Block) Block.bullets(l.substring(2)) : Block.paragraph(l)).toList();
	}

	private String label(SessionKind kind) {
		return message(kind.messageKey(), kind.name());
	}

	private String label(LearnerKind kind) {
		return message(kind.messageKey(), kind.name());
	}

	private String label(Delivery delivery) {
		return delivery == null ? "" : message(delivery.messageKey(), delivery.name());
	}

	private String label(vn.boiduong.course.CourseMode mode) {
		return mode == null ? "" : message(mode.messageKey(), mode.name());
	}

	private String label(vn.boiduong.course.PartOfDay part) {
		return message(part.messageKey(), part.name());
	}

	// "buổi sáng" under the heading "Buổi" prints as "Sáng".
	private String partOfDay(vn.boiduong.course.PartOfDay part) {
		String label = label(part);
		String bare = label.regionMatches(true, 0, "buổi ", 0, 5) ? label.substring(5) : label;
		return capitalize(bare);
	}

	private String message(String key, String fallback) {
		return this.messages.getMessage(key, null, fallback, VIETNAMESE);
	}

	private static String nonBlank(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
	}

}
