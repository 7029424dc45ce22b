package vn.boiduong.audit.web;

import java.time.LocalDateTime;

import vn.boiduong.audit.AnonymousNoiseView;

/** One address's refused anonymous requests in one minute, in local time. */
public record AnonymousNoiseRow(AnonymousNoiseView noise, LocalDateTime minute) {

	static AnonymousNoiseRow of(AnonymousNoiseView noise) {
		return new AnonymousNoiseRow(noise, LocalDateTime.ofInstant(noise.minute(), AuditRow.ZONE));
	}

}
