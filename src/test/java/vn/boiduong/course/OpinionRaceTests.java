package vn.boiduong.course;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The organization board and the office give their opinions at the same moment: both are recorded and
 * the plan waits for the committee. Neither is told "already recorded" for an opinion that was lost.
 */
@IntegrationTest
@Import(CourseFixtures.class)
class OpinionRaceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseFixtures fixtures;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void twoBodiesConcurringAtOnceAreBothRecorded() throws Exception {
		CourseView course = this.fixtures.inStatus(CourseStatus.UNDER_REVIEW);
		CountDownLatch recordedNotCommitted = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);

		// The organization board's opinion is written, and its transaction stays open.
		CompletableFuture<Void> board = CompletableFuture.runAsync(() -> this.fixtures.as("anphu.tochuc",
				() -> new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
					this.fixtures.service.recordConcurrence(course.id(), null, Verdict.CONCUR, "Thống nhất");
					recordedNotCommitted.countDown();
					await(commit);
				})));
		await(recordedNotCommitted);

		// The office posts meanwhile; it must wait for the board's transaction, not work from the state before it.
		CompletableFuture<MvcResult> office = CompletableFuture.supplyAsync(() -> {
			try {
				return this.mvc.perform(post("/courses/{id}/opinion", course.id()).with(csrf())
					.with(user(this.userDetails.loadUserByUsername("anphu.vanphong")))
					.param("verdict", "CONCUR")
					.param("comment", "Đồng ý"))
					.andReturn();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		waitUntilASessionWaitsForALock(office);
		commit.countDown();
		board.get(30, TimeUnit.SECONDS);
		MvcResult result = office.get(30, TimeUnit.SECONDS);

		assertThat(result.getFlashMap().get("failure")).isNull();
		assertThat(result.getFlashMap().get("success")).isEqualTo("course.opinion.recorded");
		assertThat(this.jdbc.queryForObject("select count(*) from concurrence where course_id = ?", Integer.class,
				course.id())).isEqualTo(2);
		assertThat(this.fixtures.stored(course.id()).status()).isEqualTo(CourseStatus.AWAITING_DECISION);
	}

	/** Until the office's request blocks on a row the board's open transaction holds (or has finished). */
	private void waitUntilASessionWaitsForALock(CompletableFuture<?> office) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!office.isDone() && this.jdbc.queryForObject("select count(*) from pg_stat_activity "
				+ "where datname = current_database() and wait_event_type = 'Lock'", Integer.class) == 0) {
			assertThat(System.nanoTime()).as("the office's request never reached the course row").isLessThan(deadline);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
