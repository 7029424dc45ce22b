package vn.boiduong.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database itself keeps the audit log append-only, whatever the application does. */
@IntegrationTest
class AuditLogAppendOnlyTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	long eventId;

	@BeforeEach
	void recordAnEvent() {
		this.audit.recordAs("kiem.tra", "APPEND_ONLY_CHECK", "Test", 1, "{\"a\":1}", "{\"a\":2}", null);
		this.eventId = this.jdbc.queryForObject(
				"select max(id) from audit_event where actor = 'kiem.tra' and action = 'APPEND_ONLY_CHECK'", Long.class);
	}

	@Test
	void theDatabaseRefusesToChangeAnAuditEvent() {
		assertThatThrownBy(() -> this.jdbc.update("update audit_event set action = 'REWRITTEN' where id = ?", this.eventId))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("select action from audit_event where id = ?", String.class, this.eventId))
			.isEqualTo("APPEND_ONLY_CHECK");
	}

	@Test
	void theDatabaseRefusesToDeleteAnAuditEvent() {
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event where id = ?", this.eventId))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where id = ?", Long.class, this.eventId))
			.isEqualTo(1L);
	}

	@Test
	void theDatabaseRefusesToEmptyTheAuditLog() {
		assertThatThrownBy(() -> this.jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event", Long.class)).isPositive();
	}

}
