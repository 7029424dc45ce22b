package vn.boiduong.shared.database;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wraps Boot's connection pool in an {@link OutageAwareDataSource}. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

	@Bean
	static BeanPostProcessor outageAwareDataSource(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool) {
					Duration interval = environment.getProperty("app.database.heartbeat-interval", Duration.class,
							Duration.ofMillis(500));
					return new OutageAwareDataSource(pool, interval);
				}
				return bean;
			}
		};
	}

}
