package vn.boiduong.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL binaries are unpacked whole or not at all, whatever happens to the process that
 * unpacks them. Each test has its own, empty working directory (never the machine's temporary folder),
 * so no test depends on what an earlier run or another test unpacked.
 */
class EmbeddedPostgresBinariesTests {

	private final List<Path> directories = new ArrayList<>();

	@AfterEach
	void removeDirectories() throws IOException {
		for (Path dir : this.directories) {
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	@Test
	void aFirstStartKilledInTheMiddleOfUnpackingIsFollowedByAStartThatWorks() throws Exception {
		Path workDir = newDirectory("unpack-");
		try (ChildJvm first = ChildJvm.start("killed-unpack", UnpackProcess.class, workDir.toString())) {
			for (int entry = 0; entry < 300; entry++) {
				assertThat(first.awaitLine(line -> line.startsWith("ENTRY "))).as(first::log).isNotNull();
				if (entry < 299) {
					first.send("NEXT");
				}
			}
			first.kill(); // kill -9 with 300 of the archive's ~1,050 entries on disk
		}
		assertThat(names(workDir)).as("nothing is under the final name after a killed unpack")
			.noneMatch(name -> name.startsWith("boiduong-PG-"))
			.anyMatch(name -> name.startsWith("boiduong-unpacking-"));

		try (EmbeddedPostgres postgres = EmbeddedPostgresBinaries.builder(workDir)
			.setDataDirectory(newDirectory("data-"))
			.start()) {
			assertThat(settingsCount(postgres)).as("a whole PostgreSQL answers").isGreaterThan(300);
		}
		assertThat(names(workDir)).as("the half unpack is removed and one whole one is in place")
			.noneMatch(name -> name.startsWith("boiduong-unpacking-"))
			.filteredOn(name -> name.startsWith("boiduong-PG-"))
			.hasSize(1);
	}

	@Test
	void twoProcessesStartingTogetherOnAnEmptyUnpackFolderBothSucceed() throws Exception {
		Path workDir = newDirectory("unpack-");
		Path dataA = newDirectory("data-");
		Path dataB = newDirectory("data-");
		try (ChildJvm a = ChildJvm.start("together-a", ServerOwnerProcess.class, dataA.toString(), workDir.toString());
				ChildJvm b = ChildJvm.start("together-b", ServerOwnerProcess.class, dataB.toString(), workDir.toString())) {
			String readyA = a.awaitLine(line -> line.startsWith("READY"));
			String readyB = b.awaitLine(line -> line.startsWith("READY"));
			assertThat(readyA).as(a::log).isNotNull();
			assertThat(readyB).as(b::log).isNotNull();
			assertThat(Integer.parseInt(readyA.split(" ")[2])).as(a::log).isGreaterThan(300);
			assertThat(Integer.parseInt(readyB.split(" ")[2])).as(b::log).isGreaterThan(300);
			for (ChildJvm jvm : List.of(a, b)) {
				jvm.send("STOP");
				assertThat(jvm.awaitLine("STOPPED"::equals)).as(jvm::log).isNotNull();
				assertThat(jvm.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
			}
		}
		assertThat(names(workDir)).as("one whole unpack, no staging folder left")
			.noneMatch(name -> name.startsWith("boiduong-unpacking-"))
			.filteredOn(name -> name.startsWith("boiduong-PG-"))
			.hasSize(1);
	}

	@Test
	void aFolderHalfUnpackedByZonkyItselfDoesNotStopAStart() throws Exception {
		Path workDir = newDirectory("unpack-");
		// What a killed zonky unpack leaves: an existing symbolic link, a file cut short, even its mark.
		Path half = workDir.resolve("PG-" + EmbeddedPostgresBinaries.digest());
		Files.createDirectories(half.resolve("lib"));
		Files.createDirectories(half.resolve("share/postgresql"));
		Files.createSymbolicLink(half.resolve("lib/libicuuc.so"), Path.of("libicuuc.so.60.2"));
		Files.writeString(half.resolve("share/postgresql/postgres.bki"), "# cut short", StandardCharsets.UTF_8);
		Files.createFile(half.resolve(".exists"));

		try (EmbeddedPostgres postgres = EmbeddedPostgresBinaries.builder(workDir)
			.setDataDirectory(newDirectory("data-"))
			.start()) {
			assertThat(settingsCount(postgres)).isGreaterThan(300);
		}
	}

	private static int settingsCount(EmbeddedPostgres postgres) {
		Integer count = new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject("select count(*) from pg_settings",
				Integer.class);
		return count == null ? 0 : count;
	}

	private static List<String> names(Path dir) throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).toList();
		}
	}

	private Path newDirectory(String prefix) throws IOException {
		Path target = Path.of("target").toAbsolutePath();
		Files.createDirectories(target);
		Path dir = Files.createTempDirectory(target, prefix);
		this.directories.add(dir);
		return dir;
	}

}
