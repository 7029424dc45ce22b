package vn.boiduong.shared;

import java.util.List;

/**
 * A link in the main navigation, declared as a bean by the module that owns the page. It shows only
 * to users holding one of {@code authorities} (for example {@code ROLE_LECTURER}), or to everyone signed
 * in when the list is empty.
 */
public record NavigationEntry(int order, String path, String messageKey, List<String> authorities) {

	public NavigationEntry {
		authorities = List.copyOf(authorities);
	}

}
