package io.invito.cli;

import io.invito.config.Config;
import io.invito.mail.MailException;
import io.invito.mail.PushReport;
import io.invito.pipeline.Pipeline;
import io.invito.pipeline.RunLock;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code invito drafts}: the e-mail drafts in the owner's own mailbox (mail.imap). */
@Command(
    name = "drafts",
    mixinStandardHelpOptions = true,
    description = "The e-mail drafts in your own mailbox, over IMAP (mail.imap in invito.yaml).")
final class DraftsCommand extends CommandGroup {

  /** {@code invito drafts push}. */
  @Command(
      name = "push",
      mixinStandardHelpOptions = true,
      description = {
        "Puts each new e-mail draft in your Drafts folder (flagged \\Draft and \\Seen), once;",
        "a revised draft replaces its earlier copy only if you have not touched it."
      })
  static final class Push extends MailboxCommand {
    @Override
    void work(Pipeline pipeline, PrintWriter out) {
      PushReport report = pipeline.pushDrafts(Clock.systemUTC().instant());
      out.println("drafts push: " + report.summary());
      report.left().forEach(left -> out.println("  " + left.line()));
    }
  }

  /** {@code invito drafts sync}. */
  @Command(
      name = "sync",
      mixinStandardHelpOptions = true,
      description = {
        "Reads the headers of the mail in your Sent folder since the last sync and marks the",
        "drafts found there sent, with the time they were sent."
      })
  static final class Sync extends MailboxCommand {
    @Option(
        names = "--deleted-means-skip",
        description = "Mark skipped a pushed draft no longer in Drafts and not seen in Sent.")
    boolean deletedMeansSkip;

    @Override
    void work(Pipeline pipeline, PrintWriter out) {
      out.println("drafts sync: " + pipeline.syncSent(deletedMeansSkip));
    }
  }

  /**
   * What push and sync share: the run lock (a pass drafting meanwhile would push too), and a
   * mailbox that cannot be used reported in one line naming the server and the cause, exit 1.
   */
  abstract static class MailboxCommand implements Callable<Integer> {
    @Mixin ConfigOption config;
    @Spec CommandSpec spec;

    @Override
    public final Integer call() {
      Config loaded = config.load();
      PrintWriter out = spec.commandLine().getOut();
      RunLock lock = RunLock.acquire(loaded.outputDir(), "invito " + spec.qualifiedName(" "));
      try (lock;
          Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC())) {
        work(pipeline, out);
      } catch (MailException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return Main.UNEXPECTED;
      } finally {
        out.flush();
      }
      return 0;
    }

    abstract void work(Pipeline pipeline, PrintWriter out);
  }
}
