package vn.boiduong.audit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

import vn.boiduong.audit.AuditQuery;

/** The filters of the audit page, as the query string carries them; every one is optional. */
record AuditFilter(@Size(max = 60) String actor, @Size(max = 60) String action, @Size(max = 60) String entityType,
		@Size(max = 60) String entityId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	AuditQuery toQuery() {
		return new AuditQuery(this.actor, this.action, this.entityType, this.entityId, this.from, this.to);
	}

	boolean rangeReversed() {
		return this.from != null && this.to != null && this.from.isAfter(this.to);
	}

	/** The link to another page of the same filtered list. */
	String pageLink(int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/audit");
		add(link, "actor", this.actor);
		add(link, "action", this.action);
		add(link, "entityType", this.entityType);
		add(link, "entityId", this.entityId);
		add(link, "from", this.from == null ? null : this.from.toString());
		add(link, "to", this.to == null ? null : this.to.toString());
		return link.queryParam("page", page).encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder link, String name, String value) {
		if (StringUtils.hasText(value)) {
			link.queryParam(name, value.trim());
		}
	}

}
