package vn.boiduong.attendance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.course.CourseView;
import vn.boiduong.learner.LearnerImports;
import vn.boiduong.learner.LearnerListFiles;
import vn.boiduong.support.BrowserTest;
import vn.boiduong.support.ClassFixtures;
import vn.boiduong.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, "Done when", in a real browser with the demo accounts: the organization board imports a roster
 * for the course (first with bad rows, each named; then good), the centre confirms it and opens the class,
 * the lecturer takes attendance on a 390-px screen with the network cut in the middle and restored, the
 * centre closes the class; another committee's account sees none of it. Skipped, never failed, on a machine
 * without Chromium.
 */
@ServerTest
@Import(ClassFixtures.class)
class ClassBrowserTests extends BrowserTest {

	@Autowired
	ClassFixtures fixtures;

	@Autowired
	LearnerImports imports;

	@Autowired
	CourseService courses;

	@Autowired
	AttendanceSheets sheets;

	@Test
	void aRosterIsImportedConfirmedOpenedMarkedOfflineAndClosed() throws Exception {
		CourseView course = this.fixtures.approved(LocalDate.of(2044, 3, 7), 2);
		String tag = "Thử" + UUID.randomUUID().toString().substring(0, 4);
		Long district = this.fixtures.district().id();
		byte[] template = this.fixtures.as("anphu.tochuc", () -> this.imports.template(district));
		Path bad = file("bad", LearnerListFiles.fill(template, new Object[][] {
				{ 1, "Nguyễn Thị " + tag + " Ánh", "19/05/1980", "Nữ", "Kinh", "Chi bộ ấp 1 xã An Bình", "Bí thư chi bộ", "", "", "" },
				{ 2, "", "01/02/1975", "Nam", "", "Chi bộ ấp 2 xã An Bình", "Chi ủy viên", "", "", "" },
				{ 3, "Lê Văn " + tag + " Cường", "01/02/2999", "Nam", "", "Chi bộ ấp 1 xã An Bình", "Chi ủy viên", "", "", "" } }));
		Path good = file("good", LearnerListFiles.fill(template, new Object[][] {
				{ 1, "Nguyễn Thị " + tag + " Ánh", "19/05/1980", "Nữ", "Kinh", "Chi bộ ấp 1 xã An Bình", "Bí thư chi bộ", "", "", "" },
				{ 2, "Trần Văn " + tag + " Bình", "01/02/1975", "Nam", "", "Chi bộ ấp 2 xã An Bình", "Chi ủy viên", "", "", "" },
				{ 3, "Lê Văn " + tag + " Cường", "01/02/1976", "Nam", "", "Chi bộ ấp 1 xã An Bình", "Chi ủy viên", "", "", "" } }));

		// the organization board imports the list for the course: bad rows named, nothing imported; then good
		signInAs("anphu.tochuc");
		browser.get(url("/courses/" + course.id() + "/roster"));
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("import-for-course-link"))));
		browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
		click(browser.findElement(By.cssSelector("#import-form button[type=submit]")));
		String problems = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems"))).getText();
		assertThat(problems).contains("Không được để trống.", "Ngày ở tương lai.");
		assertThat(browser.findElements(By.cssSelector("#import-problems tbody tr"))).hasSize(2);
		browser.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
		click(browser.findElement(By.cssSelector("#import-form button[type=submit]")));
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#confirm-form button[type=submit]"))));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roster-table")));
		assertThat(names()).containsExactly("Nguyễn Thị " + tag + " Ánh", "Trần Văn " + tag + " Bình", "Lê Văn " + tag + " Cường");
		assertThat(browser.findElements(By.id("confirm-roster"))).isEmpty();

		// the centre confirms the roster and opens the class
		signInAs("anphu.giamdoc");
		browser.get(url("/courses/" + course.id() + "/roster"));
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-roster"))));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roster-confirmed")));
		browser.get(url("/courses/" + course.id()));
		script("window.confirm = function () { return true; }");
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("action-open-class"))));
		this.wait.until(ExpectedConditions.textToBe(By.id("course-status"), "Đang học"));

		// the lecturer marks on a phone; the network drops after the first tap and comes back
		ClassSessionView lecture = this.fixtures.attendedSessions(course.id()).stream()
			.filter(s -> s.lecturerUserId() != null).findFirst().orElseThrow();
		signInAs("anphu.giangvien");
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.get(url("/courses/" + course.id() + "/sessions/" + lecture.id() + "/attendance"));
		List<WebElement> marks = this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#marks .mark"), 3));
		assertThat((Long) script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390L);
		assertThat(marks.get(0).getSize().getHeight()).isGreaterThanOrEqualTo(44);
		click(marks.get(0));
		this.wait.until(ExpectedConditions.textToBe(By.id("save-state"), "Đã lưu tất cả."));
		assertThat(browser.findElement(By.id("count-absent")).getText()).isEqualTo("0");
		// marked late, the learner gets a remark box (the script makes it), and what is typed in it is saved
		String late = marks.get(0).getDomAttribute("data-learner");
		WebElement remark = this.wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".remark[data-learner='" + late + "']")));
		remark.sendKeys("Đến muộn 10 phút", Keys.TAB);
		this.wait.until(ExpectedConditions.textToBe(By.id("save-state"), "Đã lưu tất cả."));

		ChromiumNetworkConditions down = new ChromiumNetworkConditions();
		down.setOffline(true);
		browser.setNetworkConditions(down);
		click(marks.get(1));
		click(marks.get(1));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-state"), "Chưa lưu"));
		assertThat(browser.findElement(By.id("count-absent")).getText()).isEqualTo("1");
		assertThat((String) script("return window.localStorage.getItem('boiduong.attendance." + lecture.id() + "')"))
			.contains("EXCUSED_ABSENCE");
		browser.deleteNetworkConditions();
		script("window.dispatchEvent(new Event('online'))");
		this.wait.until(ExpectedConditions.textToBe(By.id("save-state"), "Đã lưu tất cả."));
		click(browser.findElement(By.id("confirm-sheet")));
		this.wait.until(ExpectedConditions.textToBe(By.id("sheet-state"), "Đã điểm danh"));
		screenshot("attendance-phone.png");

		SheetPage saved = this.fixtures.as("anphu.giamdoc", () -> this.sheets.sheet(course.id(), lecture.id()));
		assertThat(saved.taken()).isTrue();
		assertThat(saved.rows()).filteredOn(r -> r.learnerId().toString().equals(late))
			.singleElement()
			.satisfies(r -> assertThat(r.remark()).isEqualTo("Đến muộn 10 phút"));
		assertThat(saved.rows()).extracting(SheetPage.Row::status)
			.containsExactly(AttendanceStatus.LATE_OR_EARLY, AttendanceStatus.EXCUSED_ABSENCE, AttendanceStatus.PRESENT);

		// the field visit gets its reflections; the papers open
		browser.manage().window().setSize(new Dimension(1280, 900));
		signInAs("anphu.giamdoc");
		browser.get(url("/courses/" + course.id() + "/attendance"));
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#sessions .reflection-link"))));
		WebElement text = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".reflection-form textarea")));
		text.sendKeys("Học được cách sinh hoạt chi bộ theo chuyên đề.");
		click(browser.findElement(By.cssSelector(".reflection-form button[type=submit]")));
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector("main .alert-success"), "Đã lưu bài thu hoạch."));
		for (String paper : List.of("/sessions/" + lecture.id() + "/sign-in.pdf", "/attendance.xlsx")) {
			Object status = browser.executeAsyncScript(
					"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
					url("/courses/" + course.id() + paper));
			assertThat((String) status).startsWith("200 application/");
		}

		// the centre closes the class (no session has taken place yet in 2044)
		browser.get(url("/courses/" + course.id()));
		script("window.confirm = function () { return true; }");
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("action-close-class"))));
		this.wait.until(ExpectedConditions.textToBe(By.id("course-status"), "Đã bế giảng"));
		assertThat(this.fixtures.as("anphu.giamdoc", () -> this.courses.classView(course.id())).status())
			.isEqualTo(CourseStatus.CLOSED);

		// another committee's account sees none of it
		signInAs("binhson.tuyengiao");
		for (String path : List.of("/roster", "/attendance", "/attendance.xlsx", "/sessions/" + lecture.id() + "/attendance")) {
			browser.get(url("/courses/" + course.id() + path));
			assertThat(browser.getPageSource()).doesNotContain("Nguyễn Thị " + tag + " Ánh");
		}
		assertThat(contentSecurityViolations()).isEmpty();
	}

	private List<String> names() {
		return browser.findElements(By.cssSelector("#roster-table .learner-name")).stream().map(WebElement::getText).toList();
	}

	private static Path file(String name, byte[] content) throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "browser-files"));
		return Files.write(dir.resolve(name + "-" + UUID.randomUUID() + ".xlsx"), content);
	}

}
