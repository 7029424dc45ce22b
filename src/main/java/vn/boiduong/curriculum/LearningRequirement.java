package vn.boiduong.curriculum;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One "yêu cầu cần đạt" of a lesson, word for word from the guidance. */
@Entity
@Immutable
@Table(name = "learning_requirement")
class LearningRequirement {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lesson_id")
	private Lesson lesson;

	private int position;

	private String text;

	protected LearningRequirement() {
	}

	LearningRequirementView toView() {
		return new LearningRequirementView(this.id, this.position, this.text);
	}

}
