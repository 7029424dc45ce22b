package vn.boiduong.shared;

import java.util.List;

/**
 * A module's contribution to the signed-in user's home page. Each module that has work waiting for
 * someone implements it; the home page asks them all.
 */
public interface TodoSource {

	/** The work waiting for the signed-in user, empty when there is none. */
	List<TodoItem> todosForCurrentUser();

}
