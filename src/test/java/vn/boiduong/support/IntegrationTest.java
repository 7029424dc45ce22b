package vn.boiduong.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application against a real PostgreSQL (see {@link TestDatabaseConfiguration}),
 * with the demo data loaded, and MockMvc. Every such test shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "app.embedded-database.enabled=false",
				// the demo districts keep working beside the wards of the two-level era (DemoReorganization)
				"app.demo.districts-close-on=2099-07-01" })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
public @interface IntegrationTest {

}
