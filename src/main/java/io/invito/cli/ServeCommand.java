package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.desk.DeskServer;
import io.invito.pipeline.Pipeline;
import io.invito.pipeline.RunLock;
import io.invito.schedule.Daemon;
import io.invito.schedule.JobStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code invito serve}: runs the pipeline on the configured schedules until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run as a daemon: Quartz fires fetch, match-and-draft and digest on the schedules of "
          + "invito.yaml, keeping its triggers in the store. A digest missed while the machine "
          + "was off runs once at start; missed polls are skipped.",
      "With store.cluster: true, several machines on one PostgreSQL share the schedule.",
      "It also serves the review desk (see `invito desk`) and prints its address.",
      "Stop with Ctrl-C or SIGTERM: fetches in flight are stopped; it ends within 30 s."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin ConfigOption config;
  @Spec CommandSpec spec;
  private final AtomicBoolean serving = new AtomicBoolean(true);

  @Override
  public Integer call() throws InterruptedException {
    Config loaded = config.load();
    // Cluster nodes may share one output folder; alone, serve keeps `invito run` out of it.
    Optional<RunLock> lock =
        loaded.cluster()
            ? Optional.empty()
            : Optional.of(RunLock.acquire(loaded.outputDir(), "invito serve"));
    Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC());
    Daemon daemon = Daemon.start(pipeline, Clock.systemUTC());
    PrintWriter out = spec.commandLine().getOut();
    Optional<DeskServer> desk = startDesk(pipeline, spec.commandLine().getErr());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  boolean stillServing = serving.getAndSet(false);
                  desk.ifPresent(DeskServer::close);
                  List<String> abandoned = daemon.stop();
                  if (abandoned.isEmpty()) {
                    pipeline.close();
                  }
                  // Abandoned jobs may still be using the store; the JVM's exit ends them, which is
                  // safe.
                  lock.ifPresent(RunLock::close);
                  out.println(
                      "invito serve: stopped"
                          + (abandoned.isEmpty() ? "" : "; abandoned " + abandoned));
                  out.flush();
                  stopped.countDown();
                  if (stillServing) {
                    // SIGTERM is how systemd and docker stop a daemon: a clean stop, exit 0. The
                    // JVM would report 143 (killed by signal 15) and systemd a failure.
                    Runtime.getRuntime().halt(0);
                  }
                },
                "invito-shutdown"));
    // Said only once the hook is in place: whoever waits for this line to stop serve (a service
    // manager, a test) then always gets the clean stop.
    out.println(
        "invito serve: instance " + daemon.instanceId() + (loaded.cluster() ? " (clustered)" : ""));
    print(out, daemon.jobs());
    desk.ifPresent(served -> out.println("invito desk: open " + served.url()));
    out.flush();
    try {
      stopped.await();
    } finally {
      // Leaving by any other way (an error) keeps its own exit code.
      serving.set(false);
    }
    return 0;
  }

  /**
   * The desk over the same pipeline, so its actions and the scheduled jobs share one store. The
   * schedule is serve's first job: a desk that cannot listen (its port taken, as when several nodes
   * of a cluster run on one machine) is one line on stderr, and serve goes on without it.
   */
  private static Optional<DeskServer> startDesk(Pipeline pipeline, PrintWriter err) {
    try {
      return Optional.of(DeskServer.start(pipeline, Clock.systemUTC()));
    } catch (ConfigException e) {
      throw e; // a password variable not set: bad input, exit 2 like any other
    } catch (RuntimeException e) {
      err.println(
          "warning: the desk was not started ("
              + (e.getMessage() == null ? e : e.getMessage())
              + "); set another desk.port in invito.yaml");
      err.flush();
      return Optional.empty();
    }
  }

  private static void print(PrintWriter out, List<JobStatus> jobs) {
    for (JobStatus job : jobs) {
      out.println(
          "  "
              + job.job()
              + ": next at "
              + job.nextFire().map(Object::toString).orElse("(not scheduled)"));
    }
  }
}
