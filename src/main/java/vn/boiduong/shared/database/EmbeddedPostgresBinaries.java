package vn.boiduong.shared.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL binaries of the embedded database, unpacked so that an interrupted unpack can never be
 * taken for a finished one.
 * <p>
 * zonky unpacks in place, writes files asynchronously, skips every file that already exists whatever its
 * size, and trusts a {@code .exists} mark: a process killed while unpacking leaves a folder on which every
 * later start fails (an existing symbolic link) or, worse, starts a PostgreSQL with files cut short. Here
 * the archive is unpacked synchronously into a staging folder of this process, each file forced to disk,
 * zonky's mark written last, and the staging folder is then renamed into place in one atomic step. A
 * folder under the final name is therefore always whole; zonky is pointed at it and finds nothing to do.
 * Two processes unpacking at the same moment each use their own staging folder: the first rename wins,
 * the other discards its copy. Staging folders of killed processes are removed by the next start (their
 * lock is free).
 * <p>
 * The folder is zonky's own working directory ({@code ot.epg.working-dir}, else {@code embedded-pg} in
 * {@code java.io.tmpdir}), so the one setting moves both.
 */
public final class EmbeddedPostgresBinaries {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresBinaries.class);

	private static final String FINAL_PREFIX = "boiduong-PG-";

	private static final String STAGING_PREFIX = "boiduong-unpacking-";

	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

	private static final Map<Path, Path> PREPARED = new ConcurrentHashMap<>();

	private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private EmbeddedPostgresBinaries() {
	}

	/** zonky's working directory: {@code ot.epg.working-dir}, else {@code embedded-pg} in the temporary folder. */
	public static Path defaultWorkingDirectory() {
		String configured = System.getProperty("ot.epg.working-dir");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured).toAbsolutePath();
		}
		return Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toAbsolutePath();
	}

	/** A zonky builder whose binaries are whole, in the default working directory. */
	public static EmbeddedPostgres.Builder builder() {
		return builder(defaultWorkingDirectory());
	}

	/** A zonky builder whose binaries are whole, in the given working directory. */
	public static EmbeddedPostgres.Builder builder(Path workingDirectory) {
		return EmbeddedPostgres.builder().setOverrideWorkingDirectory(prepare(workingDirectory).toFile());
	}

	/**
	 * Makes sure the binaries are unpacked whole under the working directory and returns the folder to give
	 * zonky as its working directory (it holds {@code PG-<digest>} with zonky's mark).
	 */
	public static Path prepare(Path workingDirectory) {
		return prepare(workingDirectory, entry -> {
		});
	}

	/** As {@link #prepare(Path)}, telling {@code onEntry} each archive entry once it is on disk. */
	public static synchronized Path prepare(Path workingDirectory, Consumer<String> onEntry) {
		Path workDir = workingDirectory.toAbsolutePath().normalize();
		Path known = PREPARED.get(workDir);
		if (known != null && Files.isDirectory(known)) {
			return known;
		}
		try {
			Path prepared = unpackOnce(workDir, onEntry);
			PREPARED.put(workDir, prepared);
			return prepared;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack the embedded PostgreSQL into " + workDir, ex);
		}
	}

	private static Path unpackOnce(Path workDir, Consumer<String> onEntry) throws IOException {
		createDirectories(workDir);
		String digest = digest();
		String pgFolder = "PG-" + digest;
		Path target = workDir.resolve(FINAL_PREFIX + digest);
		removeAbandonedStaging(workDir);
		if (Files.isDirectory(target.resolve(pgFolder))) {
			markReady(target.resolve(pgFolder));
			return target;
		}
		Path lockFile = Files.createTempFile(workDir, STAGING_PREFIX, ".lock");
		try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = lockChannel.lock()) {
			Path staging = Path.of(lockFile.toString().substring(0, lockFile.toString().length() - ".lock".length()));
			Files.createDirectory(staging);
			setPermissions(staging, DIRECTORY);
			Path pgDir = staging.resolve(pgFolder);
			log.info("Unpacking the embedded PostgreSQL into {}", target);
			long started = System.nanoTime();
			try (InputStream archive = openArchive()) {
				extract(archive, pgDir, onEntry);
			}
			log.info("Unpacked the embedded PostgreSQL in {} ms", (System.nanoTime() - started) / 1_000_000);
			markReady(pgDir);
			forceDirectory(pgDir);
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				// Renaming onto a folder that is there already fails (FileAlreadyExists, DirectoryNotEmpty
				// or a plain FileSystemException, by platform): another process finished first.
				FileSystemUtils.deleteRecursively(staging);
				if (!Files.isDirectory(target.resolve(pgFolder))) {
					throw ex;
				}
				log.info("Another process finished unpacking the embedded PostgreSQL first; using its copy");
			}
			forceDirectory(workDir);
		}
		finally {
			Files.deleteIfExists(lockFile);
		}
		if (!Files.isDirectory(target.resolve(pgFolder))) {
			throw new IOException("The unpacked PostgreSQL is missing from " + target);
		}
		return target;
	}

	/**
	 * zonky takes its folder as ready only when its {@code .exists} mark is at least as new as the folder
	 * and everything in it; refresh the mark of a folder known to be whole.
	 */
	private static void markReady(Path pgDir) throws IOException {
		Path mark = pgDir.resolve(".exists");
		if (!Files.exists(mark)) {
			Files.createFile(mark);
		}
		long newest = Files.getLastModifiedTime(pgDir).toMillis();
		try (DirectoryStream<Path> children = Files.newDirectoryStream(pgDir)) {
			for (Path child : children) {
				if (!child.equals(mark)) {
					newest = Math.max(newest, Files.getLastModifiedTime(child).toMillis());
				}
			}
		}
		long markTime = Math.max(System.currentTimeMillis(), newest + 1000);
		if (Files.getLastModifiedTime(mark).toMillis() < newest + 1000) {
			Files.setLastModifiedTime(mark, FileTime.fromMillis(markTime));
		}
	}

	/** Staging folders whose process is gone (their lock is free) are what killed unpacks left behind. */
	private static void removeAbandonedStaging(Path workDir) throws IOException {
		try (DirectoryStream<Path> locks = Files.newDirectoryStream(workDir, STAGING_PREFIX + "*.lock")) {
			for (Path lockFile : locks) {
				try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
						FileLock lock = channel.tryLock()) {
					if (lock == null) {
						continue; // another process is unpacking right now
					}
					String name = lockFile.getFileName().toString();
					Path staging = lockFile.resolveSibling(name.substring(0, name.length() - ".lock".length()));
					log.warn("Removing {} left by an interrupted unpack of the embedded PostgreSQL", staging);
					FileSystemUtils.deleteRecursively(staging);
					Files.deleteIfExists(lockFile);
				}
				catch (OverlappingFileLockException ex) {
					// held by this very JVM
				}
				catch (IOException ex) {
					log.warn("Could not check {}: {}", lockFile, ex.toString());
				}
			}
		}
	}

	private static void extract(InputStream archive, Path pgDir, Consumer<String> onEntry) throws IOException {
		createDirectories(pgDir);
		try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				String name = entry.getName();
				Path path = pgDir.resolve(name).normalize();
				if (!path.startsWith(pgDir)) {
					throw new IOException("An archive entry outside its folder: " + name);
				}
				if (entry.isDirectory()) {
					createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else if (entry.isLink()) {
					createDirectories(path.getParent());
					Files.createLink(path, pgDir.resolve(entry.getLinkName()).normalize());
				}
				else if (entry.isFile()) {
					createDirectories(path.getParent());
					try (FileChannel out = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
						long written = out.transferFrom(java.nio.channels.Channels.newChannel(tar), 0, entry.getSize());
						if (written != entry.getSize()) {
							throw new IOException("The archive entry " + name + " is cut short");
						}
						out.force(true);
					}
					setPermissions(path, filePermissions(entry, name));
				}
				else {
					throw new IOException("Unsupported archive entry: " + name);
				}
				onEntry.accept(name);
			}
		}
	}

	private static Set<PosixFilePermission> filePermissions(TarArchiveEntry entry, String name) {
		boolean executable = (entry.getMode() & 0111) != 0 || name.startsWith("bin/") || name.startsWith("./bin/");
		Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
		if (executable) {
			permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
					PosixFilePermission.OTHERS_EXECUTE));
		}
		return permissions;
	}

	private static void createDirectories(Path dir) throws IOException {
		if (Files.isDirectory(dir)) {
			return;
		}
		createDirectories(dir.getParent());
		try {
			Files.createDirectory(dir);
			setPermissions(dir, DIRECTORY);
		}
		catch (FileAlreadyExistsException ex) {
			if (!Files.isDirectory(dir)) {
				throw ex;
			}
		}
	}

	/** PostgreSQL runs as another user when started by root (zonky's {@code unshare -U}): others must read. */
	private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (POSIX) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	private static void forceDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			log.debug("Could not force {} to disk: {}", dir, ex.toString());
		}
	}

	/** The same digest zonky computes to name its folder: MD5 of the archive. */
	static String digest() throws IOException {
		try (DigestInputStream in = new DigestInputStream(openArchive(), MessageDigest.getInstance("MD5"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static InputStream openArchive() throws IOException {
		InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(operatingSystem(), architecture());
		if (archive == null) {
			throw new IOException("No PostgreSQL binaries for " + operatingSystem() + " " + architecture()
					+ " on the class path");
		}
		return archive;
	}

	private static String operatingSystem() {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		if (os.startsWith("windows")) {
			return "Windows";
		}
		if (os.startsWith("mac")) {
			return "Darwin";
		}
		return "Linux";
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch", "");
		return "amd64".equals(arch) ? "x86_64" : arch;
	}

}
