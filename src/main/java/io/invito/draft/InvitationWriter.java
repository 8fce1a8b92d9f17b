package io.invito.draft;

import io.invito.config.Owner;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Week;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the invitation drafts of one contact to one event: always the e-mail text, plus the
 * contact's preferred channel when that is LinkedIn, WhatsApp or a phone call. One writer serves
 * one run: it remembers which opening sentences it gave for each event.
 */
public final class InvitationWriter {
  /** A LinkedIn connection note holds at most 300 characters. */
  static final int LINKEDIN_LIMIT = 300;
  private static final int REASON_TERMS = 2;
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private final TemplateSet templates;
  private final Owner owner;
  private final Path outputDir;
  private final Clock clock;
  // event, language and formality -> contact id -> the opening they got in this run
  private final Map<String, Map<String, String>> openingsTaken = new HashMap<>();

  public InvitationWriter(TemplateSet templates, Owner owner, Path outputDir, Clock clock) {
    this.templates = templates;
    this.owner = owner;
    this.outputDir = outputDir;
    this.clock = clock;
  }

  /**
   * Renders and writes the drafts, leaving a file alone when it already holds the same text. A
   * contact who opted out gets nothing, whatever the matcher said.
   */
  public List<Draft> write(Match match, KnownEvent known, Contact contact, Week week) {
    Event event = known.event();
    if (!match.eventId().equals(event.id()) || !match.contactId().equals(contact.id())) {
      throw new IllegalArgumentException("match " + match.eventId() + "/" + match.contactId()
          + " is not about event " + event.id() + " and contact " + contact.id());
    }
    if (contact.optOut()) {
      return List.of();
    }
    Path folder = outputDir.resolve("invites").resolve(week.toString())
        .resolve(safe("contact", contact.id()));
    String eventFile = safe("event", event.id());
    Wording wording = Wording.of(contact.language());
    Map<String, String> values = values(wording, match, known, contact);
    List<Draft> drafts = new ArrayList<>();
    for (Channel channel : channels(contact)) {
      Template template = templates.require(contact.language(), channel, contact.formality());
      String text = channel == Channel.LINKEDIN
          ? fit(template, values, wording, match, contact)
          : template.render(values);
      Path file = folder.resolve(eventFile + "." + TemplateSet.base(channel) + ".txt");
      boolean written = AtomicFile.write(file, text);
      Invitation invitation = new Invitation(
          invitationId(event.id(), contact.id(), channel), event.id(), contact.id(), channel,
          week.toString(), outputDir.relativize(file), sha256(text), Invitation.Status.DRAFTED,
          clock.instant());
      drafts.add(new Draft(invitation, file, written, match.reasons()));
    }
    return List.copyOf(drafts);
  }

  /** Writes {@code invites/<week>/index.md} and {@code index.csv} listing the drafts for review. */
  public static void writeIndex(Path outputDir, Week week, List<Draft> drafts,
      Map<String, Contact> contacts, Map<String, KnownEvent> events) {
    new IndexWriter(outputDir, week).write(drafts, contacts, events);
  }

  private static List<Channel> channels(Contact contact) {
    return contact.channel() == Channel.EMAIL
        ? List.of(Channel.EMAIL)
        : List.of(Channel.EMAIL, contact.channel());
  }

  private Map<String, String> values(Wording wording, Match match, KnownEvent known,
      Contact contact) {
    Event event = known.event();
    ZonedDateTime start = event.start().withZoneSameInstant(contact.zone());
    List<String> openings = wording.openings(contact.formality());
    Map<String, String> values = new HashMap<>();
    values.put("salutation", wording.salutation(contact));
    values.put("firstName", Texts.oneLine(contact.firstName()));
    values.put("opening", opening(openings, contact, event));
    values.put("reason", wording.reason(match.reasons(), contact.formality(), REASON_TERMS));
    values.put("title", Texts.oneLine(event.title()));
    values.put("when", wording.when(start, event.allDay(), true));
    values.put("format", wording.format(event));
    values.put("price", wording.price(event));
    values.put("organizer", event.organizer().map(Texts::oneLine).orElse(""));
    values.put("url", Wording.link(event));
    values.put("signature", owner.signature().strip());
    values.put("ownerName", Texts.oneLine(owner.name()));
    values.put("changeNote", wording.changeNote(known, contact.zone()));
    return values;
  }

  /**
   * Picks the opening sentence: a hash of contact and event chooses, so the same pair always gets
   * the same one; when another contact already got that sentence for this event in this run, the
   * next free one is taken (as in open addressing), so contacts invited together read different
   * openings while variants last. Given the same matches in the same order, the result is the same
   * on every run.
   */
  private synchronized String opening(List<String> openings, Contact contact, Event event) {
    String key = event.id() + "\u0000" + contact.language() + "\u0000" + contact.formality();
    Map<String, String> taken = openingsTaken.computeIfAbsent(key, ignored -> new HashMap<>());
    String earlier = taken.get(contact.id());
    if (earlier != null) {
      return earlier;
    }
    int first = Math.floorMod(spread(contact.id() + "\u0000" + event.id()), openings.size());
    String chosen = openings.get(first);
    for (int step = 0; step < openings.size(); step++) {
      String candidate = openings.get((first + step) % openings.size());
      if (!taken.containsValue(candidate)) {
        chosen = candidate;
        break;
      }
    }
    taken.put(contact.id(), chosen);
    return chosen;
  }

  /**
   * Fits a LinkedIn note into its limit, giving up the least useful words first: the second
   * reason, the tail of a long title, the opening courtesy, the tail of the reason. Every cut
   * ends at a word boundary with "…".
   */
  private static String fit(Template template, Map<String, String> values, Wording wording,
      Match match, Contact contact) {
    Map<String, String> fitted = new HashMap<>(values);
    String text = template.render(fitted);
    if (text.length() <= LINKEDIN_LIMIT) {
      return text;
    }
    fitted.put("reason", wording.reason(match.reasons(), contact.formality(), 1));
    text = template.render(fitted);
    text = shorten(template, fitted, text, "title", 40);
    if (text.length() > LINKEDIN_LIMIT) {
      fitted.put("opening", "");
      text = template.render(fitted);
    }
    text = shorten(template, fitted, text, "reason", 20);
    text = shorten(template, fitted, text, "title", 12);
    return text.length() <= LINKEDIN_LIMIT ? text : Texts.atWord(text, LINKEDIN_LIMIT);
  }

  private static String shorten(Template template, Map<String, String> values, String text,
      String name, int floor) {
    int over = text.length() - LINKEDIN_LIMIT;
    String value = values.get(name);
    if (over <= 0 || value.length() <= floor) {
      return text;
    }
    String shorter = Texts.atWord(value, Math.max(floor, value.length() - over));
    if (shorter.isEmpty()) {
      return text;
    }
    values.put(name, shorter);
    return template.render(values);
  }

  /** Ids become folder and file names, so anything that could climb out is refused. */
  private static String safe(String what, String id) {
    if (!SAFE_ID.matcher(id).matches() || id.contains("..")) {
      throw new IllegalArgumentException(what + " id '" + id + "' cannot be used as a file name");
    }
    return id;
  }

  /** A short stable id for {@code invito invites mark-sent ID}: same draft, same id, every run. */
  static String invitationId(String eventId, String contactId, Channel channel) {
    return sha256(eventId + "\n" + contactId + "\n" + TemplateSet.base(channel)).substring(0, 12);
  }

  static String sha256(String text) {
    return HexFormat.of().formatHex(digest(text));
  }

  private static int spread(String text) {
    byte[] hash = digest(text);
    return ((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8)
        | (hash[3] & 0xff);
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
