package vn.boiduong.shared.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Tomcat's own error answers get the pages' security headers (see SecurityHeadersErrorReportValve). */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> securityHeadersOnTomcatErrors() {
		return new LastCustomizer();
	}

	/** Runs after Boot's own customizer, which adds a plain ErrorReportValve to the host. */
	static final class LastCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				Host host = (Host) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof SecurityHeadersErrorReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				if (host instanceof StandardHost standard) {
					standard.setErrorReportValveClass(SecurityHeadersErrorReportValve.class.getName());
				}
				host.getPipeline().addValve(new SecurityHeadersErrorReportValve());
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
