package vn.boiduong.shared.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Where a page's template variables live while it is rendered. Thymeleaf keeps the model and every local
 * variable ({@code th:each}, {@code th:with}, fragment parameters) as request attributes: each read and each
 * write went down the chain of request wrappers (Spring Session, Spring Security's firewall and servlet API
 * wrappers) to Tomcat's request, which tells its attribute listeners of every write. The profile of the
 * course list under the benchmark gave 15 % of its samples to that. While a view renders, the attributes
 * it sets are kept in a map of its own ({@link RenderingRequest}); attributes it does not set are read from
 * the request as before, so what the filters and the controller put there is still seen.
 */
@Configuration(proxyBeanMethods = false)
class TemplateVariables {

	@Bean
	static BeanPostProcessor renderingViews() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setViewClass(RenderingView.class);
				}
				return bean;
			}

		};
	}

	/** A Thymeleaf view whose template variables are kept by {@link RenderingRequest}. */
	public static class RenderingView extends ThymeleafView {

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			super.render(model, new RenderingRequest(request), response);
		}

	}

	/**
	 * The request as a view sees it: attributes set through it stay in its own map (a removal hides the
	 * request's attribute of that name), the rest is the request's.
	 */
	static final class RenderingRequest extends HttpServletRequestWrapper {

		private static final Object REMOVED = new Object();

		private final Map<String, Object> attributes = new HashMap<>(64);

		RenderingRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			Object value = this.attributes.get(name);
			if (value == null) {
				return super.getAttribute(name);
			}
			return value == REMOVED ? null : value;
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value == null ? REMOVED : value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.put(name, REMOVED);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
			this.attributes.forEach((name, value) -> {
				if (value == REMOVED) {
					names.remove(name);
				}
				else {
					names.add(name);
				}
			});
			return Collections.enumeration(names);
		}

	}

}
