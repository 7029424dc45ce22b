package vn.boiduong.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, for the browser tests: started from /usr/bin explicitly (Selenium
 * Manager would try the network), with a throw-away profile under target/. On a machine without it
 * the tests are skipped with a message, never failed.
 */
public final class Chromium implements AutoCloseable {

	public static final Path BINARY = Path.of("/usr/bin/chromium");

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriverService service;

	private final ChromeDriver driver;

	private final Path profile;

	private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
		this.service = service;
		this.driver = driver;
		this.profile = profile;
	}

	public static boolean installed() {
		return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
	}

	/** Skips the calling test, with the reason, when Chromium is not installed. */
	public static void assumeInstalled() {
		Assumptions.assumeTrue(installed(), "Browser test skipped: it needs /usr/bin/chromium and "
				+ "/usr/bin/chromedriver (apt-get install chromium chromium-driver; .ci/run installs them)");
	}

	/** Starts a browser, or returns {@code null} when Chromium is not installed. */
	public static Chromium startOrNull(String logName) throws IOException {
		if (!installed()) {
			return null;
		}
		Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()),
				"chromium-profile-");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(Files.createDirectories(SCREENSHOTS).resolve(logName).toFile())
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=1280,900", "--lang=vi", "--user-data-dir=" + profile);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		return new Chromium(service, new ChromeDriver(service, options), profile);
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	@Override
	public void close() {
		this.driver.quit();
		this.service.stop();
		FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

}
