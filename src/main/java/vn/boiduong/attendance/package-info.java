/**
 * Attendance (điểm danh, DESIGN §2, §4, §6; issue 9): one sheet per session for the learners enrolled on
 * that day, taken on a phone in the room (everyone present by default, tap the exceptions), saved mark by
 * mark and merged learner by learner when two people mark at once or a phone was offline; each learner's
 * share of absences against the course's rule; the sign-in sheet and the attendance summary.
 */
package vn.boiduong.attendance;
