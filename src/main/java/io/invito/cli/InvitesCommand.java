package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.model.Invitation;
import io.invito.pipeline.Pipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code invito invites}: the drafts written so far. */
@Command(
    name = "invites",
    mixinStandardHelpOptions = true,
    description = "The invitation drafts.",
    subcommands = {
      InvitesCommand.ListInvites.class,
      InvitesCommand.MarkSent.class,
      InvitesCommand.Skip.class
    })
final class InvitesCommand extends CommandGroup {
  /** {@code invito invites list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "One row per draft: id, week, contact, event, channel, status, file.")
  static final class ListInvites extends ReportCommand {
    @Override
    void print(Config loaded, PrintWriter out) {
      try (Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC())) {
        for (Invitation invitation : pipeline.store().invitations().all()) {
          out.printf(
              "%s  %s  %-20s %-16s %-8s %-9s %s%n",
              invitation.id(),
              invitation.week(),
              invitation.contactId(),
              invitation.eventId(),
              invitation.channel().name().toLowerCase(Locale.ROOT),
              invitation.status().name().toLowerCase(Locale.ROOT),
              loaded.outputDir().resolve(invitation.path()));
        }
      }
    }
  }

  /** {@code invito invites mark-sent ID}: the owner sent it; it counts towards the caps. */
  @Command(
      name = "mark-sent",
      mixinStandardHelpOptions = true,
      description = "Record that you sent a draft (it counts for the per-contact pause).")
  static final class MarkSent extends StatusChange {
    MarkSent() {
      super("sent", (pipeline, draft) -> pipeline.store().invitations().markSent(draft));
    }
  }

  /** {@code invito invites skip ID}: the owner decided not to send it. */
  @Command(
      name = "skip",
      mixinStandardHelpOptions = true,
      description = "Record that you will not send a draft.")
  static final class Skip extends StatusChange {
    Skip() {
      super("skipped", (pipeline, draft) -> pipeline.store().invitations().skip(draft));
    }
  }

  /**
   * What mark-sent and skip share: they differ only in the status they record, so each names it and
   * the store call that records it; picocli reads the option and parameter declared here.
   */
  abstract static class StatusChange implements Callable<Integer> {
    private final String status;
    private final BiPredicate<Pipeline, String> change;

    @Mixin ConfigOption config;

    @Parameters(paramLabel = "ID", description = "The draft's id (invites list).")
    String id;

    @Spec CommandSpec spec;

    StatusChange(String status, BiPredicate<Pipeline, String> change) {
      this.status = status;
      this.change = change;
    }

    @Override
    public final Integer call() {
      try (Pipeline pipeline = Pipeline.open(config.load(), Clock.systemUTC())) {
        if (pipeline.store().invitations().find(id).isEmpty()) {
          throw new ConfigException("no draft with id '" + id + "' (see invites list)");
        }
        if (!change.test(pipeline, id)) {
          throw new ConfigException(
              "draft '" + id + "' cannot be marked " + status + " from its current status");
        }
      }
      spec.commandLine().getOut().println(id + ": " + status);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
