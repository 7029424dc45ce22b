/**
 * The course plan and its lifecycle: the district propaganda board drafts the plan and timetable, the
 * organization board and the office give their opinions, and the committee decides to open the class
 * (HD 59, III.3: the district committee directs the opening of each course).
 */
package vn.boiduong.course;
