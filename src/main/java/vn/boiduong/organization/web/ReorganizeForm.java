package vn.boiduong.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.Reorganization;

/**
 * The reorganization page's form. A bean rather than a record: its rows are a list bound by index
 * ({@code closures[1].successorId}), and each broken rule is put next to its field in its row.
 */
public class ReorganizeForm {

	static final int BLANK_ROWS = 3;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	private Long treeVersion;

	private boolean moveRoles = true;

	private boolean moveGrassroots = true;

	private List<Row> closures = new ArrayList<>();

	static ReorganizeForm blank(LocalDate today, long treeVersion) {
		ReorganizeForm form = new ReorganizeForm();
		form.on = today;
		form.treeVersion = treeVersion;
		for (int i = 0; i < BLANK_ROWS; i++) {
			form.closures.add(new Row());
		}
		return form;
	}

	Reorganization toPlan() {
		List<Reorganization.Closure> rows = this.closures.stream()
			.map(r -> r == null ? null
					: new Reorganization.Closure(r.unitId, r.successorId,
							new Reorganization.NewUnit(r.newKind, r.newName, r.newShortName, r.newParentId)))
			.toList();
		return new Reorganization(this.on, this.treeVersion, rows, this.moveRoles, this.moveGrassroots);
	}

	public LocalDate getOn() {
		return this.on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}

	public Long getTreeVersion() {
		return this.treeVersion;
	}

	public void setTreeVersion(Long treeVersion) {
		this.treeVersion = treeVersion;
	}

	public boolean isMoveRoles() {
		return this.moveRoles;
	}

	public void setMoveRoles(boolean moveRoles) {
		this.moveRoles = moveRoles;
	}

	public boolean isMoveGrassroots() {
		return this.moveGrassroots;
	}

	public void setMoveGrassroots(boolean moveGrassroots) {
		this.moveGrassroots = moveGrassroots;
	}

	public List<Row> getClosures() {
		return this.closures;
	}

	public void setClosures(List<Row> closures) {
		this.closures = closures;
	}

	/** One unit to close, and its successor: chosen among the existing units, or a new one described. */
	public static class Row {

		private Long unitId;

		private Long successorId;

		private OrgUnitKind newKind;

		private String newName;

		private String newShortName;

		private Long newParentId;

		public Long getUnitId() {
			return this.unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

		public Long getSuccessorId() {
			return this.successorId;
		}

		public void setSuccessorId(Long successorId) {
			this.successorId = successorId;
		}

		public OrgUnitKind getNewKind() {
			return this.newKind;
		}

		public void setNewKind(OrgUnitKind newKind) {
			this.newKind = newKind;
		}

		public String getNewName() {
			return this.newName;
		}

		public void setNewName(String newName) {
			this.newName = newName;
		}

		public String getNewShortName() {
			return this.newShortName;
		}

		public void setNewShortName(String newShortName) {
			this.newShortName = newShortName;
		}

		public Long getNewParentId() {
			return this.newParentId;
		}

		public void setNewParentId(Long newParentId) {
			this.newParentId = newParentId;
		}

	}

}
