package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.contact.ContactsReader;
import io.invito.digest.ChannelLinks;
import io.invito.model.Call;
import io.invito.model.Contact;
import io.invito.model.Invitation;
import io.invito.pipeline.Pipeline;
import io.invito.store.DraftRevision;
import io.invito.store.PostLog;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code invito invites}: the drafts written so far. */
@Command(name = "invites", mixinStandardHelpOptions = true, description = "The invitation drafts.")
final class InvitesCommand extends CommandGroup {
  /** {@code invito invites list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "One row per draft: id, week, contact, event, channel, status, file; by default the",
        "drafts of the week the digest shows (--week for another, --all for every week).",
        "With --history, also the drafts a changed event superseded, and whether they had been sent,",
        "then the calls proposed and made, and the events each week's post shared."
      })
  static final class ListInvites extends ReportCommand {
    private static final String CALL_ROW = "%-12s  %-10s  %-20s %-15s %s%n";
    private static final String POST_ROW = "%-8s  %-2s %-16s %s%n";

    @Option(
        names = "--history",
        description = "Show every revision: superseded drafts too, with the status they had.")
    boolean history;

    @Option(
        names = "--week",
        paramLabel = "WEEK",
        description = "ISO week (default: the week the waiting drafts are for, as digest).")
    String week;

    @Option(names = "--all", description = "Every week's drafts.")
    boolean all;

    @Mixin ListFormat format;

    @Override
    void print(Config loaded, PrintWriter out) {
      try (Pipeline pipeline = Pipeline.openForReading(loaded, Clock.systemUTC())) {
        List<String> columns =
            new ArrayList<>(List.of("ID", "WEEK", "CONTACT", "EVENT", "CHANNEL", "STATUS", "FILE"));
        if (history) {
          columns.add("REVISION");
        }
        Listing listing =
            new Listing(new OwnerTime(loaded.owner().zone()), columns.toArray(String[]::new));
        if (!history) {
          // The shown week's drafts read alone, in the order every draft is read in.
          List<Invitation> drafts =
              all
                  ? pipeline.store().invitations().all()
                  : pipeline
                      .store()
                      .invitations()
                      .forWeek(TargetWeek.resolve(week, pipeline, Clock.systemUTC().instant()));
          Map<String, Contact> contacts =
              ContactsReader.read(
                      loaded.contactsFile(), loaded.owner().language(), loaded.owner().zone())
                  .contacts()
                  .stream()
                  .collect(Collectors.toMap(Contact::id, Function.identity()));
          drafts.forEach(
              draft ->
                  row(listing, loaded, draft)
                      // The digest's link, so a draft is sent from the terminal in one click.
                      .detail(
                          "link",
                          "send: ",
                          Optional.ofNullable(contacts.get(draft.contactId()))
                              .flatMap(
                                  contact ->
                                      ChannelLinks.href(contact, pipeline.draftFile(draft)))));
        } else {
          for (DraftRevision revision : pipeline.store().invitations().history()) {
            // A superseded draft the owner had sent: the contact holds old details, the current
            // revision is the correction to send.
            String status =
                revision
                    .supersededStatus()
                    .map(was -> "superseded (was " + lower(was.name()) + ")")
                    .orElse("");
            row(listing, loaded, revision.invitation(), "r" + revision.revision() + " " + status);
          }
        }
        listing.print(out, format);
        // The calls and posts sit beside the drafts in the history (issue 19); JSON stays one list.
        if (history && !format.json) {
          calls(out, pipeline.store().calls().all());
          posts(out, loaded, pipeline.store().posts().all());
        }
      }
    }

    /** The calls proposed and made, by day: a call counts as a contact, as a sent draft does. */
    private static void calls(PrintWriter out, List<Call> calls) {
      out.printf("%nCalls%n");
      out.printf(CALL_ROW, "ID", "DAY", "CONTACT", "STATUS", "EVENT TO MENTION");
      for (Call call : calls) {
        out.printf(
            CALL_ROW,
            call.id(),
            call.day(),
            call.contactId(),
            call.done()
                ? "done " + call.doneOn().map(Object::toString).orElse("")
                : lower(call.status().name()),
            call.eventId().orElse(call.planned() ? "" : "(not from a list)"));
      }
    }

    /** The week's posts, one row per event shared: no event is shared by two weeks' posts. */
    private static void posts(PrintWriter out, Config loaded, List<PostLog.Entry> posts) {
      out.printf("%nPosts%n");
      out.printf(POST_ROW, "WEEK", "#", "EVENT", "FILE");
      for (PostLog.Entry entry : posts) {
        out.printf(
            POST_ROW,
            entry.week(),
            entry.place(),
            entry.eventId(),
            loaded.outputDir().resolve(entry.path()));
      }
    }

    private static Listing.Row row(
        Listing listing, Config loaded, Invitation draft, String... revision) {
      List<Object> values =
          new ArrayList<>(
              List.of(
                  draft.id(),
                  draft.week(),
                  draft.contactId(),
                  draft.eventId(),
                  lower(draft.channel().name()),
                  lower(draft.status().name()),
                  loaded.outputDir().resolve(draft.path()).toString()));
      Stream.of(revision).map(String::strip).forEach(values::add);
      return listing.row(values.toArray());
    }

    private static String lower(String name) {
      return name.toLowerCase(Locale.ROOT);
    }
  }

  /** {@code invito invites mark-sent ID...}: the owner sent them; they count towards the caps. */
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

    @Parameters(
        paramLabel = "ID",
        arity = "1..*",
        description = "Drafts' ids (invites list), in full or by a prefix only one id has.")
    List<String> ids;

    @Spec CommandSpec spec;

    StatusChange(String status, BiPredicate<Pipeline, String> change) {
      this.status = status;
      this.change = change;
    }

    /**
     * Every id is resolved before any status changes, so a typo in the third id leaves the first
     * two as they were rather than half the command done.
     */
    @Override
    public final Integer call() {
      List<String> done = new ArrayList<>();
      try (Pipeline pipeline = Pipeline.open(config.load(), Clock.systemUTC())) {
        Set<String> known =
            pipeline.store().invitations().all().stream()
                .map(Invitation::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> resolved = new ArrayList<>();
        for (String id : ids) {
          resolved.add(IdPrefix.resolve(id, known, "draft"));
        }
        for (String id : resolved) {
          if (!change.test(pipeline, id)) {
            throw new ConfigException(
                "draft '"
                    + id
                    + "' cannot be marked "
                    + status
                    + " from its current status"
                    + (done.isEmpty() ? "" : " (marked " + status + " before it: " + done + ")"));
          }
          done.add(id);
        }
      }
      done.forEach(id -> spec.commandLine().getOut().println(id + ": " + status));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
