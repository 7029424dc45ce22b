package vn.boiduong.attendance;

import java.util.List;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.ClassView;

/**
 * The attendance page of one session: the learners enrolled that day in Vietnamese name order with their
 * marks, the sheet's version and whether it is taken; {@code editable} when the user may mark now,
 * {@code correction} when that needs a reason (the class has closed).
 */
public record SheetPage(ClassView course, ClassSessionView session, List<Row> rows, long version, boolean taken,
		boolean editable, boolean correction) {

	/** One learner of the sheet; {@code key} is the name without diacritics, for the filter box. */
	public record Row(Long learnerId, String fullName, String partyOrganizationName, String key,
			AttendanceStatus status, String remark) {
	}

	public long present() {
		return this.rows.stream().filter(r -> !r.status().isAbsence()).count();
	}

	public long absent() {
		return this.rows.size() - present();
	}

}
