package vn.boiduong.learner.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import vn.boiduong.learner.Gender;
import vn.boiduong.learner.LearnerPosition;
import vn.boiduong.learner.LearnerSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's rows, written without a template: escaped, dated dd/MM/yyyy, positions by name. */
class LearnerListHtmlTests {

	@Test
	void eachLearnerIsARowWithItsBirthDateOrganizationAndPositionEscaped() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames("classpath:messages/learner");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		LearnerSummary learner = new LearnerSummary(1L, "Nguyễn Thị <Ánh>", LocalDate.of(1980, 5, 9), Gender.FEMALE,
				"Chi bộ \"ấp 3\"", LearnerPosition.values()[0]);

		String html = new LearnerListHtml(messages).rows(List.of(learner), Locale.forLanguageTag("vi"));

		assertThat(html).startsWith("<tr>\n<td><span>Nguyễn Thị &lt;Ánh&gt;</span>")
			.contains("<td class=\"text-nowrap d-none d-sm-table-cell\">09/05/1980</td>")
			.contains("<td class=\"d-none d-md-table-cell\">Chi bộ &quot;ấp 3&quot;</td>")
			.contains("<span class=\"d-sm-none\">09/05/1980</span>")
			.contains("<td class=\"d-none d-md-table-cell\">"
					+ messages.getMessage(LearnerPosition.values()[0].messageKey(), null, Locale.forLanguageTag("vi")) + "</td>")
			.doesNotContain("<Ánh>");
	}

}
