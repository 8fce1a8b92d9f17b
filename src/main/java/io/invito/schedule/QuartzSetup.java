package io.invito.schedule;

import io.invito.config.Config;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * Builds a Quartz scheduler on the store's database: the JDBC job store with the tables of
 * migration V3, clustered when the config says so. The scheduler is returned in standby.
 */
final class QuartzSetup {
  /** The scheduler's name is part of every row Quartz writes: all nodes and restarts share it. */
  static final String SCHEDULER_NAME = "invito";

  private static final AtomicInteger DATA_SOURCES = new AtomicInteger();

  private QuartzSetup() {}

  static Scheduler scheduler(Config config, Timing timing) throws SchedulerException {
    StoreConnections connections = StoreConnections.forUrl(config.storeUrl());
    // Quartz looks data sources up by name in a JVM-wide registry; a fresh name per scheduler
    // keeps a test's second scheduler from reaching the first one's database.
    String dataSource = "invito-store-" + DATA_SOURCES.incrementAndGet();
    DBConnectionManager.getInstance().addConnectionProvider(dataSource, connections);
    return new StdSchedulerFactory(properties(config, timing, dataSource, connections.postgres()))
        .getScheduler();
  }

  static Properties properties(Config config, Timing timing, String dataSource, boolean postgres) {
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    // SIGTERM: fetches in flight are interrupted, then the shutdown waits for jobs to end.
    properties.setProperty("org.quartz.scheduler.interruptJobsOnShutdownWithWait", "true");
    properties.setProperty("org.quartz.threadPool.threadCount", "3");
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    properties.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        postgres
            ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
            : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    properties.setProperty("org.quartz.jobStore.dataSource", dataSource);
    properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    properties.setProperty(
        "org.quartz.jobStore.misfireThreshold",
        Long.toString(timing.misfireThreshold().toMillis()));
    if (config.cluster()) {
      properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
      properties.setProperty("org.quartz.jobStore.isClustered", "true");
      properties.setProperty(
          "org.quartz.jobStore.clusterCheckinInterval",
          Long.toString(timing.clusterCheckin().toMillis()));
      // Nodes take triggers under the database lock, so two never take the same fire.
      properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    }
    return properties;
  }
}
