package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.model.Call;
import io.invito.model.Contact;
import io.invito.model.KnownEvent;
import io.invito.pipeline.CallPlan;
import io.invito.pipeline.Pipeline;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code invito calls}: the people to phone today, and {@code calls done} once you have. */
@Command(
    name = "calls",
    mixinStandardHelpOptions = true,
    description = {
      "The day's call list: two to five contacts to phone (calls.perDay), those longest without a",
      "sent invitation or a call first, each with the number, why now, an opening line in their",
      "language and the opportunity to mention. The first look at a day makes its list and stores",
      "it; every later look shows the same list."
    })
final class CallsCommand extends ReportCommand {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "The day, such as 2026-12-01 (default: today in the owner's zone).")
  String date;

  @Override
  void print(Config loaded, PrintWriter out) {
    ZoneId zone = loaded.owner().zone();
    LocalDate day = day(date, zone);
    try (Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC())) {
      List<CallPlan> calls = pipeline.calls(day);
      out.printf(
          "Calls for %s: %d (at most %d a day).%n",
          DAY.format(day), calls.size(), loaded.calls().perDay());
      if (calls.isEmpty()) {
        out.println(
            "Nobody to call: every contact with a phone number was called yesterday, opted out,"
                + " or there are none (add a phone column to contacts.csv).");
      }
      for (CallPlan plan : calls) {
        print(out, plan, day, zone);
      }
    }
  }

  private static void print(PrintWriter out, CallPlan plan, LocalDate day, ZoneId zone) {
    Call call = plan.call();
    Contact contact = plan.contact();
    out.printf(
        "%n%s  %s  %s%s%n",
        call.id(),
        contact.fullName(),
        contact.phone().orElse(""),
        call.done() ? "  [done " + call.doneOn().map(LocalDate::toString).orElse("") + "]" : "");
    String since =
        call.lastContact()
            .map(
                last -> {
                  LocalDate on = LocalDate.ofInstant(last, zone);
                  return "last contact "
                      + on
                      + " ("
                      + ChronoUnit.DAYS.between(on, day)
                      + " days ago)";
                })
            .orElse("no contact recorded yet");
    out.println(
        "  why:     "
            + since
            + call.topic()
                .map(topic -> "; an opportunity suits their interest in " + topic)
                .orElse(""));
    if (plan.event().isPresent()) {
      KnownEvent event = plan.event().get();
      out.println(
          "  mention: "
              + event.event().title()
              + event
                  .event()
                  .start()
                  .map(start -> " (" + WHEN.format(start.withZoneSameInstant(zone)) + ")")
                  .orElse("")
              + event.event().url().map(url -> " " + url).orElse(""));
    }
    String[] lines = plan.opening().split("\n");
    for (int index = 0; index < lines.length; index++) {
      out.println((index == 0 ? "  say:     " : "           ") + lines[index]);
    }
  }

  /** The {@code --date}, or today in the owner's zone. */
  static LocalDate day(String date, ZoneId zone) {
    if (date == null) {
      return LocalDate.now(Clock.system(zone));
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new ConfigException("--date '" + date + "' is not a date such as 2026-12-01");
    }
  }

  /**
   * {@code invito calls done ID...}: the calls made, by call id or, for an unlisted call, contact.
   */
  @Command(
      name = "done",
      mixinStandardHelpOptions = true,
      description = {
        "Record calls you made: a call's id from the list (in full or by a unique prefix), or a",
        "contact's id for a call no list proposed. A call counts as a contact: the next lists",
        "leave that person for later, and never propose them the day after."
      })
  static final class Done implements Callable<Integer> {
    @Mixin ConfigOption config;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Calls' or contacts' ids.")
    List<String> ids;

    @Option(
        names = "--date",
        paramLabel = "DATE",
        description = "The day you called (default: today in the owner's zone).")
    String date;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Config loaded = config.load();
      LocalDate on = day(date, loaded.owner().zone());
      List<String> done = new ArrayList<>();
      try (Pipeline pipeline = Pipeline.open(loaded, Clock.systemUTC())) {
        Set<String> open =
            pipeline.store().calls().all().stream()
                .filter(call -> !call.done())
                .map(Call::id)
                .collect(Collectors.toSet());
        Set<String> contacts =
            pipeline.contacts().stream().map(Contact::id).collect(Collectors.toSet());
        List<String> resolved = new ArrayList<>();
        for (String id : ids) {
          resolved.add(
              contacts.contains(id.strip()) ? id.strip() : IdPrefix.resolve(id, open, "call"));
        }
        for (String id : resolved) {
          Call call = pipeline.callDone(id, on);
          done.add(call.id() + ": done on " + on + " (" + call.contactId() + ")");
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      done.forEach(out::println);
      out.flush();
      return 0;
    }
  }
}
