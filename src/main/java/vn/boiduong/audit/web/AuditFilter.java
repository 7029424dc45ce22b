package vn.boiduong.audit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

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

}
