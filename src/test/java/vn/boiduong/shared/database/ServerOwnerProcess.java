package vn.boiduong.shared.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run as a separate JVM by the embedded database tests: starts an embedded PostgreSQL on a directory
 * (with the binaries in the given working directory, or the default one), checks that it answers, says
 * READY and runs until it is killed or reads STOP, as the default run of the application would.
 * Arguments: data directory [working directory].
 */
public final class ServerOwnerProcess {

	private ServerOwnerProcess() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres.Builder builder = args.length > 1 ? EmbeddedPostgresBinaries.builder(Path.of(args[1]))
				: EmbeddedPostgresBinaries.builder();
		EmbeddedPostgres postgres = builder.setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false).start();
		int settings;
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var result = connection.createStatement().executeQuery("select count(*) from pg_settings")) {
			result.next();
			settings = result.getInt(1);
		}
		System.out.println("READY " + postgres.getPort() + " " + settings);
		System.out.flush();
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String line;
		while ((line = in.readLine()) != null && !line.equals("STOP")) {
			// wait for STOP or for the end of standard input
		}
		if (line != null) {
			postgres.close();
			System.out.println("STOPPED");
			System.out.flush();
		}
		else {
			// standard input closed without STOP: wait to be killed, as a running application would
			new java.util.concurrent.CountDownLatch(1).await();
		}
	}

}
