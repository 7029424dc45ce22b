package vn.boiduong.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	CourseDemoData(CourseRepository courses, CourseService service, CurriculumService curriculum,
			OrgUnitService units, UserDirectory directory, UserDetailsService userDetails) {
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
		OrgUnitView anPhu = this.units.tree().stream().filter(u -> "AP".equals(u.shortName())).findFirst().orElse(null);
		if (anPhu == null) {
			return;
		}
		log.info("Loading the demo courses of {}", anPhu.name());
		try {
			OrgUnitView centre = this.units.openUnitsOfKindWithin(anPhu.id(), OrgUnitKind.POLITICAL_CENTRE).get(0);
			Long lecturer = this.directory.holdersOf(Role.LECTURER, centre.id()).get(0).id();
			List<ElectiveTopicView> topics = this.service.electiveTopicsFor(anPhu.id());
			Long topic = topics.isEmpty() ? null : topics.get(0).id();

			CourseView draft = plan(anPhu, centre, "năm 2027 – đợt 3 (xã Phú Thạnh)", LocalDate.of(2027, 5, 10),
					lecturer, topic);

			CourseView underReview = plan(anPhu, centre, "năm 2027 – đợt 1", LocalDate.of(2027, 1, 11), lecturer, topic);
			as("anphu.tuyengiao", () -> this.service.submitForReview(underReview.id(),
					"Kính gửi Ban Tổ chức, Văn phòng Huyện ủy cho ý kiến trước ngày 20/12/2026."));
			as("anphu.tochuc", () -> this.service.recordConcurrence(underReview.id(), null,
					Verdict.CONCUR, "Thống nhất đối tượng và số lượng học viên."));

			CourseView approved = plan(anPhu, centre, "năm 2026 – đợt 2", LocalDate.of(2026, 12, 7), lecturer, topic);
			as("anphu.tuyengiao", () -> this.service.submitForReview(approved.id(), null));
			as("anphu.tochuc", () -> this.service.recordConcurrence(approved.id(), null,
					Verdict.CONCUR, "Thống nhất."));
			as("anphu.vanphong", () -> this.service.recordConcurrence(approved.id(), null,
					Verdict.CONCUR, "Thống nhất; Văn phòng bố trí hội trường và kinh phí theo dự toán."));
			as("anphu.thuongtruc", () -> this.service.approve(approved.id(), "125-QĐ/HU", LocalDate.of(2026, 11, 20),
					"Huỳnh Văn Thành", "Phó Bí thư Thường trực Huyện ủy"));

			CourseView returned = plan(anPhu, centre, "năm 2027 – đợt 2", LocalDate.of(2027, 3, 8), lecturer, topic);
			as("anphu.tuyengiao", () -> this.service.submitForReview(returned.id(), null));
			as("anphu.vanphong", () -> this.service.recordConcurrence(returned.id(), null,
					Verdict.REQUEST_CHANGES,
					"Đề nghị chuyển địa điểm về Hội trường Huyện ủy và rà soát lại dự toán kinh phí ăn, nghỉ."));

			CourseView awaiting = plan(anPhu, centre, "năm 2027 – đợt 4", LocalDate.of(2027, 6, 7), lecturer, topic);
			as("anphu.tuyengiao", () -> this.service.submitForReview(awaiting.id(), null));
			as("anphu.tochuc", () -> this.service.recordConcurrence(awaiting.id(), null,
					Verdict.CONCUR, null));
			as("anphu.vanphong", () -> this.service.recordConcurrence(awaiting.id(), null,
					Verdict.CONCUR, null));
			CourseView fresh = plan(anPhu, centre, "năm 2027 – đợt 5", LocalDate.of(2027, 8, 9), lecturer, topic);
			as("anphu.tuyengiao", () -> this.service.submitForReview(fresh.id(), null));
			log.info("Demo courses: draft {}, under review {}, approved {}, returned {}, awaiting decision {}",
					draft.id(), underReview.id(), approved.id(), returned.id(), awaiting.id());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A plan with a full five-day timetable covering Bài 1–6, drafted by the district propaganda board. */
	private CourseView plan(OrgUnitView district, OrgUnitView centre, String batch, LocalDate monday, Long lecturer,
			Long topic) {
		return as("anphu.tuyengiao", () -> {
			CourseView course = this.service.create(district.id(),
					new PlanDetails(NAME + batch, centre.id(), monday, monday.plusDays(4),
							"Hội trường Trung tâm Chính trị huyện An Phú", CourseMode.CONCENTRATED, Delivery.IN_PERSON, 60,
							Set.of(LearnerKind.values()), topic == null ? List.of() : List.of(topic),
							"Trang bị kiến thức, kỹ năng nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ và cấp ủy "
									+ "viên cơ sở; học viên tham gia đầy đủ, viết bản thu hoạch cuối khóa.",
							"Từ nguồn kinh phí đào tạo, bồi dưỡng cán bộ năm của Huyện ủy.",
							"Văn phòng Huyện ủy bảo đảm hội trường, tài liệu, nước uống; Trung tâm Chính trị chuẩn bị "
									+ "danh sách điểm danh."));
			timetable(course.id(), course.programId(), monday, lecturer, topic);
			return course;
		});
	}

	private void timetable(Long courseId, Long programId, LocalDate monday, Long lecturer, Long topic) {
		List<LessonView> lessons = this.curriculum.lessons(programId);
		String hall = "Hội trường Trung tâm Chính trị huyện An Phú";
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
					null, "Đồng chí Trưởng Ban Tuyên giáo Huyện ủy");
		}
		add(courseId, thursday, PartOfDay.AFTERNOON, null, null, SessionKind.FIELD_VISIT, null, List.of(), null,
				"Tham quan mô hình chi bộ ấp kiểu mẫu tại xã An Bình", "Xã An Bình", null, null);
		LocalDate friday = monday.plusDays(4);
		add(courseId, friday, PartOfDay.MORNING, null, null, SessionKind.DISCUSSION, lessons.get(0).id(), List.of(), null,
				null, hall, lecturer, null);
		add(courseId, friday, null, LocalTime.of(13, 30), LocalTime.of(15, 30), SessionKind.EXPERIENCE_REPORT, null,
				List.of(), null, "Báo cáo kinh nghiệm sinh hoạt chi bộ theo chuyên đề", hall, null,
				"Bí thư Chi bộ ấp 1 xã An Bình");
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
