package vn.boiduong.support;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: one headless Chromium per test class (its driver's log named after the
 * class), a fresh visitor at desktop width before each test, the server's address, clicks as a person
 * makes them, screenshots and the console's security complaints. Subclasses are {@link ServerTest}s and
 * are skipped, never failed, on a machine without /usr/bin/chromium and /usr/bin/chromedriver.
 */
public abstract class BrowserTest {

	protected static Chromium chromium;

	protected static ChromeDriver browser;

	@LocalServerPort
	protected int port;

	protected WebDriverWait wait;

	@BeforeAll
	static void startBrowser(TestInfo test) throws IOException {
		String name = test.getTestClass().map(Class::getSimpleName).orElse("browser");
		chromium = Chromium.startOrNull("chromedriver-" + name + ".log");
		browser = chromium == null ? null : chromium.driver();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
			chromium = null;
			browser = null;
		}
	}

	@BeforeEach
	void freshVisitor() {
		Chromium.assumeInstalled();
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.manage().window().setSize(new Dimension(1280, 900));
		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected Object script(String js, Object... args) {
		return browser.executeScript(js, args);
	}

	/** Bootstrap scrolls smoothly: bring the element to the middle at once, then click it as a person would. */
	protected void click(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		this.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	/** Signs out whoever was signed in and signs in as a demo account, landing on the home page. */
	protected void signInAs(String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		WebElement name = this.wait.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("username")));
		name.clear();
		name.sendKeys(username);
		browser.findElement(org.openqa.selenium.By.id("password")).sendKeys("demo1234");
		click(browser.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("my-roles")));
	}

	/** The visible part of the page, saved under target/screenshots. */
	protected static void screenshot(String name) throws IOException {
		Files.write(Files.createDirectories(Chromium.SCREENSHOTS).resolve(name), browser.getScreenshotAs(OutputType.BYTES));
	}

	/** Console messages of the pages that report a blocked script, style or frame. */
	protected static List<String> contentSecurityViolations() {
		try {
			return browser.manage()
				.logs()
				.get(LogType.BROWSER)
				.getAll()
				.stream()
				.filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
				.map(LogEntry::getMessage)
				.filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
				.toList();
		}
		catch (RuntimeException ex) {
			return List.of(); // a driver that keeps no console log
		}
	}

}
