package vn.boiduong.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * In every test context, the sign-in slowdown records the waits it would make instead of sleeping, so
 * that no test waits and a test can assert the delay it earned.
 */
@Component
@Primary
public class RecordingPause implements SignInSlowdown.Pause {

	private final List<Duration> pauses = new ArrayList<>();

	@Override
	public synchronized void pause(Duration delay) {
		this.pauses.add(delay);
	}

	public synchronized List<Duration> pauses() {
		return List.copyOf(this.pauses);
	}

	public synchronized void clear() {
		this.pauses.clear();
	}

}
