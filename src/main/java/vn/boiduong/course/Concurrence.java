package vn.boiduong.course;

import java.time.Instant;
import java.util.function.Function;

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

/** The opinion of the organization board or the office on a plan, in one review round. */
@Entity
@Table(name = "concurrence")
class Concurrence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_id")
	private Course course;

	private int round;

	/** The unit that gave the opinion: one of the plan's concurring bodies. */
	private Long bodyUnitId;

	@Enumerated(EnumType.STRING)
	private Verdict verdict;

	private String comment;

	private Long userId;

	private String userName;

	private Instant recordedAt;

	protected Concurrence() {
	}

	Concurrence(Course course, int round, Long bodyUnitId, Verdict verdict, String comment, Actor actor,
			Instant at) {
		this.course = course;
		this.round = round;
		this.bodyUnitId = bodyUnitId;
		this.verdict = verdict;
		this.comment = comment;
		this.userId = actor.userId();
		this.userName = actor.name();
		this.recordedAt = at;
	}

	int getRound() {
		return this.round;
	}

	Long getBodyUnitId() {
		return this.bodyUnitId;
	}

	Verdict getVerdict() {
		return this.verdict;
	}

	ConcurrenceView toView(Function<Long, String> unitNames) {
		return new ConcurrenceView(this.round, this.bodyUnitId, unitNames.apply(this.bodyUnitId), this.verdict,
				this.comment, this.userName, this.recordedAt);
	}

}
