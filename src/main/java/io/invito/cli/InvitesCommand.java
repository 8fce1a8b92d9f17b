package io.invito.cli;

import io.invito.config.Config;
import io.invito.model.Invitation;
import io.invito.pipeline.Pipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code invito invites}: the drafts written so far. */
@Command(
    name = "invites",
    mixinStandardHelpOptions = true,
    description = "The invitation drafts.",
    subcommands = {InvitesCommand.ListInvites.class})
final class InvitesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code invito invites list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "One row per draft: id, week, contact, event, channel, status, file.")
  static final class ListInvites implements Runnable {
    @Mixin ConfigOption config;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      Config loaded = config.load();
      PrintWriter out = spec.commandLine().getOut();
      try (Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC())) {
        for (Invitation invitation : pipeline.store().invitations().all()) {
          out.printf("%s  %s  %-20s %-16s %-8s %-9s %s%n", invitation.id(), invitation.week(),
              invitation.contactId(), invitation.eventId(),
              invitation.channel().name().toLowerCase(Locale.ROOT),
              invitation.status().name().toLowerCase(Locale.ROOT),
              loaded.outputDir().resolve(invitation.path()));
        }
      }
      out.flush();
    }
  }
}
