package io.invito.bench;

import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import io.invito.model.Channel;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.Invitation;
import io.invito.store.Store;
import io.invito.testing.ConfigFolder;
import io.invito.testing.EventBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a config folder whose store holds many events, for timing the listing commands ({@code
 * events list}, {@code status}, {@code invites list}) on a store of a realistic size: {@code
 * StoreGenerator DIR [EVENTS]} (10,000 by default), 40 sources, 200 contacts and one draft per five
 * events. Not a test: bench/commands.sh runs it, then times the commands against the folder.
 */
public final class StoreGenerator {
  private static final String[] WORDS =
      ("webinar corso seminario evento online formazione impresa digitale fiscale lavoro sicurezza"
              + " marketing vendite export innovazione cloud data security team")
          .split(" ");

  private StoreGenerator() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-store");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    StringBuilder sources = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sources
          .append("  - id: feed-")
          .append(i)
          .append("\n    url: https://events")
          .append(i)
          .append(".example.org/feed.xml\n");
    }
    String[] contacts = new String[200];
    for (int i = 0; i < contacts.length; i++) {
      contacts[i] =
          "contact-"
              + i
              + ",Nome"
              + i
              + ",Cognome"
              + i
              + ",c"
              + i
              + "@example.it,sicurezza informatica,it,Europe/Rome,tu,email";
    }
    Config config =
        ConfigLoader.load(
            ConfigFolder.at(dir).sources(sources.toString()).contacts(contacts).write());
    Random random = new Random(18);
    ZonedDateTime first = ZonedDateTime.now(EventBuilder.ROME).truncatedTo(ChronoUnit.HOURS);
    List<Event> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String title =
          WORDS[random.nextInt(WORDS.length)]
              + " "
              + WORDS[random.nextInt(WORDS.length)]
              + " "
              + WORDS[random.nextInt(WORDS.length)]
              + " n. "
              + i;
      events.add(
          EventBuilder.webinar()
              .id("ev-" + i)
              .title(title)
              .description(title + ": un incontro online di un'ora con domande dal pubblico.")
              .url("https://events" + (i % 40) + ".example.org/e/" + i)
              .start(first.plusHours(random.nextInt(24 * 120) - 24 * 30))
              .kinds(i % 3 == 0 ? EventKind.WORKSHOP : EventKind.WEBINAR)
              .topics("sicurezza informatica")
              .sources("feed-" + (i % 40))
              .build());
    }
    Instant now = Instant.now();
    try (Store store = Store.open(config.storeUrl())) {
      store.events().upsert(events, now);
      for (int i = 0; i < count; i += 5) {
        String contact = "contact-" + (i / 5 % contacts.length);
        store
            .invitations()
            .save(
                new Invitation(
                    "inv-" + i,
                    "ev-" + i,
                    contact,
                    Channel.EMAIL,
                    "2026-W49",
                    dir.resolve("out/invites/" + contact + "-ev-" + i + ".txt"),
                    Integer.toHexString(i),
                    Invitation.Status.DRAFTED,
                    now));
      }
    }
    System.out.printf("%s: %d events, %d drafts, 40 sources%n", dir, count, (count + 4) / 5);
  }
}
