package vn.boiduong.curriculum;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An elective topic: national (from the guidance) when it has no province, otherwise local. */
@Entity
@Table(name = "elective_topic")
class ElectiveTopic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long programId;

	private Long provinceUnitId;

	private int position;

	private String title;

	private String description;

	private LocalDate retiredOn;

	@Version
	private long version;

	protected ElectiveTopic() {
	}

	ElectiveTopic(Long programId, Long provinceUnitId, int position, String title, String description) {
		this.programId = programId;
		this.provinceUnitId = provinceUnitId;
		this.position = position;
		this.title = title;
		this.description = description;
	}

	Long getId() {
		return this.id;
	}

	Long getProvinceUnitId() {
		return this.provinceUnitId;
	}

	long getVersion() {
		return this.version;
	}

	boolean isNational() {
		return this.provinceUnitId == null;
	}

	void edit(String title, String description) {
		this.title = title;
		this.description = description;
	}

	void retire(LocalDate on) {
		this.retiredOn = on;
	}

	void restore() {
		this.retiredOn = null;
	}

	ElectiveTopicView toView() {
		return new ElectiveTopicView(this.id, this.programId, this.provinceUnitId, this.position, this.title,
				this.description, this.retiredOn, this.version);
	}

}
