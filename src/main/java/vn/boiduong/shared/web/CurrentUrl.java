package vn.boiduong.shared.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of the page being shown, so that links to another page of a list or to the other
 * language keep the filters: {@code ${currentUrl.with('page', 2)}}.
 */
public record CurrentUrl(String path, String query) {

	public String with(String name, Object value) {
		return UriComponentsBuilder.fromPath(this.path).query(this.query).replaceQueryParam(name, value).build().toUriString();
	}

	public String page(int page) {
		return with("page", page);
	}

}
