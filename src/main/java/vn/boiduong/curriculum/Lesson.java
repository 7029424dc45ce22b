package vn.boiduong.curriculum;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A compulsory lesson (Bài 1–6). Read-only: the guidance is not edited through the application. */
@Entity
@Immutable
@Table(name = "lesson")
class Lesson {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "program_id")
	private Program program;

	private int number;

	private String title;

	@OneToMany(mappedBy = "lesson")
	@OrderBy("position")
	private List<LearningRequirement> requirements = new ArrayList<>();

	protected Lesson() {
	}

	LessonView toView() {
		return new LessonView(this.id, this.number, this.title,
				this.requirements.stream().map(LearningRequirement::toView).toList());
	}

}
