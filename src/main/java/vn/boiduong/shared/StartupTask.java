package vn.boiduong.shared;

/**
 * Work done once at start-up, before the application accepts a request: the demo data, the first
 * administrator. Tasks run in their {@code @Order}; one that throws stops the start.
 */
public interface StartupTask {

	void run();

}
