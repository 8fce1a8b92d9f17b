package io.invito.draft;

import io.invito.config.Owner;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Week;
import io.invito.output.AtomicFile;
import io.invito.output.KillPoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes the invitation drafts of one contact to one event: always the e-mail, as an {@code .eml}
 * draft with the event attached, plus the contact's preferred channel when that is LinkedIn,
 * WhatsApp or a phone call. One writer serves one run: it remembers which opening sentences it gave
 * for each event.
 *
 * <p>Files are {@code invites/<week>/<contact>/<event>.eml} and {@code <event>.<channel>.txt}.
 * Nothing is written when the latest earlier draft of the same event, contact and channel (in any
 * week's folder) already says the same; a different earlier draft is reported as superseded ({@link
 * Draft#superseded()}) and never lost: one in this week's folder is first copied aside ({@link
 * DraftKeeper}).
 */
public final class InvitationWriter {
  /** A LinkedIn connection note holds at most 300 characters. */
  static final int LINKEDIN_LIMIT = 300;

  /**
   * WhatsApp accepts far longer messages, but past about a screen a chat message reads as spam; the
   * same text also fits in an SMS of at most seven 160-character segments.
   */
  static final int WHATSAPP_LIMIT = 1000;

  private static final int REASON_TERMS = 2;
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  private final TemplateSet templates;
  private final Owner owner;
  private final Path outputDir;
  private final Clock clock;
  private final EmailRenderer email;
  private final EarlierDrafts earlier;
  // event, language and formality -> contact id -> the opening they got in this run
  private final Map<String, Map<String, String>> openingsTaken = new HashMap<>();

  /**
   * @param clock gives the Date of a new e-mail draft and the invitation's creation time
   * @throws io.invito.config.ConfigException when the owner's e-mail is not an address
   */
  public InvitationWriter(TemplateSet templates, Owner owner, Path outputDir, Clock clock) {
    this.templates = templates;
    this.owner = owner;
    this.outputDir = outputDir;
    this.clock = clock;
    this.email = new EmailRenderer(owner);
    this.earlier = new EarlierDrafts(outputDir);
  }

  /**
   * Renders and writes the drafts, leaving the files alone when the latest earlier draft already
   * holds the same content. A contact who opted out gets nothing, whatever the matcher said.
   */
  public List<Draft> write(Match match, KnownEvent known, Contact contact, Week week) {
    Event event = known.event();
    if (!match.eventId().equals(event.id()) || !match.contactId().equals(contact.id())) {
      throw new IllegalArgumentException(
          "match "
              + match.eventId()
              + "/"
              + match.contactId()
              + " is not about event "
              + event.id()
              + " and contact "
              + contact.id());
    }
    if (contact.optOut()) {
      return List.of();
    }
    Path folder = folder(contact, week);
    AtomicFile.tidy(folder); // a killed run's temp files go even when nothing needs writing
    List<Draft> drafts = new ArrayList<>();
    for (Rendered rendered : render(match, known, contact, week)) {
      drafts.add(
          draft(
              match,
              rendered.channel(),
              rendered.id(),
              week,
              folder.resolve(rendered.fileName()),
              rendered.before(),
              rendered.bytes()));
    }
    return List.copyOf(drafts);
  }

  /**
   * What {@link #write} would put in each draft file now, writing nothing: the desk sets it beside
   * a draft the owner edited, whose event has changed since.
   */
  public Map<Channel, byte[]> preview(Match match, KnownEvent known, Contact contact, Week week) {
    Map<Channel, byte[]> bytes = new java.util.EnumMap<>(Channel.class);
    if (!contact.optOut()) {
      render(match, known, contact, week).forEach(one -> bytes.put(one.channel(), one.bytes()));
    }
    return bytes;
  }

  /** One channel's draft as rendered, and the earlier draft it repeats or supersedes. */
  private record Rendered(
      Channel channel,
      String id,
      String fileName,
      Optional<EarlierDrafts.Found> before,
      byte[] bytes) {}

  private Path folder(Contact contact, Week week) {
    return outputDir.resolve("invites").resolve(week.toString()).resolve(safeContact(contact.id()));
  }

  private List<Rendered> render(Match match, KnownEvent known, Contact contact, Week week) {
    Event event = known.event();
    String contactFolder = safeContact(contact.id());
    String eventFile = safe("event", event.id());
    Wording wording = Wording.of(contact.language());
    Map<String, String> values = values(wording, match, known, contact);
    List<Rendered> rendered = new ArrayList<>();
    for (Channel channel : channels(contact)) {
      Template template = templates.require(contact.language(), channel, contact.formality());
      String id = invitationId(event.id(), contact.id(), channel);
      String fileName = fileName(eventFile, channel);
      Optional<EarlierDrafts.Found> before = earlier.latest(contactFolder, fileName, week);
      byte[] bytes =
          switch (channel) {
            case EMAIL -> email(template.render(values), known, contact, id, before);
            case LINKEDIN ->
                utf8(
                    new LengthFitter(LINKEDIN_LIMIT)
                        .fit(template, values, wording, match, contact));
            case WHATSAPP ->
                utf8(
                    new LengthFitter(WHATSAPP_LIMIT)
                        .fit(template, values, wording, match, contact));
            case PHONE -> utf8(template.render(values));
          };
      rendered.add(new Rendered(channel, id, fileName, before, bytes));
    }
    return rendered;
  }

  /**
   * The message bytes. An unchanged message keeps the Date it was first drafted with, so it renders
   * to the earlier bytes and nothing is written; a changed one is dated now.
   */
  private byte[] email(
      String rendered,
      KnownEvent known,
      Contact contact,
      String id,
      Optional<EarlierDrafts.Found> before) {
    Optional<byte[]> earlierBytes = before.map(EarlierDrafts.Found::bytes);
    Optional<byte[]> same =
        earlierBytes
            .flatMap(EmailRenderer::dateOf)
            .map(date -> email.render(rendered, known, contact, id, date))
            .filter(again -> Arrays.equals(again, earlierBytes.orElseThrow()));
    return same.orElseGet(
        () -> email.render(rendered, known, contact, id, email.date(clock.instant())));
  }

  private Draft draft(
      Match match,
      Channel channel,
      String id,
      Week week,
      Path file,
      Optional<EarlierDrafts.Found> before,
      byte[] bytes) {
    String hash = sha256(bytes);
    if (before.isPresent() && Arrays.equals(before.get().bytes(), bytes)) {
      EarlierDrafts.Found same = before.get();
      return new Draft(
          invitation(id, match, channel, same.week(), same.file(), hash),
          same.file(),
          Draft.Outcome.UNCHANGED,
          Optional.empty(),
          match.reasons());
    }
    Optional<Path> superseded = before.map(earlier -> DraftKeeper.keep(earlier, file));
    KillPoint.reach("draft.file");
    AtomicFile.write(file, bytes);
    KillPoint.reach("draft.file-written");
    return new Draft(
        invitation(id, match, channel, week, file, hash),
        file,
        before.isPresent() ? Draft.Outcome.REPLACED : Draft.Outcome.CREATED,
        superseded,
        match.reasons());
  }

  private Invitation invitation(
      String id, Match match, Channel channel, Week week, Path file, String hash) {
    return new Invitation(
        id,
        match.eventId(),
        match.contactId(),
        channel,
        week.toString(),
        outputDir.relativize(file),
        hash,
        Invitation.Status.DRAFTED,
        clock.instant());
  }

  /**
   * {@code <event>.eml} for e-mail, which mail clients open; {@code <event>.<channel>.txt} else.
   */
  static String fileName(String eventFile, Channel channel) {
    return channel == Channel.EMAIL
        ? eventFile + ".eml"
        : eventFile + "." + TemplateSet.base(channel) + ".txt";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes {@code invites/<week>/index.md} and {@code index.csv} listing the drafts for review. */
  public static void writeIndex(
      Path outputDir,
      Week week,
      List<Draft> drafts,
      Map<String, Contact> contacts,
      Map<String, KnownEvent> events) {
    new IndexWriter(outputDir, week).write(drafts, contacts, events);
  }

  private static List<Channel> channels(Contact contact) {
    return contact.channel() == Channel.EMAIL
        ? List.of(Channel.EMAIL)
        : List.of(Channel.EMAIL, contact.channel());
  }

  private Map<String, String> values(
      Wording wording, Match match, KnownEvent known, Contact contact) {
    Event event = known.event();
    List<String> openings = wording.openings(contact.formality());
    Map<String, String> values = new HashMap<>();
    values.put("salutation", wording.salutation(contact));
    values.put("firstName", Texts.oneLine(contact.firstName()));
    values.put("toFirstName", wording.to(Texts.oneLine(contact.firstName())));
    values.put("opening", opening(openings, contact, event));
    values.put("reason", wording.reason(match.reasons(), contact.formality(), REASON_TERMS));
    values.put("title", Texts.oneLine(event.title()));
    values.put("when", wording.when(event, contact.zone()));
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

  /** Ids become folder and file names, so anything that could climb out is refused. */
  private static String safe(String what, String id) {
    if (!SAFE_ID.matcher(id).matches() || id.contains("..")) {
      throw new IllegalArgumentException(what + " id '" + id + "' cannot be used as a file name");
    }
    return id;
  }

  /** The contacts file refused such ids already; one made in code must not climb out either. */
  private static String safeContact(String id) {
    Contact.idProblem(id)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException("contact id '" + id + "' " + problem);
            });
    return id;
  }

  /** A short stable id for {@code invito invites mark-sent ID}: same draft, same id, every run. */
  static String invitationId(String eventId, String contactId, Channel channel) {
    return sha256(eventId + "\n" + contactId + "\n" + TemplateSet.base(channel)).substring(0, 12);
  }

  static String sha256(String text) {
    return sha256(utf8(text));
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest(bytes));
  }

  private static int spread(String text) {
    byte[] hash = digest(utf8(text));
    return ((hash[0] & 0xff) << 24)
        | ((hash[1] & 0xff) << 16)
        | ((hash[2] & 0xff) << 8)
        | (hash[3] & 0xff);
  }

  private static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
