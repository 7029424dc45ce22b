package vn.boiduong.attendance;

/** One learner's mark as a save sends it. */
public record MarkChange(Long learnerId, AttendanceStatus status, String remark) {
}
