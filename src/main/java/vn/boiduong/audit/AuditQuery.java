package vn.boiduong.audit;

import java.time.LocalDate;

/** Filters for browsing the audit log; every field is optional. */
public record AuditQuery(String actor, String action, String entityType, String entityId, LocalDate from,
		LocalDate to) {

	public static AuditQuery none() {
		return new AuditQuery(null, null, null, null, null, null);
	}

}
