package vn.boiduong.shared.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run as a separate JVM by {@code EmbeddedPostgresBinariesTests}: unpacks the PostgreSQL binaries into
 * a working directory, printing each archive entry once it is on disk and waiting for a line on standard
 * input before the next, so that the test can kill the process at a chosen point of the unpack.
 */
public final class UnpackProcess {

	private UnpackProcess() {
	}

	public static void main(String[] args) {
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		EmbeddedPostgresBinaries.prepare(Path.of(args[0]), entry -> {
			System.out.println("ENTRY " + entry);
			System.out.flush();
			try {
				in.readLine(); // one entry at a time, at the pace of the test
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		System.out.println("DONE");
		System.out.flush();
	}

}
