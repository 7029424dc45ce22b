package vn.boiduong.course;

import java.io.IOException;
import java.util.List;

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
 * Issue 7 item 9, what a district official stumbled on, tried in a real browser (Debian's Chromium,
 * headless) with the demo accounts: the menu is readable on the party red, and a phone shows the
 * timetable day by day instead of a week table wider than the screen. Skipped, never failed, on a
 * machine without /usr/bin/chromium and /usr/bin/chromedriver.
 */
@ServerTest
class PlannerBrowserTests extends BrowserTest {

	/** WCAG 2 AA: 4.5:1 for the menu's text on the navbar's background. */
	@Test
	void theMenuLinksReadOnThePartyRed() {
		signIn("anphu.tuyengiao");
		List<WebElement> links = browser.findElements(By.cssSelector("nav.navbar .nav-link"));
		assertThat(links).isNotEmpty();
		for (WebElement link : links) {
			double ratio = ((Number) browser.executeScript("""
					const el = arguments[0];
					const rgba = s => s.match(/[\\d.]+/g).map(Number);
					let bg = null;
					for (let n = el; n && !bg; n = n.parentElement) {
					  const c = rgba(getComputedStyle(n).backgroundColor);
					  if (c.length < 4 || c[3] > 0) bg = c;
					}
					const fg = rgba(getComputedStyle(el).color);
					const a = fg.length > 3 ? fg[3] : 1;
					const mixed = [0, 1, 2].map(i => fg[i] * a + bg[i] * (1 - a));
					const lum = c => { const l = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
					  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
					const [hi, lo] = [lum(mixed), lum(bg.slice(0, 3))].sort((x, y) => y - x);
					return (hi + 0.05) / (lo + 0.05);""", link)).doubleValue();
			assertThat(ratio).as("contrast of the menu link «%s»", link.getText()).isGreaterThanOrEqualTo(4.5);
		}
	}

	@Test
	void aPhoneShowsTheTimetableDayByDayWithinTheScreen() throws IOException {
		signIn("anphu.tuyengiao");
		browser.get(url("/courses?year=2026"));
		// the demo course with a five-day timetable (other tests add courses of their own)
		click(this.wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//table[@id='course-table']//a[normalize-space()='Năm 2026 – đợt 2']"))));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timetable")));
		browser.manage().window().setSize(new Dimension(390, 844));
		this.wait.until(d -> (Long) browser.executeScript("return window.innerWidth") <= 390);

		Object overflowing = browser.executeScript("""
				const width = document.documentElement.clientWidth;
				return Array.from(document.querySelectorAll('#timetable *'))
				  .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
				  .filter(e => e.getBoundingClientRect().right > width + 1)
				  .map(e => e.tagName + '.' + e.className).slice(0, 5);""");
		assertThat((List<?>) overflowing).as("nothing of the timetable reaches past the screen's edge").isEmpty();
		assertThat(browser.findElement(By.id("timetable")).getText().toLowerCase())
			.as("every day has its date and parts of the day")
			.contains("sáng", "chiều", "bài 1");
		browser.executeScript("document.getElementById('timetable').scrollIntoView({block: 'start', behavior: 'instant'})");
		screenshot("planner-timetable-phone.png");
	}

	// ---- the browser ----------------------------------------------------------------------------

	private void signIn(String username) {
		browser.get(url("/login"));
		WebElement name = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		name.clear();
		name.sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo1234");
		click(browser.findElement(By.cssSelector("form button[type=submit]")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-roles")));
	}

}
