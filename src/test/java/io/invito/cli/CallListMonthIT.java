package io.invito.cli;

import static io.invito.cli.CliRun.invito;
import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month of mornings with the demo's network: the events of the demo week fetched by a real run
 * into a real H2 store, then {@code invito calls --date} each day and the first call of each day
 * marked done, as a user who makes one call a day would.
 */
class CallListMonthIT {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final LocalDate FIRST = LocalDate.parse("2026-11-30");
  private static final Pattern CALL =
      Pattern.compile("^([0-9a-f]{12})  (.+?)  (\\+\\d+)(  \\[done .*])?$", Pattern.MULTILINE);

  /** The demo contacts with a phone number, none opted out. */
  private static final Set<String> WITH_PHONE =
      Set.of("Marco Rossi", "Anna Smith", "Elena Conti", "Luca Ferrari", "Sofia Greco");

  @TempDir Path dir;

  private record Listed(String id, String name) {}

  private static List<Listed> calls(String output) {
    List<Listed> listed = new ArrayList<>();
    Matcher line = CALL.matcher(output);
    while (line.find()) {
      listed.add(new Listed(line.group(1), line.group(2)));
    }
    return listed;
  }

  @Test
  void everyoneWithAPhoneIsProposedBeforeAnyoneAThirdTimeAndNobodyTheDayAfterACall()
      throws IOException {
    Path config = dir.resolve("config");
    ClasspathFolder.copy("demo", config);
    ClasspathFolder.copy("invito/templates", config.resolve("templates"));
    Map<LocalDate, List<Listed>> month = new LinkedHashMap<>();
    Map<LocalDate, String> called = new HashMap<>();
    String firstMorning;
    try (DemoSite site = DemoSite.start(config.resolve("site"), FIRST, ROME)) {
      Path sources = config.resolve(ConfigLoader.SOURCES_FILE);
      Files.writeString(sources, site.render(Files.readString(sources)));
      CliRun run =
          invito("run", "--config", config.toString(), "--as-of", "2026-11-29T18:00+01:00");
      assertThat(run.code()).as(run.err()).isZero();
    }

    for (LocalDate day = FIRST; day.isBefore(FIRST.plusDays(30)); day = day.plusDays(1)) {
      CliRun list = invito("calls", "--date", day.toString(), "--config", config.toString());
      assertThat(list.code()).as(list.err()).isZero();
      List<Listed> calls = calls(list.out());
      month.put(day, calls);
      if (day.equals(FIRST)) {
        firstMorning = list.out();
        assertFirstMorning(firstMorning, calls);
      }
      // A second look at the day shows the same list.
      assertThat(
              calls(invito("calls", "--date", day.toString(), "--config", config.toString()).out()))
          .isEqualTo(calls);
      CliRun done =
          invito(
              "calls",
              "done",
              calls.get(0).id(),
              "--date",
              day.toString(),
              "--config",
              config.toString());
      assertThat(done.code()).as(done.err()).isZero();
      called.put(day, calls.get(0).name());
    }

    Map<String, Integer> times = new HashMap<>();
    for (Map.Entry<LocalDate, List<Listed>> entry : month.entrySet()) {
      List<Listed> calls = entry.getValue();
      assertThat(calls).as("calls on %s", entry.getKey()).hasSize(3);
      assertThat(calls)
          .extracting(Listed::name)
          .as("on %s: only contacts with a phone, never the opted-out Paolo Neri", entry.getKey())
          .doesNotHaveDuplicates()
          .allMatch(WITH_PHONE::contains);
      String yesterday = called.get(entry.getKey().minusDays(1));
      if (yesterday != null) {
        assertThat(calls)
            .extracting(Listed::name)
            .as("called yesterday, not proposed on %s", entry.getKey())
            .doesNotContain(yesterday);
      }
      for (Listed call : calls) {
        int count = times.merge(call.name(), 1, Integer::sum);
        if (count == 3) {
          assertThat(times.keySet())
              .as("everyone with a phone proposed before %s a third time", call.name())
              .containsAll(WITH_PHONE);
        }
      }
    }
    // Over the month, the list goes round: nobody is proposed twice as often as anyone else.
    int most = times.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    int fewest = times.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    assertThat(most).isLessThan(2 * fewest);

    String history = invito("invites", "list", "--history", "--config", config.toString()).out();
    assertThat(history).contains("Calls").contains("done 2026-12-29").contains("Posts");
  }

  /**
   * The first morning: nobody has been called, and everyone with a phone has an opportunity that
   * suits them, so the file's order decides; each opening line in the contact's language and
   * formality, naming the opportunity and why it suits them.
   */
  private static void assertFirstMorning(String output, List<Listed> calls) {
    assertThat(calls)
        .extracting(Listed::name)
        .containsExactly("Marco Rossi", "Anna Smith", "Elena Conti");
    assertThat(output)
        .contains("Calls for Monday 30 November 2026: 3 (at most 3 a day).")
        .contains("b1356993e454  Marco Rossi  +393470000101")
        .contains("no contact recorded yet; an opportunity suits their interest in sicurezza")
        .contains("Ciao Marco, volevo sapere come stavi… è da un po' che non ci sentiamo!")
        .contains(
            "Tra l'altro ho visto «Sicurezza informatica per le PMI: ransomware e difese pratiche»"
                + " (giovedì 3 dicembre alle 18:00, ora italiana) e ho pensato a te, visto il tuo"
                + " interesse per la sicurezza informatica.")
        .contains("Hi Anna, I just wanted to see how you're doing… it's been a while!")
        .contains("(Wednesday 2 December at 4:00 pm UK time) and thought of you")
        .contains("Buongiorno Dott.ssa Conti, sono Giulia Bianchi: La chiamo per sapere come sta")
        .contains("e ho pensato a Lei, visto il Suo interesse in materia di risorse umane.")
        .contains(
            "mention: Corso online: welfare aziendale e gestione delle risorse umane"
                + " (Thursday 3 December, 10:00)");
  }
}
