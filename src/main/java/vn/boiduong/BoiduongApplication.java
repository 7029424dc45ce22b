package vn.boiduong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BoiduongApplication {

	public static void main(String[] args) {
		SpringApplication.run(BoiduongApplication.class, args);
	}

}
