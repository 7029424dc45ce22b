package vn.boiduong.course;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.boiduong.support.BrowserTest;
import vn.boiduong.support.Chromium;
import vn.boiduong.support.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's end-to-end check in a real browser (Debian's Chromium, headless): the district propaganda
 * board drafts a course plan with its timetable and sends it for opinions, the organization board and
 * the committee office concur, the standing committee approves it with the opening decision, and the
 * plan's papers can be downloaded. Every step goes through the pages with clicks and typing, as the
 * demo accounts. Skipped, never failed, on a machine without /usr/bin/chromium and /usr/bin/chromedriver
 * ({@code .ci/run} installs them).
 */
@ServerTest
class CoursePlanBrowserTests extends BrowserTest {

	static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

	static final String PASSWORD = "demo1234";

	static final String LECTURER = "Bùi Quốc Khánh";

	/** Far in the future, on days no demo course or other test books the demo lecturer. */
	static final LocalDate OPENING = LocalDate.of(2039, 3, 7);

	static final LocalDate CLOSING = OPENING.plusDays(6);

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Test
	void aDistrictPlanGoesFromDraftToApprovedThroughThePagesWithTheDemoAccounts() throws Exception {
		String name = "Lớp bồi dưỡng nghiệp vụ công tác đảng – thử trên trình duyệt "
				+ UUID.randomUUID().toString().substring(0, 8);

		// 1. the district propaganda board drafts the plan and its timetable, and sends it for opinions
		signIn("anphu.tuyengiao");
		long id = draftPlan(name);
		addSession(id, 1, OPENING, "MORNING", "LECTURE", LECTURER);
		for (int lesson = 2; lesson <= 5; lesson++) {
			addSession(id, lesson, OPENING.plusDays(lesson - 1), "AFTERNOON", "SELF_STUDY", null);
		}
		String submitComment = "Kính gửi Ban Tổ chức, Văn phòng Huyện ủy cho ý kiến.";
		String refusal = submitExpectingRefusal(id, submitComment);
		assertThat(refusal).startsWith("Chưa gửi được").contains("Bài 6.").doesNotContain("Bài 5.");
		addSession(id, 6, OPENING.plusDays(5), "MORNING", "LECTURE", LECTURER);
		submit(id, submitComment);
		assertThat(text(By.id("course-status"))).isEqualTo("Đang lấy ý kiến");
		assertThat(browser.findElements(By.id("action-submit"))).as("nothing left to send").isEmpty();
		signOut();

		// 2. the organization board and the committee office find it on their home page and concur
		String boardComment = "Ban Tổ chức thống nhất đối tượng và số lượng học viên.";
		signIn("anphu.tochuc");
		openFromHome("Kế hoạch mở lớp chờ ý kiến của tôi", name);
		giveConcurrence("action-opinion", boardComment);
		signOut();
		String officeComment = "Văn phòng thống nhất; bố trí hội trường và kinh phí theo dự toán.";
		signIn("anphu.vanphong");
		openFromHome("Kế hoạch mở lớp chờ ý kiến của tôi", name);
		giveConcurrence("action-opinion", officeComment);
		assertThat(text(By.id("course-status"))).isEqualTo("Chờ Thường trực quyết định");
		signOut();

		// 3. the standing committee approves with the opening decision
		signIn("anphu.thuongtruc");
		openFromHome("Kế hoạch mở lớp chờ tôi quyết định", name);
		LocalDate decisionDate = OPENING.minusDays(20);
		approve("125-QĐ/HU", decisionDate, "Huỳnh Văn Thành", "Phó Bí thư Thường trực Huyện ủy");
		assertThat(text(By.cssSelector("main .alert-success")))
			.isEqualTo("Đã phê duyệt kế hoạch và ghi nhận quyết định mở lớp.");
		assertThat(text(By.id("course-status"))).isEqualTo("Đã phê duyệt");
		assertThat(text(By.id("decision"))).contains("Quyết định số 125-QĐ/HU ngày " + SHOWN.format(decisionDate)
				+ ", Phó Bí thư Thường trực Huyện ủy Huỳnh Văn Thành ký.");
		List<String> timeline = browser.findElements(By.cssSelector("#timeline li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(timeline).as("every step once; the refused submission left no trace").hasSize(5);
		assertThat(timeline.get(0)).contains("Lập dự thảo kế hoạch", "Lê Văn Tâm");
		assertThat(timeline.get(1)).contains("Gửi lấy ý kiến", "(lần 1)", "Lê Văn Tâm", submitComment);
		assertThat(timeline.get(2)).contains("Thống nhất", "Phạm Thị Lan", boardComment);
		assertThat(timeline.get(3)).contains("Thống nhất", "Võ Minh Đức", officeComment);
		assertThat(timeline.get(4)).contains("Phê duyệt, quyết định mở lớp", "Huỳnh Văn Thành");
		assertThat(text(By.id("opinions"))).contains("Lần lấy ý kiến thứ 1", "Ban Tổ chức", "Văn phòng", boardComment,
				officeComment);
		assertThat(browser.findElements(By.cssSelector("#course-actions #action-approve"))).isEmpty();
		browser.get(url("/"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Việc cần làm"));
		assertThat(browser.findElements(By.partialLinkText(name))).as("no longer waiting on the home page").isEmpty();
		signOut();

		// 4. the planner downloads the papers and reads the page on a phone
		signIn("anphu.tuyengiao");
		openCourse(id);
		assertThat(text(By.id("course-status"))).isEqualTo("Đã phê duyệt");
		assertDownload(By.id("print-plan"), "/courses/" + id + "/plan.pdf", "application/pdf", "%PDF");
		assertDownload(By.id("export-timetable"), "/courses/" + id + "/timetable.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK");
		browser.manage().window().setSize(new Dimension(390, 844));
		openCourse(id);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".navbar-toggler")));
		assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling of the course page on a phone")
			.isEqualTo(Boolean.TRUE);
		assertThat(browser.findElement(By.cssSelector("#coverage-lesson-1 .badge")).getSize().getHeight())
			.as("a lesson's status badge stays one line high beside a long title")
			.isLessThan(40);
		screenshot("course-approved-phone.png");
		for (String section : List.of("timetable", "coverage", "decision")) {
			script("document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'})", section);
			screenshot("course-approved-phone-" + section + ".png");
		}
		fullPageScreenshot("course-approved-phone-full.png");
		assertThat(contentSecurityViolations()).as("no script or style blocked on any page of the walk").isEmpty();
	}

	/**
	 * Issue 8's Done-when in a browser: in the two-level era, Phường An Phú plans itself, its office and
	 * party-building board concur, its standing members approve, the provincial political school sees the
	 * course it teaches, the plan paper bears the ward's name and symbol, and another commune sees nothing.
	 */
	@Test
	void aWardPlanTaughtByTheProvincialSchoolGoesFromDraftToApproved() throws Exception {
		String name = "Lớp bồi dưỡng của Phường An Phú – thử trên trình duyệt " + UUID.randomUUID().toString().substring(0, 8);
		LocalDate opening = LocalDate.of(2039, 5, 9);

		signIn("phuonganphu.kehoach");
		long id = draftPlan(name, opening, opening.plusDays(6), "Hội trường Đảng ủy phường An Phú");
		assertThat(text(By.id("plan"))).contains("Trường Chính trị tỉnh Mẫu");
		for (int lesson = 1; lesson <= 6; lesson++) {
			addSession(id, lesson, opening.plusDays(lesson - 1), "MORNING", "LECTURE", "Vũ Thị Thanh Hương");
		}
		submit(id, "Kính gửi Văn phòng, Ban Xây dựng Đảng cho ý kiến.");
		assertThat(text(By.id("concurring-bodies"))).contains("Văn phòng Đảng ủy phường An Phú",
				"Ban Xây dựng Đảng Đảng ủy phường An Phú");
		signOut();

		for (String body : List.of("phuonganphu.vanphong", "phuonganphu.xaydungdang")) {
			signIn(body);
			openFromHome("Kế hoạch mở lớp chờ ý kiến của tôi", name);
			giveConcurrence("action-opinion", "Thống nhất.");
			signOut();
		}
		signIn("phuonganphu.thuongtruc");
		openFromHome("Kế hoạch mở lớp chờ tôi quyết định", name);
		approve("18-QĐ/ĐU", opening.minusDays(20), "Nguyễn Văn Phúc", "Phó Bí thư Thường trực Đảng ủy phường");
		assertThat(text(By.id("course-status"))).isEqualTo("Đã phê duyệt");
		byte[] plan = assertDownload(By.id("print-plan"), "/courses/" + id + "/plan.pdf", "application/pdf", "%PDF");
		com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(plan);
		String paper = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
		assertThat(paper).contains("ĐẢNG ỦY PHƯỜNG AN PHÚ", "-KH/ĐU").doesNotContain("HUYỆN ỦY");
		signOut();

		// the school sees the course it teaches, of a committee that is not its own
		signIn("truongchinhtri.giangvien");
		browser.get(url("/courses"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText(name)));
		openCourse(id);
		assertThat(text(By.id("course-status"))).isEqualTo("Đã phê duyệt");
		assertThat(browser.findElements(By.cssSelector("#course-actions a"))).as("a lecturer takes no plan step")
			.allSatisfy(a -> assertThat(a.getAttribute("id")).doesNotStartWith("action-"));
		browser.manage().window().setSize(new Dimension(390, 844));
		openCourse(id);
		assertThat(script("return document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on a phone").isEqualTo(Boolean.TRUE);
		screenshot("ward-course-school-phone.png");
		browser.manage().window().setSize(new Dimension(1280, 900));
		signOut();

		// another commune sees neither the course nor its list entry
		signIn("xabinhson.kehoach");
		browser.get(url("/courses"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("course-filters")));
		assertThat(browser.findElements(By.partialLinkText(name))).isEmpty();
		browser.get(url("/courses/" + id));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
		assertThat(browser.findElements(By.id("course-status"))).isEmpty();
		signOut();
		assertThat(contentSecurityViolations()).isEmpty();
	}

	// ---- the steps ------------------------------------------------------------------------------

	/** Fills the new plan form; answers the new course's id. */
	private long draftPlan(String name) {
		return draftPlan(name, OPENING, CLOSING, "Hội trường Trung tâm Chính trị huyện An Phú");
	}

	private long draftPlan(String name, LocalDate opening, LocalDate closing, String venue) {
		browser.get(url("/courses"));
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("main a[href$='/courses/new']"))));
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-form")));
		type(By.id("name"), name);
		typeDate(By.id("plannedOpening"), opening);
		typeDate(By.id("plannedClosing"), closing);
		type(By.id("venue"), venue);
		new Select(browser.findElement(By.id("mode"))).selectByValue("CONCENTRATED");
		new Select(browser.findElement(By.id("delivery"))).selectByValue("BLENDED");
		type(By.id("expectedLearners"), "45");
		type(By.id("purposeAndRequirements"), "Trang bị kiến thức, kỹ năng nghiệp vụ công tác đảng.");
		clickAndWaitForNextPage(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(text(By.cssSelector("main .alert-success"))).isEqualTo("Đã tạo dự thảo kế hoạch mở lớp.");
		assertThat(text(By.cssSelector("main h1"))).isEqualTo(name);
		assertThat(text(By.id("course-status"))).isEqualTo("Dự thảo");
		assertThat(text(By.id("plan"))).contains(SHOWN.format(opening) + " – " + SHOWN.format(closing),
				"Kết hợp trực tiếp và trực tuyến", "45");
		String path = URI.create(browser.getCurrentUrl()).getPath();
		assertThat(path).matches("/courses/\\d+");
		return Long.parseLong(path.substring("/courses/".length()));
	}

	private void addSession(long id, int lesson, LocalDate date, String partOfDay, String kind, String lecturer) {
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("action-add-session"))));
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-form")));
		typeDate(By.id("date"), date);
		new Select(browser.findElement(By.id("partOfDay"))).selectByValue(partOfDay);
		new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
		WebElement lessonSelect = browser.findElement(By.id("lessonId"));
		click(lessonSelect.findElement(By.xpath("./option[starts-with(normalize-space(.), 'Bài " + lesson + ".')]")));
		Select lecturers = new Select(browser.findElement(By.id("lecturerUserId")));
		if (lecturer != null) {
			lecturers.selectByVisibleText(lecturer);
		}
		clickAndWaitForNextPage(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(browser.getCurrentUrl()).as("back on the course page after saving Bài %d", lesson)
			.contains("/courses/" + id + "#timetable");
		assertThat(text(By.cssSelector("main .alert-success"))).isEqualTo("Đã thêm buổi học.");
		assertThat(text(By.id("coverage-lesson-" + lesson))).contains("Đã có buổi học");
	}

	/** Sends the plan while a lesson is still missing: the step page stays, with the rule's message. */
	private String submitExpectingRefusal(long id, String comment) {
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("action-submit"))));
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-form")));
		type(By.id("comment"), comment);
		clickAndWaitForNextPage(form.findElement(By.cssSelector("button[type=submit]")));
		String message = text(By.cssSelector("#step-form .alert-danger"));
		assertThat(browser.findElement(By.id("comment")).getDomProperty("value")).as("the comment is kept")
			.isEqualTo(comment);
		click(browser.findElement(By.cssSelector("#step-form a[href$='/courses/" + id + "']")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("course-status")));
		return message;
	}

	private void submit(long id, String comment) {
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("action-submit"))));
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-form")));
		assertThat(text(By.cssSelector("main h1"))).isEqualTo("Gửi lấy ý kiến");
		type(By.id("comment"), comment);
		clickAndWaitForNextPage(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/courses/" + id);
		assertThat(text(By.cssSelector("main .alert-success"))).isEqualTo("Đã gửi kế hoạch lấy ý kiến.");
	}

	/** On the home page, the course's item under its group's heading, clicked. */
	private void openFromHome(String group, String name) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "Việc cần làm"));
		WebElement card = browser.findElement(By.xpath("//main//div[contains(@class,'card')][div[contains(@class,"
				+ "'card-header') and normalize-space()='" + group + "']]"));
		click(card.findElement(By.partialLinkText(name)));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), name));
	}

	private void giveConcurrence(String actionId, String comment) {
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.id(actionId))));
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-form")));
		click(form.findElement(By.cssSelector("input[name=verdict][value=CONCUR]")));
		type(By.id("comment"), comment);
		clickAndWaitForNextPage(form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(text(By.cssSelector("main .alert-success"))).isEqualTo("Đã ghi nhận ý kiến.");
		assertThat(browser.findElements(By.id(actionId))).as("one opinion per body and round").isEmpty();
	}

	private void approve(String number, LocalDate date, String signerName, String signerTitle) {
		click(this.wait.until(ExpectedConditions.elementToBeClickable(By.id("action-approve"))));
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-form")));
		type(By.id("number"), number);
		typeDate(By.id("date"), date);
		type(By.id("signerName"), signerName);
		type(By.id("signerTitle"), signerTitle);
		clickAndWaitForNextPage(form.findElement(By.cssSelector("button[type=submit]")));
	}

	private void openCourse(long id) {
		browser.get(url("/courses/" + id));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("course-status")));
	}

	/** Follows the page's own link with the browser's session cookie, as a download would. */
	private byte[] assertDownload(By link, String expectedPath, String contentType, String magic) throws Exception {
		String href = browser.findElement(link).getDomProperty("href");
		assertThat(URI.create(href).getPath()).isEqualTo(expectedPath);
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<byte[]> response = client.send(
				HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(expectedPath).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(contentType));
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
		assertThat(new String(response.body(), 0, Math.min(magic.length(), response.body().length),
				java.nio.charset.StandardCharsets.ISO_8859_1))
			.as(expectedPath + " starts like its format")
			.isEqualTo(magic);
		return response.body();
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		WebElement name = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		name.clear();
		name.sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		clickAndWaitForNextPage(browser.findElement(By.cssSelector("form button[type=submit]")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-roles")));
	}

	private void signOut() {
		click(browser.findElement(By.cssSelector(".navbar-nav.ms-auto a.dropdown-toggle")));
		click(this.wait.until(
				ExpectedConditions.elementToBeClickable(By.cssSelector(".dropdown-menu-end button[type=submit]"))));
		this.wait.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(text(By.cssSelector("main .alert-info"))).isEqualTo("Bạn đã đăng xuất.");
	}

	// ---- the browser ----------------------------------------------------------------------------

	private void type(By field, String text) {
		WebElement input = browser.findElement(field);
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * Types a date as a person would, day/month/year: date fields are text fields written as every page
	 * writes dates, whatever the browser's language (issue 7 item 9).
	 */
	private void typeDate(By field, LocalDate date) {
		WebElement input = browser.findElement(field);
		input.clear();
		input.sendKeys(SHOWN.format(date));
		assertThat(input.getDomProperty("value")).as(field + " holds what was typed").isEqualTo(SHOWN.format(date));
	}

	/** Clicks a button that sends a form (or a link) and waits until the next page has replaced this one. */
	private void clickAndWaitForNextPage(WebElement element) {
		WebElement html = browser.findElement(By.tagName("html"));
		click(element);
		// The old page is gone when its root element is stale; during the switch Chromium may also answer
		// that the node "does not belong to the document", which means the same.
		this.wait.until(d -> {
			try {
				html.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
		this.wait.until(d -> "complete".equals(script("return document.readyState")));
	}

	private String text(By locator) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText().strip();
	}

	/** The whole page at the window's width, through the DevTools protocol. */
	private static void fullPageScreenshot(String name) throws IOException {
		Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Files.write(Files.createDirectories(SCREENSHOTS).resolve(name),
				Base64.getDecoder().decode((String) shot.get("data")));
	}

}
