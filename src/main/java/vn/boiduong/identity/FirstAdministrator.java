package vn.boiduong.identity;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.StartupTask;

/**
 * On a database with no account (a production start), creates the first administrator from
 * APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD, or refuses to start without them. Runs after the demo
 * data, which creates accounts of its own.
 */
@Component
@Order(100)
class FirstAdministrator implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccountService accounts;

	private final OrgUnitService units;

	private final String username;

	private final String password;

	private final String rootUnitName;

	FirstAdministrator(UserAccountService accounts, OrgUnitService units, @Value("${app.admin.username:}") String username,
			@Value("${app.admin.password:}") String password,
			@Value("${app.admin.root-unit-name:Tỉnh ủy}") String rootUnitName) {
		this.accounts = accounts;
		this.units = units;
		this.username = username;
		this.password = password;
		this.rootUnitName = rootUnitName;
	}

	@Override
	public void run() {
		if (this.accounts.anyAccountExists()) {
			return;
		}
		if (!StringUtils.hasText(this.username) || !StringUtils.hasText(this.password)) {
			throw new IllegalStateException("The database has no account: set APP_ADMIN_USERNAME and "
					+ "APP_ADMIN_PASSWORD to create the first administrator.");
		}
		OrgUnitView root = this.units.tree()
			.stream()
			.filter(u -> u.parentId() == null)
			.findFirst()
			.orElseGet(() -> this.units.create(OrgUnitKind.PROVINCE, this.rootUnitName, null, null,
					LocalDate.of(2020, 1, 1)));
		UserView admin = this.accounts.create(this.username, "Quản trị hệ thống", null, null, this.password);
		this.accounts.assignRole(admin.id(), Role.ADMIN, root.id());
		log.info("Created the first administrator '{}' at '{}'", this.username, root.name());
	}

}
