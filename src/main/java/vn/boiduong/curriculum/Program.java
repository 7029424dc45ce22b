package vn.boiduong.curriculum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

@Entity
@Table(name = "program")
class Program {

	@Id
	private Long id;

	private String code;

	private String name;

	private String source;

	private int versionNo;

	private LocalDate effectiveFrom;

	private boolean current;

	@OneToMany(mappedBy = "program")
	@OrderBy("number")
	private List<Lesson> lessons = new ArrayList<>();

	protected Program() {
	}

	Long getId() {
		return this.id;
	}

	List<Lesson> getLessons() {
		return this.lessons;
	}

	ProgramView toView() {
		return new ProgramView(this.id, this.code, this.name, this.source, this.versionNo, this.effectiveFrom,
				this.current);
	}

}
