package vn.boiduong.attendance;

import java.util.List;
import java.util.UUID;

/**
 * One save of a sheet, as the phone sends it: the client's id for this save (a replay changes nothing),
 * the sheet version the marks were made on, the changed marks, whether the sheet is confirmed as taken
 * ("all present, save"), and the reason of a correction after the class closed.
 */
public record SheetSave(UUID clientId, Long baseVersion, List<MarkChange> marks, Boolean confirm, String reason) {

	/** The version the marks were made on; none given: the first. */
	public long base() {
		return this.baseVersion == null ? 0 : this.baseVersion;
	}

	public boolean confirming() {
		return Boolean.TRUE.equals(this.confirm);
	}

	public List<MarkChange> marks() {
		return this.marks == null ? List.of() : this.marks;
	}

}
