package vn.boiduong.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.boiduong.BoiduongApplication;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.support.TestDatabaseConfiguration;
import vn.boiduong.support.TestDatabaseConfiguration.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two administrators removing each other at the same moment, on PostgreSQL: one of them stays. The
 * rule counts the other administrators, so without a lock both would count two and both succeed. Each
 * round starts both threads together and is repeated, on a database of its own (the rule concerns
 * every administrator of the database, so it must hold exactly the two of each round).
 */
class LastAdministratorRaceTests {

	static final int ROUNDS = 8;

	static ConfigurableApplicationContext app;

	static UserAccountService accounts;

	static JdbcTemplate jdbc;

	@BeforeAll
	static void start() {
		Database database = TestDatabaseConfiguration.freshDatabase("last_admin_race");
		app = new SpringApplicationBuilder(BoiduongApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(), "--app.demo-data.enabled=false",
					"--app.admin.username=quantri", "--app.admin.password=mat-khau-quan-tri");
		accounts = app.getBean(UserAccountService.class);
		jdbc = app.getBean(JdbcTemplate.class);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void twoAdministratorsDeactivatingEachOtherLeaveOneActive() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Long one = onlyActiveAdministrator();
			Long other = newAdministrator();

			List<Outcome> outcomes = race(() -> accounts.deactivate(other), () -> accounts.deactivate(one));

			assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(Outcome.DONE, Outcome.REFUSED);
			assertThat(activeAdministrators()).as("round %d", round).hasSize(1);
		}
	}

	@Test
	void twoAdministratorsRemovingEachOthersRoleLeaveOneAdministrator() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			Long one = onlyActiveAdministrator();
			Long other = newAdministrator();
			Long oneRole = adminAssignment(one);
			Long otherRole = adminAssignment(other);

			List<Outcome> outcomes = race(() -> accounts.removeRole(other, otherRole),
					() -> accounts.removeRole(one, oneRole));

			assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(Outcome.DONE, Outcome.REFUSED);
			assertThat(activeAdministrators()).as("round %d", round).hasSize(1);
		}
	}

	enum Outcome {

		DONE, REFUSED

	}

	/** Runs both actions in two threads released together; what became of each. */
	private static List<Outcome> race(Runnable first, Runnable second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Outcome>> futures = new ArrayList<>();
			for (Runnable action : List.of(first, second)) {
				futures.add(threads.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					try {
						action.run();
						return Outcome.DONE;
					}
					catch (RuleViolationException ex) {
						assertThat(ex.getMessageKey()).isEqualTo("user.error.lastAdministrator");
						return Outcome.REFUSED;
					}
				}));
			}
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static List<Long> activeAdministrators() {
		return jdbc.queryForList("""
				select distinct u.id from user_account u join role_assignment r on r.user_id = u.id
				where u.active and r.role = 'ADMIN' order by u.id""", Long.class);
	}

	private static Long onlyActiveAdministrator() {
		List<Long> administrators = activeAdministrators();
		assertThat(administrators).hasSize(1);
		return administrators.get(0);
	}

	private static Long newAdministrator() {
		Long root = jdbc.queryForObject("select id from org_unit where parent_id is null", Long.class);
		UserView user = accounts.create("quantri." + UUID.randomUUID().toString().substring(0, 8), "Quản Trị Thử", null,
				null, "mat-khau-quan-tri");
		return accounts.assignRole(user.id(), Role.ADMIN, root).id();
	}

	private static Long adminAssignment(Long userId) {
		return jdbc.queryForObject("select id from role_assignment where user_id = ? and role = 'ADMIN'", Long.class,
				userId);
	}

}
