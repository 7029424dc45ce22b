package vn.boiduong.shared.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A separate JVM started by a test, with heap enough to unpack PostgreSQL, its standard output read
 * line by line and everything it prints kept in a log under {@code target/child-jvm-logs}; the log is
 * what a failed assertion shows, so a JVM that fails leaves its log in the test report.
 */
final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final BufferedReader out;

	private final Writer in;

	private ChildJvm(Process process, Path log) {
		this.process = process;
		this.log = log;
		this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
	}

	static ChildJvm start(String name, Class<?> main, String... args) throws IOException {
		Path logs = Path.of("target", "child-jvm-logs").toAbsolutePath();
		Files.createDirectories(logs);
		Path log = Files.createTempFile(logs, name + "-", ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-Xshare:off", "-cp", System.getProperty("java.class.path"), main.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
		return new ChildJvm(process, log);
	}

	/** Reads standard output until a line matches; null when the process ends first. */
	String awaitLine(Predicate<String> wanted) throws IOException {
		String line;
		while ((line = this.out.readLine()) != null) {
			Files.writeString(this.log, "> " + line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
			if (wanted.test(line)) {
				return line;
			}
		}
		return null;
	}

	void send(String line) throws IOException {
		this.in.write(line + "\n");
		this.in.flush();
	}

	Process process() {
		return this.process;
	}

	/** What the process printed, for assertion messages. */
	String log() {
		try {
			return "log of the child JVM (" + this.log + "):\n" + Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(60, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
