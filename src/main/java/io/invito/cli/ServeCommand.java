package io.invito.cli;

import io.invito.config.Config;
import io.invito.pipeline.Pipeline;
import io.invito.schedule.Daemon;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code invito serve}: runs the pipeline on the configured schedules until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run as a daemon: Quartz fires fetch, match-and-draft and digest on the "
        + "schedules of invito.yaml. Stop with Ctrl-C or SIGTERM.")
final class ServeCommand implements Callable<Integer> {
  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Config loaded = config.load();
    Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC());
    Daemon daemon = Daemon.start(pipeline, Clock.systemUTC());
    daemon.nextFireTimes().forEach(line -> spec.commandLine().getOut().println(line));
    spec.commandLine().getOut().flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      daemon.close();
      pipeline.close();
      stopped.countDown();
    }, "invito-shutdown"));
    stopped.await();
    return 0;
  }
}
