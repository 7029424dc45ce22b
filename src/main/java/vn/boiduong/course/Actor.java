package vn.boiduong.course;

/** Who takes a step, as the timeline remembers them (the name as it was on that day). */
record Actor(Long userId, String name) {
}
