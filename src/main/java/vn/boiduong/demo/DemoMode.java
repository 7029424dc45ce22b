package vn.boiduong.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Active in demo mode: no external database was configured and demo data is not switched off.
 * Modules that add demo data of their own (courses, learners) put their loader under it.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${app.demo-data.enabled:true}")
public @interface DemoMode {

	/** The password of every demo account. */
	String PASSWORD = "demo1234";

}
