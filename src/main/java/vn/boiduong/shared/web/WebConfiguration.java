package vn.boiduong.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/** Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final Locale ENGLISH = Locale.ENGLISH;

	/**
	 * The languages the application speaks; anything else in the cookie or in {@code ?lang=} (a forged
	 * {@code %00} or {@code ..}, which made every page a 500) is the default language.
	 */
	static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		if (locale.getLanguage().equals(ENGLISH.getLanguage())) {
			return ENGLISH;
		}
		if (locale.getLanguage().equals(VIETNAMESE.getLanguage())) {
			return VIETNAMESE;
		}
		return null;
	}

	private static Locale parseSupported(String value) {
		if (value == null || !value.matches("[A-Za-z]{2,3}([_-][A-Za-z0-9]{1,8}){0,3}")) {
			return null;
		}
		return supported(org.springframework.util.StringUtils.parseLocale(value));
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("boiduong-lang") {

			@Override
			protected Locale parseLocaleValue(String value) {
				return parseSupported(value);
			}

		};
		// An invalid cookie (a time zone of "../etc") is ignored, not a 500 on every page.
		resolver.setRejectInvalidCookies(false);
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new CalendarDates());
	}

	/**
	 * Static files only under their own prefixes (spring.web.resources.add-mappings=false): with Boot's
	 * catch-all {@code /**} mapping every link of every page was looked up on the classpath while the
	 * page rendered, nearly half of the CPU of a course page.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		// Pages link the application's own files under names carrying a hash of their content
		// (/css/app-<md5>.css, through @{...} and Boot's ResourceUrlEncodingFilter): a new release is a
		// new name, so they may be kept for a year and nobody keeps an old file after an upgrade.
		for (String folder : List.of("css", "js", "img", "fonts")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			@Override
			protected Locale parseLocaleValue(String value) {
				Locale locale = parseSupported(value);
				if (locale == null) {
					throw new IllegalArgumentException("Not a language of the application");
				}
				return locale;
			}

		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new FormsShownAgain());
	}

}
