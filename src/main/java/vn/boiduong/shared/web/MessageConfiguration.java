package vn.boiduong.shared.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The message files of every module (one per module and language, {@code spring.messages.basename}) read
 * into one table per language.
 * <p>
 * Spring Boot's default source asks each module's file in turn for every message: a course page looks up
 * about 60 messages through up to 9 files each (issue 7, item 6: found by profiling). Merged at the first
 * use of a language, a message is one look-up whatever the number of modules; the files themselves stay
 * one per module. Files are never reloaded ({@code cacheMillis} -1), as before. As with Boot's source, a
 * module named first wins when two name the same code (the tests keep codes distinct).
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(@Value("${spring.messages.basename}") List<String> basenames,
			@Value("${spring.messages.encoding:UTF-8}") String encoding,
			@Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames.stream().map(b -> "classpath:" + b.trim()).toArray(String[]::new));
		source.setDefaultEncoding(encoding);
		source.setFallbackToSystemLocale(fallbackToSystemLocale);
		source.setCacheMillis(-1);
		return source;
	}

}
