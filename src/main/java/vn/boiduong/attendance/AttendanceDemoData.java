package vn.boiduong.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.ClassView;
import vn.boiduong.course.CourseFilter;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.course.CourseSummary;
import vn.boiduong.demo.DemoActor;
import vn.boiduong.demo.DemoMode;
import vn.boiduong.learner.LearnerRegistry;
import vn.boiduong.learner.LearnerSummary;
import vn.boiduong.learner.Roster;
import vn.boiduong.shared.StartupTask;

/**
 * The classes of the demo (issue 9): the approved course running this week is opened with its roster and its
 * past sessions marked (one learner near the absence limit), the one of six weeks ago is opened, marked and
 * closed. Made through the services as the demo accounts would: where the districts still work (the tests), An
 * Phú's courses by the district's organization board and political centre; in the two-level era (the default
 * run, after the demo's reorganization, hence the order) Phường An Phú's courses by the ward's party-building
 * board and the provincial political school.
 */
@Component
@DemoMode
@Order(95)
class AttendanceDemoData implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(AttendanceDemoData.class);

	/** The batch names of the district's classes of today (`CourseDemoData`), and the ward's place in its names. */
	private static final String RUNNING = "lớp đang học", FINISHED = "lớp đã bế giảng", WARD = "(Phường An Phú)";

	/** Who proposes the roster, and who confirms, opens, marks and closes. */
	private record Actors(String proposer, String centre) {
	}

	private static final Actors DISTRICT = new Actors("anphu.tochuc", "anphu.giamdoc");

	private static final Actors TWO_LEVEL = new Actors("phuonganphu.xaydungdang", "truongchinhtri.hieutruong");

	private final CourseService courses;

	private final LearnerRegistry registry;

	private final Roster roster;

	private final AttendanceSheets sheets;

	private final JdbcTemplate jdbc;

	private final DemoActor actor;

	AttendanceDemoData(CourseService courses, LearnerRegistry registry, Roster roster, AttendanceSheets sheets,
			JdbcTemplate jdbc, DemoActor actor) {
		this.courses = courses;
		this.registry = registry;
		this.roster = roster;
		this.sheets = sheets;
		this.jdbc = jdbc;
		this.actor = actor;
	}

	@Override
	public void run() {
		Integer enrolled = this.jdbc.queryForObject("select count(*) from enrollment", Integer.class);
		if (enrolled == null || enrolled > 0) {
			return;
		}
		try {
			Optional<CourseSummary> running = approved(DISTRICT, RUNNING);
			Optional<CourseSummary> finished = approved(DISTRICT, FINISHED);
			Actors actors = DISTRICT;
			if (running.isEmpty() && finished.isEmpty()) {
				actors = TWO_LEVEL;
				LocalDate today = this.courses.today();
				List<CourseSummary> ward = this.actor.as(TWO_LEVEL.centre(), () -> this.courses
					.search(new CourseFilter(CourseStatus.APPROVED, null, null, WARD), 0, 20)
					.items());
				running = ward.stream()
					.filter(c -> !c.plannedOpening().isAfter(today) && !c.plannedClosing().isBefore(today))
					.findFirst();
				finished = ward.stream()
					.filter(c -> c.plannedClosing().isBefore(today))
					.max(Comparator.comparing(CourseSummary::plannedClosing));
			}
			Actors by = actors;
			List<Long> learners = this.actor.as(by.proposer(),
					() -> this.registry.search("", 0, 30).items().stream().map(LearnerSummary::id).toList());
			if (learners.isEmpty()) {
				return;
			}
			running.ifPresent(c -> run(by, c, learners.subList(0, Math.min(24, learners.size())), false));
			finished.ifPresent(c -> run(by, c, learners.subList(Math.min(6, learners.size()), learners.size()), true));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<CourseSummary> approved(Actors actors, String batch) {
		CourseFilter filter = new CourseFilter(CourseStatus.APPROVED, null, null, batch);
		return this.actor.as(actors.centre(), () -> this.courses.search(filter, 0, 1).items().stream().findFirst());
	}

	/** Enrols, confirms and opens; marks the sessions that took place; closes when asked. */
	private void run(Actors actors, CourseSummary summary, List<Long> learners, boolean close) {
		Long id = summary.id();
		this.actor.as(actors.proposer(), () -> learners.forEach(l -> this.roster.propose(id, l, null)));
		this.actor.as(actors.centre(), () -> {
			this.roster.confirm(id);
			this.courses.openClass(id);
			ClassView course = this.courses.classView(id);
			int n = 0;
			for (ClassSessionView s : course.attendedSessions()) {
				if (s.date().isAfter(this.courses.today()) || (!close && !s.date().isBefore(this.courses.today()))) {
					continue;
				}
				List<MarkChange> marks = new ArrayList<>();
				for (int i = 0; i < learners.size(); i++) {
					if (i == 0 && n < 2) {
						marks.add(new MarkChange(learners.get(i), AttendanceStatus.EXCUSED_ABSENCE, "Họp đột xuất tại xã"));
					}
					else if ((i * 7 + n) % 13 == 0) {
						marks.add(new MarkChange(learners.get(i), AttendanceStatus.LATE_OR_EARLY, "Đến muộn"));
					}
					else if ((i + n) % 17 == 0) {
						marks.add(new MarkChange(learners.get(i), AttendanceStatus.UNEXCUSED_ABSENCE, null));
					}
				}
				this.sheets.save(id, s.id(), new SheetSave(UUID.randomUUID(), 0L, marks, true, null));
				n++;
			}
			if (close) {
				this.courses.closeClass(id);
			}
		});
		log.info("Demo class {}: {} learners, {}", id, learners.size(), close ? "closed" : "in progress");
	}

}
