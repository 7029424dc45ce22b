package vn.boiduong.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Buổi học: one half-day (or explicit hours) of teaching, discussion, visit or self-study. */
@Entity
@Table(name = "class_session")
class ClassSession {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_id")
	private Course course;

	@Column(name = "session_date")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	private PartOfDay partOfDay;

	private LocalTime startTime;

	private LocalTime endTime;

	@Enumerated(EnumType.STRING)
	private SessionKind kind;

	private Long lessonId;

	/** The learning requirements covered, none meaning the whole lesson (class_session_requirement, V12). */
	@ElementCollection
	@CollectionTable(name = "class_session_requirement", joinColumns = @JoinColumn(name = "class_session_id"))
	@OrderColumn(name = "position")
	@Column(name = "requirement_id")
	@Fetch(FetchMode.SUBSELECT)
	private List<Long> requirementIds = new ArrayList<>();

	private Long electiveTopicId;

	private String topicText;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	private String place;

	private Long lecturerUserId;

	@Column(name = "guest_speaker")
	private String guestSpeakerName;

	protected ClassSession() {
	}

	ClassSession(Course course, SessionDetails details) {
		this.course = course;
		apply(details);
	}

	void apply(SessionDetails d) {
		this.date = d.date();
		this.partOfDay = d.partOfDay();
		this.startTime = d.effectiveStart();
		this.endTime = d.effectiveEnd();
		this.kind = d.kind();
		this.lessonId = d.lessonId();
		this.requirementIds.clear();
		this.requirementIds.addAll(d.lessonId() == null ? List.of() : d.requirementIds());
		this.electiveTopicId = d.electiveTopicId();
		this.topicText = blankToNull(d.topicText());
		this.delivery = d.delivery();
		this.place = blankToNull(d.place());
		this.lecturerUserId = d.lecturerUserId();
		this.guestSpeakerName = d.lecturerUserId() == null ? blankToNull(d.guestSpeakerName()) : null;
	}

	/** This session's content at another time, place or with another teacher (a change after approval). */
	SessionDetails rescheduled(SessionChange c) {
		return new SessionDetails(c.date(), c.partOfDay(), c.startTime(), c.endTime(), this.kind, this.lessonId,
				List.copyOf(this.requirementIds), this.electiveTopicId, this.topicText, this.delivery, c.place(),
				c.lecturerUserId(), c.guestSpeakerName());
	}

	Long getId() {
		return this.id;
	}

	LocalDate getDate() {
		return this.date;
	}

	LocalTime getStartTime() {
		return this.startTime;
	}

	Long getLessonId() {
		return this.lessonId;
	}

	List<Long> getRequirementIds() {
		return this.requirementIds;
	}

	Long getElectiveTopicId() {
		return this.electiveTopicId;
	}

	/** Self-study has no attendance (issue 9); every other session has a sheet. */
	boolean needsAttendance() {
		return this.kind != SessionKind.SELF_STUDY;
	}

	SessionKind getKind() {
		return this.kind;
	}

	Long getLecturerUserId() {
		return this.lecturerUserId;
	}

	Course getCourse() {
		return this.course;
	}

	/** "12/03/2026 07:30–11:30", for the timeline. */
	String labelText() {
		return DATE.format(this.date) + " " + TIME.format(this.startTime) + "–" + TIME.format(this.endTime);
	}

	/** "ngày 12/03/2026 (buổi sáng)" or "ngày 12/03/2026 (08:00–10:00)", for the messages that name a session. */
	MessageSourceResolvable label() {
		return label(this.date, this.partOfDay, this.startTime, this.endTime);
	}

	static MessageSourceResolvable label(LocalDate date, PartOfDay part, LocalTime start, LocalTime end) {
		Object when = part != null ? new DefaultMessageSourceResolvable(part.messageKey())
				: (start == null ? "" : TIME.format(start)) + "–" + (end == null ? "" : TIME.format(end));
		return new DefaultMessageSourceResolvable(new String[] { "course.session.label" },
				new Object[] { date == null ? "" : DATE.format(date), when });
	}

	ClassSessionView toView(CourseNames names) {
		return names.sessionView(this.id, this.date, this.partOfDay, this.startTime, this.endTime, this.kind, this.lessonId,
				this.requirementIds, this.electiveTopicId, this.topicText, this.delivery, this.place, this.lecturerUserId,
				this.guestSpeakerName);
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
