package vn.boiduong;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.boiduong.support.BrowserTest;
import vn.boiduong.support.Chromium;
import vn.boiduong.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's Chromium, headless) signs in through the login page. Skipped, never
 * failed, on a machine without /usr/bin/chromium and /usr/bin/chromedriver ({@code .ci/run} installs them).
 */
@ServerTest
class BrowserLoginTests extends BrowserTest {

	static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

	@Test
	void demoUserSignsInThroughTheLoginPageAndSeesTheirTasksAndRoles() throws IOException {
		signIn("anphu.tuyengiao", "demo1234");

		WebElement heading = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
		assertThat(heading.getText()).isEqualTo("Việc cần làm");
		String roles = browser.findElement(By.id("my-roles")).getText();
		assertThat(roles).contains("Cơ quan chủ trì kế hoạch", "Ban Tuyên giáo Huyện ủy An Phú");
		this.wait.until(d -> "object".equals(script("return typeof htmx")));
		assertThat(script("return typeof bootstrap")).as("Bootstrap's script ran").isEqualTo("object");
		assertThat(contentSecurityViolations()).isEmpty();
		screenshot("home-desktop.png");

		browser.manage().window().setSize(new Dimension(390, 844));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".navbar-toggler")));
		assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on a phone")
			.isEqualTo(Boolean.TRUE);
		assertThat(browser.findElement(By.id("my-roles")).isDisplayed()).isTrue();
		screenshot("home-phone.png");
	}

	@Test
	void aWrongPasswordShowsTheGenericMessageAndKeepsTheName() throws IOException {
		signIn("anphu.tuyengiao", "not-the-password");

		WebElement error = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
		assertThat(error.getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
		assertThat(browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo("anphu.tuyengiao");
		assertThat(contentSecurityViolations()).isEmpty();
		browser.manage().window().setSize(new Dimension(390, 844));
		screenshot("login-error-phone.png");

		// The right password still works, which also resets the failure count of the shared demo account.
		browser.manage().window().setSize(new Dimension(1280, 900));
		signIn("anphu.tuyengiao", "demo1234");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Việc cần làm"));
	}

	@Test
	void signingOutFromTheMenuReturnsToTheLoginPage() {
		signIn("anphu.giangvien", "demo1234");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-roles")));

		browser.findElement(By.cssSelector(".navbar-nav.ms-auto a.dropdown-toggle")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".dropdown-menu-end button[type=submit]"))).click();

		this.wait.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(browser.findElement(By.cssSelector("main .alert-info")).getText()).isEqualTo("Bạn đã đăng xuất.");
		browser.get(url("/"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
	}

	@Test
	void theContentSecurityPolicyBlocksAnInjectedInlineScriptAndSaysSo() {
		browser.get(url("/login"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		contentSecurityViolations(); // start from an empty console

		Object ran = script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
				+ " document.head.appendChild(s); return window.injected === true;");

		assertThat(ran).as("an inline script must not run").isEqualTo(Boolean.FALSE);
		this.wait.until(d -> !contentSecurityViolations().isEmpty());
	}

	private void signIn(String username, String password) {
		browser.get(url("/login"));
		WebElement name = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		name.clear();
		name.sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(url("/login"))));
	}

}
