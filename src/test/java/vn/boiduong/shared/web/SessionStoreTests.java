package vn.boiduong.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SessionStoreTests {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsOfOneSessionAddingTheSameAttributeBothSucceed() {
		assertThat(raceOnANewAttribute(this.sessions)).isEqualTo("token-of-the-second-tab");
	}

	/** Two requests load the session at the same time and each stores a new CSRF token. */
	private static <S extends Session> String raceOnANewAttribute(SessionRepository<S> repository) {
		S created = repository.createSession();
		repository.save(created);
		S first = repository.findById(created.getId());
		S second = repository.findById(created.getId());
		first.setAttribute("CSRF_TOKEN", "token-of-the-first-tab");
		second.setAttribute("CSRF_TOKEN", "token-of-the-second-tab");
		repository.save(first);
		repository.save(second);
		String stored = repository.findById(created.getId()).getAttribute("CSRF_TOKEN");
		repository.deleteById(created.getId());
		return stored;
	}

}
