package io.invito.cli;

import io.invito.config.Config;
import io.invito.desk.DeskServer;
import io.invito.pipeline.Pipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code invito desk}: serves the review desk alone, over the same store, until stopped. */
@Command(
    name = "desk",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the review desk: the week's opportunities, who each suits and why, the drafts to "
          + "read, adjust and act on. On 127.0.0.1 (desk.port in invito.yaml, 8765 by default); "
          + "open the address it prints, which carries the access token.",
      "`invito serve` serves the same desk beside its schedule. Stop with Ctrl-C."
    })
final class DeskCommand implements Callable<Integer> {
  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      description = "Listen on this port instead of desk.port (0: any free port).")
  Integer port;

  @Override
  public Integer call() throws InterruptedException {
    Config loaded = config.load();
    if (port != null) {
      if (port < 0 || port > 65535) {
        throw new io.invito.config.ConfigException(
            "--port " + port + " is not a port number (0 to 65535)");
      }
      loaded = loaded.withDesk(loaded.desk().withPort(port));
    }
    Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC());
    DeskServer desk;
    try {
      desk = DeskServer.start(pipeline, Clock.systemUTC());
    } catch (RuntimeException e) {
      pipeline.close();
      throw e;
    }
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  desk.close();
                  pipeline.close();
                  stopped.countDown();
                },
                "invito-desk-shutdown"));
    out.println("invito desk: open " + desk.url());
    out.flush();
    stopped.await();
    return 0;
  }
}
