package vn.boiduong.audit;

import java.time.Instant;

public record AuditEventView(Long id, Instant occurredAt, String actor, String action, String entityType,
		String entityId, String beforeState, String afterState, String detail, String remoteAddr) {
}
