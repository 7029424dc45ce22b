package vn.boiduong.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StartupTask}s once every bean is ready but before the web server opens its port
 * (unlike an ApplicationRunner, which runs after), so that nobody signs in before the demo accounts
 * exist.
 */
@Component
class StartupTasks implements SmartInitializingSingleton {

	private final ObjectProvider<StartupTask> tasks;

	StartupTasks(ObjectProvider<StartupTask> tasks) {
		this.tasks = tasks;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.tasks.orderedStream().forEach(StartupTask::run);
	}

}
