package vn.boiduong.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real HTTP port (for a browser or an HTTP client) against the shared test
 * PostgreSQL, with the demo data. Every such test shares one application context; the port is in
 * {@code @LocalServerPort}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.embedded-database.enabled=false",
				// the demo districts keep working beside the wards of the two-level era (DemoReorganization)
				"app.demo.districts-close-on=2099-07-01" })
@Import(TestDatabaseConfiguration.class)
public @interface ServerTest {

}
