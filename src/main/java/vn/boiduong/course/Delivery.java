package vn.boiduong.course;

/** Trực tiếp, trực tuyến or kết hợp: HD 59 allows online teaching in epidemics and force majeure. */
public enum Delivery {

	IN_PERSON, ONLINE, BLENDED;

	public String messageKey() {
		return "course.delivery." + name();
	}

}
