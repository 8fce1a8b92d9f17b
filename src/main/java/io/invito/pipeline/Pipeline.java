package io.invito.pipeline;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.config.ConfigLoader;
import io.invito.config.Source;
import io.invito.contact.ContactsReader;
import io.invito.contact.ContactsReader.ContactList;
import io.invito.digest.Digest;
import io.invito.draft.DraftText;
import io.invito.draft.InvitationWriter;
import io.invito.draft.TemplateSet;
import io.invito.event.KeepFilter;
import io.invito.fetch.Fetcher;
import io.invito.match.Matcher;
import io.invito.model.Call;
import io.invito.model.Contact;
import io.invito.model.Decision;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Week;
import io.invito.output.KillPoint;
import io.invito.store.Store;
import io.invito.store.UpsertReport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one orchestrator: fetch → parse → events → store → match → draft → digest. The CLI calls it
 * for one pass now; the Quartz jobs call the same methods on a schedule.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Config config;
  private final Store store;
  // Made on first use: an HTTP client costs a listing command its TLS set-up, templates a read
  // of their folder, and neither is needed to print what the store holds.
  private Fetcher fetcher;
  private TemplateSet templates;
  private final Clock clock;
  private final KeepFilter keep;
  // The sources as sources.yaml last read well, for a file caught half-edited.
  private volatile List<Source> lastReadSources;

  private Pipeline(Config config, Store store, TemplateSet templates, Clock clock) {
    this.config = config;
    this.keep = KeepFilter.of(config);
    this.store = store;
    this.templates = templates;
    this.clock = clock;
    this.lastReadSources = config.sources();
  }

  /** Opens the store (migrating it) and checks the templates, so bad input fails before work. */
  public static Pipeline open(Config config, Clock clock) {
    TemplateSet templates = TemplateSet.load(config.templatesDir());
    WritableFolder.ofStore(config.storeUrl())
        .ifPresent(folder -> WritableFolder.require(folder, "store"));
    Store store = Store.open(config.storeUrl());
    // Pauses hosts asked for live in the store, so the next run and other nodes honour them.
    store.hostPauses().forgetEndedBefore(clock.instant());
    return new Pipeline(config, store, templates, clock);
  }

  /**
   * Opens the store for a command that only reads it ({@code events list}, {@code status}, {@code
   * invites list}): the templates are read and the HTTP client made only if a stage needs them.
   */
  public static Pipeline openForReading(Config config, Clock clock) {
    WritableFolder.ofStore(config.storeUrl())
        .ifPresent(folder -> WritableFolder.require(folder, "store"));
    return new Pipeline(config, Store.openForReading(config.storeUrl()), null, clock);
  }

  private synchronized Fetcher fetcher() {
    if (fetcher == null) {
      // allowedHosts entries without a port reach only the ports of the configured sources.
      fetcher =
          new Fetcher(
              config.fetch(),
              clock,
              new StoredHostPauses(store.hostPauses()),
              config.sources().stream().map(Source::url).toList());
    }
    return fetcher;
  }

  private synchronized TemplateSet templates() {
    if (templates == null) {
      templates = TemplateSet.load(config.templatesDir());
    }
    return templates;
  }

  public Config config() {
    return config;
  }

  /** The store, for the read-only listings of the CLI. */
  public Store store() {
    return store;
  }

  /** One full pass, as {@code invito run}: every stage, then the coming week's digest. */
  public RunSummary runOnce(Instant asOf) {
    FetchPass fetched = fetchSources(config.enabledSources(), asOf);
    DraftPass drafted = matchAndDraft(asOf);
    List<Path> digest = writeDigest(digestWeek(asOf), asOf);
    List<String> warnings = new ArrayList<>(fetched.notices());
    warnings.addAll(drafted.warnings());
    return new RunSummary(
        fetched.reports(),
        fetched.upsert().created(),
        fetched.upsert().updated(),
        fetched.upsert().unchanged(),
        fetched.rejected(),
        drafted.matches(),
        drafted.drafts(),
        digest,
        warnings);
  }

  /**
   * Reads one source as a run would, for {@code invito sources test}, and stores nothing: the
   * source's health, cache and events stay as they are.
   */
  public SourceTrial trySource(Source source) {
    return trySource(source, false);
  }

  /**
   * Reads one source now without storing anything; with {@code suggest}, a page that gives no event
   * also gets the {@code selectors:} that would read it.
   */
  public SourceTrial trySource(Source source, boolean suggest) {
    return new SourceItems(fetcher(), config.owner().zone()).trial(source, suggest);
  }

  /**
   * Reads a source as {@link #trySource(Source, boolean)} does, also when the config does not hold
   * it yet (the desk's preview before adding it): its address may then be fetched as a configured
   * source's would, as {@code sources test URL} allows it by adding the source to its config.
   */
  public SourceTrial tryUnsavedSource(Source source, boolean suggest) {
    if (config.sources().stream().anyMatch(known -> known.url().equals(source.url()))) {
      return trySource(source, suggest);
    }
    List<URI> scope = new ArrayList<>(config.sources().stream().map(Source::url).toList());
    scope.add(source.url());
    try (Fetcher once =
        new Fetcher(config.fetch(), clock, new StoredHostPauses(store.hostPauses()), scope)) {
      return new SourceItems(once, config.owner().zone()).trial(source, suggest);
    }
  }

  /** Fetches, reads and judges the given sources in parallel, then stores their events once. */
  public FetchPass fetchSources(List<Source> sources, Instant asOf) {
    Fetcher fetcher = fetcher();
    // serve passes the sources as sources.yaml reads now, maybe more than at start.
    fetcher.admit(sources.stream().map(Source::url).toList());
    return new FetchRound(fetcher, store, config.owner().zone(), config.fetch().concurrency())
        .fetch(sources, asOf);
  }

  /** The stored events in the planning horizon × the contacts: matches, then drafts. */
  public DraftPass matchAndDraft(Instant asOf) {
    ContactList contactList = readContacts();
    contactList.problems().forEach(problem -> LOG.warn("{}", problem));
    Map<String, Contact> contacts = byId(contactList);
    // Recordings are always open; alreadyInvited below offers each to a contact once.
    List<KnownEvent> upcoming =
        Stream.concat(
                store.events().between(asOf, asOf.plus(config.matching().horizon())).stream(),
                store.events().onDemand().stream())
            .filter(known -> !known.event().cancelled())
            .filter(known -> keep.keeps(known.event()))
            .toList();
    Set<String> alreadyInvited =
        store.invitations().all().stream()
            // Drafted by this pass (an attempt that was killed): the pass decides as if it had not
            // been, so a rerun makes the same matches as a run never interrupted.
            .filter(invitation -> invitation.createdAt().isBefore(asOf))
            .map(invitation -> invitation.eventId() + "|" + invitation.contactId())
            .collect(Collectors.toSet());
    List<Match> matches =
        new Matcher(config.matching())
            .match(
                upcoming.stream().map(KnownEvent::event).toList(),
                List.copyOf(contacts.values()),
                asOf,
                store.invitations().lastInvitedByContactBefore(asOf),
                alreadyInvited);
    KillPoint.reach("match.computed");
    store.matches().save(matches, asOf);
    KillPoint.reach("match.saved");
    InvitationWriter writer =
        new InvitationWriter(
            templates(), config.owner(), config.outputDir(), Clock.fixed(asOf, clock.getZone()));
    DraftRound round =
        new DraftRound(
            store, writer, contacts, upcoming, config.owner().zone(), config.outputDir());
    round.draft(matches);
    KillPoint.reach("draft.drafted");
    round.redraftChanged();
    KillPoint.reach("draft.redrafted");
    round.writeIndexes();
    KillPoint.reach("index.written");
    List<Path> written = round.files();
    // A draft the user already sent, superseded because the event changed, is worth a warning:
    // the new draft is the correction to send.
    List<String> warnings = new ArrayList<>(contactList.problems());
    warnings.addAll(round.warnings());
    if (config.mail().isPresent()) {
      warnings.addAll(new MailboxRound(config, store, clock).syncAndPush(asOf));
    }
    return new DraftPass(matches.size(), written, warnings);
  }

  /** The contacts as the file has them now (rows with problems left out). */
  public List<Contact> contacts() {
    return readContacts().contacts();
  }

  /**
   * {@code invito drafts push}: the e-mail drafts waiting to be sent, put in the owner's Drafts
   * folder once each.
   *
   * @throws io.invito.mail.MailException when the mailbox cannot be used (recorded for status)
   */
  public io.invito.mail.PushReport pushDrafts(Instant asOf) {
    return new MailboxRound(config, store, clock).push(asOf);
  }

  /**
   * {@code invito drafts sync}: the drafts seen in the Sent folder marked sent; one line saying
   * what was read and marked.
   *
   * @throws io.invito.mail.MailException when the mailbox cannot be used (recorded for status)
   */
  public String syncSent(boolean deletedMeansSkip) {
    return new MailboxRound(config, store, clock).sync(deletedMeansSkip).summary();
  }

  /** The contacts file as it is now: the user may edit it between passes. */
  private ContactList readContacts() {
    return ContactsReader.read(
        config.contactsFile(), config.owner().language(), config.owner().zone());
  }

  /** Contacts by id, in file order; a repeated id keeps its first row. */
  private static Map<String, Contact> byId(ContactList contactList) {
    return contactList.contacts().stream()
        .collect(
            Collectors.toMap(
                Contact::id, Function.identity(), (first, second) -> first, LinkedHashMap::new));
  }

  /**
   * The week a digest, {@code match} and {@code invites list} show by default: the one that holds
   * most of the drafts still waiting to be sent for this week or later (the earlier on a tie), so
   * the digest is about the days the drafts are for. A run on Saturday that drafted for Sunday's
   * webinar shows this week; one that drafted for Thursday shows next week. With no draft waiting,
   * the coming week ({@link Week#coming}).
   */
  public Week digestWeek(Instant asOf) {
    LocalDate today = LocalDate.ofInstant(asOf, config.owner().zone());
    Week current = Week.of(today);
    Map<Week, Long> waiting = new LinkedHashMap<>();
    store
        .invitations()
        .waitingByWeek()
        .forEach(
            (text, count) -> {
              Week week = Week.parse(text);
              if (week.compareTo(current) >= 0) {
                waiting.merge(week, count, Long::sum);
              }
            });
    return waiting.entrySet().stream()
        .max(
            Comparator.comparingLong((Map.Entry<Week, Long> entry) -> entry.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(Week.coming(today));
  }

  /** Writes the digest of a week from what the store knows now. */
  public List<Path> writeDigest(Week week, Instant asOf) {
    return digestRound().write(week, asOf);
  }

  /**
   * The week as the digest shows it, without writing anything: its events (and the recordings to
   * watch any time) with the contacts suggested for each and their drafts. The desk shows this.
   */
  public List<Digest.Entry> weekEntries(Week week) {
    return digestRound().entries(week);
  }

  private DigestRound digestRound() {
    return new DigestRound(
        config, store, keep, this::templates, byId(readContacts()), this::draftFile);
  }

  /**
   * The calls of a day: the list stored for it, or one made now and stored, so every later look at
   * the day (and every node of a cluster) sees the same list. Contacts who have since opted out or
   * left the contacts file are not shown.
   */
  public List<CallPlan> calls(LocalDate day) {
    return callRound().plan(day);
  }

  /**
   * Records a call made on a day: the proposed call with this id, or, given a contact's id, a call
   * no list proposed. Returns the call as stored.
   *
   * @throws ConfigException when the id names neither an open call nor a contact
   */
  public Call callDone(String id, LocalDate on) {
    return callRound().done(id, on);
  }

  private CallRound callRound() {
    return new CallRound(config, store, keep, templates(), byId(readContacts()), clock);
  }

  /**
   * Records the owner's decision on a suggested contact for an event; skipping it, or saying it is
   * not for this person, skips its drafts waiting to be sent, as {@code invites skip} does. Returns
   * how many drafts were skipped.
   */
  public int decide(String eventId, String contactId, Decision decision, Instant at) {
    return deskRound().decide(eventId, contactId, decision, at);
  }

  /**
   * Saves the owner's text of a draft (the desk's edit) as its next revision; the earlier text
   * stays on disk and in the store's history. Returns the draft as now current.
   *
   * @param subject the e-mail's new subject; ignored for notes
   * @throws ConfigException when no such draft waits to be sent, or its contact has left the file
   */
  public Invitation editDraft(String id, Optional<String> subject, String text, Instant at) {
    return deskRound().editDraft(id, subject, text, at);
  }

  /**
   * The current draft of this id, after recording an edit that a killed process wrote but did not
   * record (see {@link DraftEdit#recover}).
   */
  public Optional<Invitation> currentDraft(String id) {
    return deskRound().currentDraft(id);
  }

  /** When the owner wrote this draft as it is, on the desk; empty when invito wrote it. */
  public Optional<Instant> editedAt(Invitation invitation) {
    return deskRound().editedAt(invitation);
  }

  /**
   * What invito would write now for a draft the owner edited, when its event changed after the edit
   * and the text would differ: the desk shows the difference and lets the owner take it.
   */
  public Optional<DraftText> rewriteOf(Invitation invitation) {
    return deskRound().rewriteOf(invitation);
  }

  /**
   * Gives an edited draft back to invito when its event changed after the edit: the text invito
   * would write now becomes the draft (the owner's kept as an earlier revision). Returns the draft
   * as now current.
   *
   * @throws ConfigException when no such draft waits, or invito would write nothing else
   */
  public Invitation takeRewrite(String id, Instant at) {
    return deskRound().takeRewrite(id, at);
  }

  private DeskRound deskRound() {
    return new DeskRound(config, store, this::templates, () -> byId(readContacts()), clock);
  }

  /**
   * A draft with its text read back from its file, so the links of the digest and of {@code invites
   * list} can carry it.
   */
  public Digest.DraftFile draftFile(Invitation invitation) {
    Optional<DraftText> text = DraftText.read(config.outputDir().resolve(invitation.path()));
    return new Digest.DraftFile(
        invitation.channel(),
        invitation.path(),
        text.flatMap(DraftText::subject),
        text.map(DraftText::body).orElse(""));
  }

  @Override
  public void close() {
    try {
      synchronized (this) {
        if (fetcher != null) {
          fetcher.close();
        }
      }
    } finally {
      store.close();
    }
  }

  /**
   * The enabled sources as sources.yaml has them now, for a scheduled fetch: the file may have
   * changed since this pipeline opened (a source added or disabled on the desk). A file that does
   * not read now (caught half-edited, or a mistake) is a warning naming it, and the sources it last
   * read well are fetched.
   */
  public List<Source> enabledSourcesNow() {
    try {
      lastReadSources = ConfigLoader.loadSources(config.directory());
    } catch (ConfigException e) {
      LOG.warn("{}; this fetch reads the sources as they last were", e.getMessage());
    }
    return lastReadSources.stream().filter(Source::enabled).toList();
  }

  /** What the fetch stage of a pass did. */
  public record FetchPass(
      List<SourceReport> reports, UpsertReport upsert, int rejected, List<String> notices) {}

  /** What the match and draft stages of a pass did. */
  public record DraftPass(int matches, List<Path> drafts, List<String> warnings) {}
}
