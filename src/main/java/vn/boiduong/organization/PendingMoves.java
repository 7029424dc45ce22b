package vn.boiduong.organization;

import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.boiduong.shared.StartupTask;

/**
 * Applies the moves a reorganization scheduled for a later day (V82): at start-up, and every ten minutes
 * (Vietnam time), so that the grassroots units of a committee closing at midnight stand under its
 * successor from the first minutes of the day. The work is a no-op query on most runs.
 */
@Component
@Order(0)
class PendingMoves implements StartupTask {

	private final Reorganizations reorganizations;

	PendingMoves(Reorganizations reorganizations) {
		this.reorganizations = reorganizations;
	}

	@Override
	public void run() {
		this.reorganizations.applyDueMoves(this.reorganizations.today());
	}

	@Scheduled(cron = "0 */10 * * * *", zone = "Asia/Ho_Chi_Minh")
	void everyTenMinutes() {
		run();
	}

}
