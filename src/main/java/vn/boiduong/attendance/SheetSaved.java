package vn.boiduong.attendance;

import java.util.List;

/**
 * What a save did: the sheet's version now, whether it is taken, whether the save was a replay, the marks
 * of learners changed since the save's base version (a colleague's, to show), and the conflicts: learners
 * whose mark a colleague changed after the base version, left as the colleague set them.
 */
public record SheetSaved(long version, boolean taken, boolean replay, List<MarkChange> changedSince,
		List<MarkChange> conflicts) {
}
