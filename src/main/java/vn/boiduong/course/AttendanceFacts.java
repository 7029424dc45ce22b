package vn.boiduong.course;

import java.util.Set;

/**
 * What the course asks of attendance before the class closes; the attendance module implements it (the
 * arrow points from attendance to course, not back).
 */
public interface AttendanceFacts {

	/** The sessions of the course whose attendance sheet has been taken. */
	Set<Long> sessionsTaken(Long courseId);

}
