package vn.boiduong.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	@Query("select distinct e.action from AuditEvent e order by e.action")
	List<String> findDistinctActions();

	@Query("select distinct e.entityType from AuditEvent e where e.entityType is not null order by e.entityType")
	List<String> findDistinctEntityTypes();

}
