package vn.boiduong.course;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.ElectiveTopicView;
import vn.boiduong.curriculum.LessonView;
import vn.boiduong.demo.DemoMode;
import vn.boiduong.identity.Role;
import vn.boiduong.identity.UserDirectory;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.StartupTask;

/**
 * Demo courses of Huyện An Phú in each state of the plan's workflow, made through the services while
 * signed in as the demo users, so that every demo account finds something on its home page.
 */
@Component
@DemoMode
@Order(20)
class CourseDemoData implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(CourseDemoData.class);

	static final String NAME = "Lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ và cấp ủy viên cơ sở ";

	private final CourseRepository courses;

	private final CourseService service;

	private final CurriculumService curriculum;

	private final OrgUnitService units;

	private final UserDirectory directory;

	private final UserDetailsService userDetails;

	private final Clock clock;

	/** The first day without districts (the demo's, DESIGN §5); the tests keep their districts working. */
	private final LocalDate districtsCloseOn;

	CourseDemoData(CourseRepository courses, CourseService service, CurriculumService curriculum,
			OrgUnitService units, UserDirectory directory, UserDetailsService userDetails, Clock clock,
			@Value("${app.demo.districts-close-on:2025-07-01}") LocalDate districtsCloseOn) {
		this.clock = clock;
		this.districtsCloseOn = districtsCloseOn;
		this.courses = courses;
		this.service = service;
		this.curriculum = curriculum;
		this.units = units;
		this.directory = directory;
		this.userDetails = userDetails;
	}

	@Override
	public void run() {
		if (this.courses.count() > 0) {
			return;
		}
		OrgUnitView anPhu = unit("AP");
		if (anPhu == null) {
			return;
		}
		log.info("Loading the demo courses of {} and of the two-level era", anPhu.name());
		try {
			OrgUnitView centre = this.units.openUnitsOfKindWithin(anPhu.id(), OrgUnitKind.POLITICAL_CENTRE).get(0);
			Long lecturer = this.directory.holdersOf(Role.LECTURER, centre.id()).get(0).id();
			List<ElectiveTopicView> topics = this.service.electiveTopicsFor(anPhu.id());
			Long topic = topics.isEmpty() ? null : topics.get(0).id();
			Setting district = new Setting("anphu.tuyengiao", anPhu, centre, lecturer, topic,
					"Hội trường Trung tâm Chính trị huyện An Phú", "Huyện ủy", "Văn phòng Huyện ủy",
					"Tham quan mô hình chi bộ ấp kiểu mẫu tại xã An Bình", "Xã An Bình",
					"Đồng chí Trưởng Ban Tuyên giáo Huyện ủy", "Bí thư Chi bộ ấp 1 xã An Bình");
			boolean districtsOpen = this.districtsCloseOn.isAfter(LocalDate.now(this.clock.withZone(DisplayDates.VIETNAM)));
			if (districtsOpen) {
				districtCourses(district);
				classesOfToday(district);
			}
			else {
				districtHistory(district);
			}
			wardCourses(topic, !districtsOpen);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The batch names of the approved courses that the attendance demo opens (and closes): issue 9. */
	static final String RUNNING = "lớp đang học", FINISHED = "lớp đã bế giảng";

	/**
	 * While the districts work (the tests): two approved courses of An Phú dated from the day of the first start
	 * (issue 9), one running this week (from two days ago), one that ran six weeks ago; the roster and attendance
	 * demo opens them. The lecturer teaches them unless the week clashes with the fixed-date approved course.
	 * Where the districts have closed, the ward's courses of those weeks take their place ({@link #wardCourses}).
	 */
	private void classesOfToday(Setting anPhu) {
		LocalDate today = LocalDate.now(this.clock.withZone(CourseClassroom.ZONE));
		for (var batch : List.of(Map.entry(RUNNING, today.minusDays(2)),
				Map.entry(FINISHED, today.minusDays(42)))) {
			LocalDate monday = batch.getValue();
			boolean clash = !monday.plusDays(4).isBefore(LocalDate.of(2026, 12, 7))
					&& !monday.isAfter(LocalDate.of(2026, 12, 11));
			Setting at = clash ? anPhu.withoutLecturer() : anPhu;
			approved(at, "năm " + monday.getYear() + " – " + batch.getKey(), monday, "1" + monday.getDayOfYear() + "-QĐ/HU",
					monday.minusDays(10));
		}
	}

	/** The district's courses in every state of the plan, while the district works (the demo's districts still open). */
	private void districtCourses(Setting at) {
		CourseView draft = plan(at, "năm 2027 – đợt 3 (xã Phú Thạnh)", LocalDate.of(2027, 5, 10));

		CourseView underReview = plan(at, "năm 2027 – đợt 1", LocalDate.of(2027, 1, 11));
		as("anphu.tuyengiao", () -> this.service.submitForReview(underReview.id(),
				"Kính gửi Ban Tổ chức, Văn phòng Huyện ủy cho ý kiến trước ngày 20/12/2026."));
		as("anphu.tochuc", () -> this.service.recordConcurrence(underReview.id(), null,
				Verdict.CONCUR, "Thống nhất đối tượng và số lượng học viên."));

		CourseView approved = approved(at, "năm 2026 – đợt 2", LocalDate.of(2026, 12, 7), "125-QĐ/HU",
				LocalDate.of(2026, 11, 20));

		CourseView returned = plan(at, "năm 2027 – đợt 2", LocalDate.of(2027, 3, 8));
		as("anphu.tuyengiao", () -> this.service.submitForReview(returned.id(), null));
		as("anphu.vanphong", () -> this.service.recordConcurrence(returned.id(), null,
				Verdict.REQUEST_CHANGES,
				"Đề nghị chuyển địa điểm về Hội trường Huyện ủy và rà soát lại dự toán kinh phí ăn, nghỉ."));

		CourseView awaiting = plan(at, "năm 2027 – đợt 4", LocalDate.of(2027, 6, 7));
		as("anphu.tuyengiao", () -> this.service.submitForReview(awaiting.id(), null));
		as("anphu.tochuc", () -> this.service.recordConcurrence(awaiting.id(), null, Verdict.CONCUR, null));
		as("anphu.vanphong", () -> this.service.recordConcurrence(awaiting.id(), null, Verdict.CONCUR, null));
		CourseView fresh = plan(at, "năm 2027 – đợt 5", LocalDate.of(2027, 8, 9));
		as("anphu.tuyengiao", () -> this.service.submitForReview(fresh.id(), null));
		log.info("Demo courses: draft {}, under review {}, approved {}, returned {}, awaiting decision {}",
				draft.id(), underReview.id(), approved.id(), returned.id(), awaiting.id());
	}

	/**
	 * The district's courses of 2024 and the first half of 2025, before the district level ended: read-only
	 * history (issue 8), with the district's names on their pages and papers.
	 */
	private void districtHistory(Setting at) {
		approved(at, "năm 2024 – đợt 1", LocalDate.of(2024, 4, 8), "87-QĐ/HU", LocalDate.of(2024, 3, 25));
		approved(at, "năm 2024 – đợt 2", LocalDate.of(2024, 10, 14), "112-QĐ/HU", LocalDate.of(2024, 9, 30));
		approved(at, "năm 2025 – đợt 1", LocalDate.of(2025, 3, 10), "145-QĐ/HU", LocalDate.of(2025, 2, 24));
		CourseView cancelled = plan(at, "năm 2025 – đợt 2", LocalDate.of(2025, 6, 16));
		as("anphu.tuyengiao", () -> this.service.cancel(cancelled.id(),
				"Dừng tổ chức để chuẩn bị sắp xếp tổ chức bộ máy, kết thúc hoạt động cấp huyện từ ngày 01/7/2025."));
	}

	/**
	 * The courses of the two-level era: Phường An Phú plans them, its office and party-building board give
	 * their opinion, its standing members decide, the provincial political school teaches; Xã Bình Sơn has one
	 * approved. Dated from today, so that the current and planned courses are in the two-level structure.
	 */
	private void wardCourses(Long topic, boolean withClassesOfToday) {
		OrgUnitView ward = unit("PAP");
		OrgUnitView school = unit("TCT");
		if (ward == null || school == null) {
			return;
		}
		Long lecturer = this.directory.holdersOf(Role.LECTURER, school.id()).get(0).id();
		LocalDate today = LocalDate.now(this.clock.withZone(DisplayDates.VIETNAM));
		LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		Setting at = new Setting("phuonganphu.kehoach", ward, school, lecturer, topic,
				"Hội trường Đảng ủy phường An Phú", "Đảng ủy phường", "Văn phòng Đảng ủy phường",
				"Tham quan mô hình chi bộ khu phố kiểu mẫu tại khu phố 1", "Khu phố 1, phường An Phú",
				"Đồng chí Phó Bí thư Thường trực Đảng ủy phường", "Bí thư Chi bộ khu phố 1");
		Rounds rounds = new Rounds(" (Phường An Phú)");
		if (withClassesOfToday) {
			// the classes of issue 9 (the attendance demo opens them): one that ran six weeks ago, one running now
			approved(at, rounds.next(today.minusDays(42)), today.minusDays(42), "12-QĐ/ĐU", today.minusDays(52));
			approved(at, rounds.next(today.minusDays(2)), today.minusDays(2), "15-QĐ/ĐU", today.minusDays(12));
		}
		approved(at, rounds.next(monday.plusWeeks(2)), monday.plusWeeks(2), "18-QĐ/ĐU", today.minusDays(3));
		CourseView awaiting = plan(at, rounds.next(monday.plusWeeks(10)), monday.plusWeeks(10));
		as(at.planner(), () -> this.service.submitForReview(awaiting.id(), null));
		as("phuonganphu.vanphong", () -> this.service.recordConcurrence(awaiting.id(), null, Verdict.CONCUR, null));
		as("phuonganphu.xaydungdang", () -> this.service.recordConcurrence(awaiting.id(), null, Verdict.CONCUR, null));
		CourseView underReview = plan(at, rounds.next(monday.plusWeeks(16)), monday.plusWeeks(16));
		as(at.planner(), () -> this.service.submitForReview(underReview.id(),
				"Kính gửi Văn phòng, Ban Xây dựng Đảng cho ý kiến."));
		as("phuonganphu.vanphong", () -> this.service.recordConcurrence(underReview.id(), null, Verdict.CONCUR,
				"Văn phòng bố trí hội trường và kinh phí."));
		plan(at, rounds.next(monday.plusWeeks(24)), monday.plusWeeks(24));

		OrgUnitView commune = unit("XBS");
		if (commune != null) {
			Setting bs = new Setting("xabinhson.kehoach", commune, school, lecturer, topic, "Hội trường Đảng ủy xã Bình Sơn",
					"Đảng ủy xã", "Văn phòng Đảng ủy xã", "Tham quan mô hình chi bộ thôn kiểu mẫu tại thôn Bình Hòa",
					"Thôn Bình Hòa, xã Bình Sơn", "Đồng chí Bí thư Đảng ủy xã", "Bí thư Chi bộ thôn Bình Hòa");
			plan(bs, "năm " + monday.plusWeeks(6).getYear() + " – đợt 1 (Xã Bình Sơn)", monday.plusWeeks(6));
		}
	}

	/** A plan taken through both opinions and the committee's decision, by the accounts of its committee. */
	private CourseView approved(Setting at, String batch, LocalDate monday, String decisionNumber, LocalDate decidedOn) {
		CourseView course = plan(at, batch, monday);
		boolean ward = at.planner().startsWith("phuonganphu");
		as(at.planner(), () -> this.service.submitForReview(course.id(), null));
		for (String body : ward ? List.of("phuonganphu.vanphong", "phuonganphu.xaydungdang")
				: List.of("anphu.tochuc", "anphu.vanphong")) {
			as(body, () -> this.service.recordConcurrence(course.id(), null, Verdict.CONCUR, "Thống nhất."));
		}
		as(ward ? "phuonganphu.thuongtruc" : "anphu.thuongtruc", () -> this.service.approve(course.id(), decisionNumber,
				decidedOn, ward ? "Nguyễn Văn Phúc" : "Huỳnh Văn Thành",
				ward ? "Phó Bí thư Thường trực Đảng ủy phường" : "Phó Bí thư Thường trực Huyện ủy"));
		return course;
	}

	/** A plan with a full five-day timetable covering Bài 1–6, drafted by the committee's planning body. */
	private CourseView plan(Setting at, String batch, LocalDate monday) {
		return as(at.planner(), () -> {
			CourseView course = this.service.create(at.committee().id(),
					new PlanDetails(NAME + batch, at.centre().id(), monday, monday.plusDays(4), at.hall(),
							CourseMode.CONCENTRATED, Delivery.IN_PERSON, 60, Set.of(LearnerKind.values()),
							at.topic() == null ? List.of() : List.of(at.topic()),
							"Trang bị kiến thức, kỹ năng nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ và cấp ủy "
									+ "viên cơ sở; học viên tham gia đầy đủ, viết bản thu hoạch cuối khóa.",
							"Từ nguồn kinh phí đào tạo, bồi dưỡng cán bộ năm của " + at.funder() + ".",
							at.office() + " bảo đảm hội trường, tài liệu, nước uống; cơ sở giảng dạy chuẩn bị "
									+ "danh sách điểm danh."));
			timetable(course.id(), course.programId(), monday, at);
			return course;
		});
	}

	private OrgUnitView unit(String shortName) {
		return this.units.tree().stream().filter(u -> shortName.equals(u.shortName())).findFirst().orElse(null);
	}

	/** "năm 2027 – đợt 2 (Phường An Phú)": a committee's courses numbered in date order within each year. */
	private static final class Rounds {

		private final String place;

		private final Map<Integer, Integer> taken = new HashMap<>();

		Rounds(String place) {
			this.place = place;
		}

		String next(LocalDate opening) {
			int round = this.taken.merge(opening.getYear(), 1, Integer::sum);
			return "năm " + opening.getYear() + " – đợt " + round + this.place;
		}

	}

	/** Who plans, where the class meets and who speaks: what differs between a district's course and a ward's. */
	private record Setting(String planner, OrgUnitView committee, OrgUnitView centre, Long lecturer, Long topic,
			String hall, String funder, String office, String visit, String visitPlace, String topicGuest,
			String reporter) {

		Setting withoutLecturer() {
			return new Setting(this.planner, this.committee, this.centre, null, this.topic, this.hall, this.funder,
					this.office, this.visit, this.visitPlace, this.topicGuest, this.reporter);
		}

	}

	private void timetable(Long courseId, Long programId, LocalDate monday, Setting at) {
		List<LessonView> lessons = this.curriculum.lessons(programId);
		String hall = at.hall();
		Long lecturer = at.lecturer();
		Long topic = at.topic();
		add(courseId, monday, null, LocalTime.of(7, 0), LocalTime.of(7, 30), SessionKind.OPENING, null, List.of(), null,
				"Khai giảng lớp học", hall, null, null);
		for (int i = 0; i < lessons.size(); i++) {
			LessonView lesson = lessons.get(i);
			LocalDate day = monday.plusDays(i / 2);
			PartOfDay part = i % 2 == 0 ? PartOfDay.MORNING : PartOfDay.AFTERNOON;
			if (i == lessons.size() - 1 && lesson.requirements().size() > 1) {
				// the last lesson: its first requirement taught, the rest left to self-study (HD 59 allows it)
				add(courseId, day, part, null, null, SessionKind.LECTURE, lesson.id(),
						List.of(lesson.requirements().get(0).id()), null, null, hall, lecturer, null);
				add(courseId, day, PartOfDay.EVENING, null, null, SessionKind.SELF_STUDY, lesson.id(),
						lesson.requirements().stream().skip(1).map(r -> r.id()).toList(), null, null, hall, null, null);
			}
			else {
				add(courseId, day, part, null, null, SessionKind.LECTURE, lesson.id(), List.of(), null, null, hall,
						lecturer, null);
			}
		}
		LocalDate thursday = monday.plusDays(3);
		if (topic != null) {
			add(courseId, thursday, PartOfDay.MORNING, null, null, SessionKind.LECTURE, null, List.of(), topic, null, hall,
					null, at.topicGuest());
		}
		add(courseId, thursday, PartOfDay.AFTERNOON, null, null, SessionKind.FIELD_VISIT, null, List.of(), null,
				at.visit(), at.visitPlace(), null, null);
		LocalDate friday = monday.plusDays(4);
		add(courseId, friday, PartOfDay.MORNING, null, null, SessionKind.DISCUSSION, lessons.get(0).id(), List.of(), null,
				null, hall, lecturer, null);
		add(courseId, friday, null, LocalTime.of(13, 30), LocalTime.of(15, 30), SessionKind.EXPERIENCE_REPORT, null,
				List.of(), null, "Báo cáo kinh nghiệm sinh hoạt chi bộ theo chuyên đề", hall, null, at.reporter());
		add(courseId, friday, null, LocalTime.of(15, 45), LocalTime.of(16, 30), SessionKind.CLOSING, null, List.of(), null,
				"Bế giảng, hướng dẫn viết bản thu hoạch", hall, null, null);
	}

	private void add(Long courseId, LocalDate date, PartOfDay part, LocalTime start, LocalTime end, SessionKind kind,
			Long lessonId, List<Long> requirements, Long topicId, String text, String place, Long lecturer,
			String guest) {
		this.service.addSession(courseId, new SessionDetails(date, part, start, end, kind, lessonId, requirements,
				topicId, text, Delivery.IN_PERSON, place, lecturer, guest));
	}

	private <T> T as(String username, java.util.function.Supplier<T> action) {
		UserDetails principal = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void as(String username, Runnable action) {
		as(username, () -> {
			action.run();
			return null;
		});
	}

}
