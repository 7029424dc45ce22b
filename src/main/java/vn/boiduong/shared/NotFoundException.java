package vn.boiduong.shared;

/** An unknown id: answered with the 404 page. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
