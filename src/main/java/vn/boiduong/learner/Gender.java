package vn.boiduong.learner;

/** A learner's gender, as the party member's record gives it. */
public enum Gender {

	MALE, FEMALE;

	public String messageKey() {
		return "learner.gender." + name();
	}

}
