package vn.boiduong.course;

import java.time.Instant;

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

/** One step of a course's timeline: who, when, what, with which comment. */
@Entity
@Table(name = "course_step")
class CourseStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_id")
	private Course course;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private StepAction action;

	private int round;

	private Long userId;

	private String userName;

	private String comment;

	protected CourseStep() {
	}

	CourseStep(Course course, StepAction action, int round, Actor actor, String comment, Instant at) {
		this.course = course;
		this.action = action;
		this.round = round;
		this.userId = actor.userId();
		this.userName = actor.name();
		this.comment = comment;
		this.occurredAt = at;
	}

	StepAction getAction() {
		return this.action;
	}

	Long getUserId() {
		return this.userId;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

	CourseStepView toView() {
		return new CourseStepView(this.occurredAt, this.action, this.round, this.userName, this.comment);
	}

}
