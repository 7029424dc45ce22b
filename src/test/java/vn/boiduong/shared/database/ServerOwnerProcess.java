package vn.boiduong.shared.database;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run as a separate JVM by the persistence tests: starts an embedded PostgreSQL on a directory, says
 * READY and waits until it is killed, as the default run of the application would.
 */
public final class ServerOwnerProcess {

	private ServerOwnerProcess() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of(args[0]))
			.setCleanDataDirectory(false)
			.start();
		System.out.println("READY " + postgres.getPort());
		System.out.flush();
		new CountDownLatch(1).await();
	}

}
