package vn.boiduong.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String entityType;

	private String entityId;

	private String beforeState;

	private String afterState;

	private String detail;

	private String remoteAddr;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String actor, String action, String entityType, String entityId, String beforeState,
			String afterState, String detail, String remoteAddr) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.beforeState = beforeState;
		this.afterState = afterState;
		this.detail = detail;
		this.remoteAddr = remoteAddr;
	}

	AuditEventView toView() {
		return new AuditEventView(this.id, this.occurredAt, this.actor, this.action, this.entityType, this.entityId,
				this.beforeState, this.afterState, this.detail, this.remoteAddr);
	}

}
