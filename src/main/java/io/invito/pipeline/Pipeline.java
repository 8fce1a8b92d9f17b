package io.invito.pipeline;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.config.Source;
import io.invito.contact.ContactsReader;
import io.invito.contact.ContactsReader.ContactList;
import io.invito.digest.Digest;
import io.invito.digest.DigestWriter;
import io.invito.draft.CallScript;
import io.invito.draft.DraftText;
import io.invito.draft.InvitationWriter;
import io.invito.draft.PostWriter;
import io.invito.draft.TemplateSet;
import io.invito.event.Deduplicator;
import io.invito.event.Judgement;
import io.invito.event.KeepFilter;
import io.invito.fetch.FetchOrder;
import io.invito.fetch.FetchProgress;
import io.invito.fetch.Fetcher;
import io.invito.match.CallPicker;
import io.invito.match.Matcher;
import io.invito.match.PostPicker;
import io.invito.model.Call;
import io.invito.model.Contact;
import io.invito.model.Event;
import io.invito.model.FetchResult;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Rejection;
import io.invito.model.Week;
import io.invito.model.WeekPost;
import io.invito.output.KillPoint;
import io.invito.store.Store;
import io.invito.store.UpsertReport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /** The hour a day's call list is made for: the opportunities it mentions are open then. */
  private static final LocalTime CALL_LIST_TIME = LocalTime.of(8, 0);

  private Pipeline(Config config, Store store, TemplateSet templates, Clock clock) {
    this.config = config;
    this.keep = KeepFilter.of(config);
    this.store = store;
    this.templates = templates;
    this.clock = clock;
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
    return new Pipeline(config, Store.open(config.storeUrl()), null, clock);
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
    SourceReader reader = new SourceReader(fetcher(), store.sources(), config.owner().zone());
    List<SourceHarvest> harvests = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, config.fetch().concurrency()));
    try (FetchProgress progress = FetchProgress.create()) {
      progress.start(sources.size());
      List<Future<SourceHarvest>> futures = new ArrayList<>();
      // Round-robin by host, so the workers do not all queue behind one busy host.
      List<Source> ordered = FetchOrder.interleave(sources, Source::url);
      for (Source source : ordered) {
        futures.add(
            pool.submit(
                () -> {
                  SourceHarvest harvest = reader.read(source, asOf);
                  progress.step(
                      source.id(),
                      harvest.report().failed()
                          ? FetchResult.Outcome.FAILED
                          : harvest.report().outcome().equals(SourceReport.NOT_MODIFIED)
                              ? FetchResult.Outcome.NOT_MODIFIED
                              : FetchResult.Outcome.OK);
                  return harvest;
                }));
      }
      for (int at = 0; at < futures.size(); at++) {
        try {
          harvests.add(futures.get(at).get());
        } catch (ExecutionException e) {
          // SourceReader turns any failure of its source into data; this is the last net, for an
          // error it does not catch (a LinkageError, say), so the other sources still count.
          harvests.add(reader.failedUnexpectedly(ordered.get(at), e.getCause(), asOf));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fetching sources", e);
    } finally {
      pool.shutdownNow();
    }
    KillPoint.reach("fetch.read");
    List<Judgement.Accepted> events = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<SourceReport> reports = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    for (SourceHarvest harvest : harvests) {
      notices.addAll(harvest.notices());
      events.addAll(harvest.events());
      rejections.addAll(harvest.rejections());
      reports.add(harvest.report());
      // The run summary and the digest show failures to the user; the log keeps them for serve.
      harvest
          .report()
          .error()
          .ifPresent(error -> LOG.info("source {}: {}", harvest.report().sourceId(), error));
    }
    List<Deduplicator.Merged> merged = new Deduplicator().mergeKeepingIds(events);
    Map<String, Set<String>> copyIds = new LinkedHashMap<>();
    merged.forEach(one -> copyIds.put(one.event().id(), one.copyIds()));
    UpsertReport upsert =
        store
            .events()
            .upsert(merged.stream().map(Deduplicator.Merged::event).toList(), copyIds, asOf);
    KillPoint.reach("store.events");
    store.events().saveRejections(rejections, asOf);
    KillPoint.reach("store.rejections");
    // Only now that the events are stored may the next fetch of these sources be conditional.
    for (SourceHarvest harvest : harvests) {
      harvest
          .cache()
          .ifPresent(
              cache ->
                  store
                      .sources()
                      .saveValidators(cache.url(), cache.validators(), cache.unconditionalAt()));
      KillPoint.reach("store.validators");
    }
    // Health last: it says when the source is next due, so it must not be stored before the events
    // it vouches for. A run killed before this point fetches those sources again.
    for (SourceHarvest harvest : harvests) {
      store.sources().save(harvest.health(), harvest.movedFrom());
      if (harvest.report().read()) {
        store.sources().saveWhyNoEvent(harvest.report().sourceId(), harvest.report().whyNoEvent());
      }
      KillPoint.reach("store.health");
    }
    return new FetchPass(reports, upsert, rejections.size(), notices);
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
    Map<Week, Long> waiting =
        store.invitations().all().stream()
            .filter(invitation -> invitation.status() == Invitation.Status.DRAFTED)
            .map(invitation -> Week.parse(invitation.week()))
            .filter(week -> week.compareTo(current) >= 0)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    return waiting.entrySet().stream()
        .max(
            Comparator.comparingLong((Map.Entry<Week, Long> entry) -> entry.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(Week.coming(today));
  }

  /** Writes the digest of a week from what the store knows now. */
  public List<Path> writeDigest(Week week, Instant asOf) {
    Map<String, Contact> contacts = byId(readContacts());
    List<KnownEvent> events = weekEvents(week);
    List<Digest.Entry> entries = entries(week, events, contacts);
    Instant previous = store.digests().previousBefore(week).orElse(Instant.EPOCH);
    Optional<WeekPost> post = writePost(week, events, contacts, asOf);
    Digest digest =
        new Digest(week, config.owner(), asOf, entries, store.sources().all(), previous, post);
    List<Path> files = new ArrayList<>(new DigestWriter(config.outputDir()).write(digest));
    store.digests().record(week, asOf);
    KillPoint.reach("digest.recorded");
    // The post beside it, listed after the digest's own files so the run summary shows it too.
    post.ifPresent(
        written -> {
          files.add(config.outputDir().resolve(written.text()));
          files.add(config.outputDir().resolve(written.markdown()));
        });
    return List.copyOf(files);
  }

  /**
   * The week as the digest shows it, without writing anything: its events (and the recordings to
   * watch any time) with the contacts suggested for each and their drafts. The desk shows this.
   */
  public List<Digest.Entry> weekEntries(Week week) {
    return entries(week, weekEvents(week), byId(readContacts()));
  }

  /** The week's events the owner keeps, and the recordings found since the week before. */
  private List<KnownEvent> weekEvents(Week week) {
    var zone = config.owner().zone();
    Instant weekStart = week.start(zone).toInstant();
    Instant weekEnd = week.end(zone).toInstant();
    List<KnownEvent> events = new ArrayList<>(store.events().between(weekStart, weekEnd));
    // "Watch any time": the recordings found since the week before, each in a digest or two.
    store.events().onDemand().stream()
        .filter(known -> !known.event().cancelled())
        .filter(known -> !known.firstSeen().isBefore(weekStart.minus(Duration.ofDays(7))))
        .filter(known -> known.firstSeen().isBefore(weekEnd))
        .forEach(events::add);
    // What the owner's keep rules leave out stays in the store; `events list` says which rule.
    events.removeIf(known -> !keep.keeps(known.event()));
    return events;
  }

  /** Each event with the contacts its matches suggest (best first) and their drafts. */
  private List<Digest.Entry> entries(
      Week week, List<KnownEvent> events, Map<String, Contact> contacts) {
    Map<String, List<Match>> matchesByEvent =
        store
            .matches()
            .forEvents(events.stream().map(known -> known.event().id()).toList())
            .stream()
            .collect(Collectors.groupingBy(Match::eventId));
    List<Invitation> invitations = store.invitations().forWeek(week);
    List<Digest.Entry> entries = new ArrayList<>();
    for (KnownEvent event : events) {
      List<Digest.Suggestion> suggestions = new ArrayList<>();
      for (Match match : matchesByEvent.getOrDefault(event.event().id(), List.of())) {
        Contact contact = contacts.get(match.contactId());
        if (contact == null) {
          continue; // removed from the contacts file since the match was made
        }
        List<Digest.DraftFile> drafts =
            invitations.stream()
                .filter(
                    invitation ->
                        invitation.eventId().equals(match.eventId())
                            && invitation.contactId().equals(match.contactId()))
                .map(this::draftFile)
                .toList();
        suggestions.add(new Digest.Suggestion(contact, match, drafts));
      }
      suggestions.sort(Comparator.comparingDouble((Digest.Suggestion s) -> -s.match().score()));
      entries.add(new Digest.Entry(event, suggestions));
    }
    return entries;
  }

  /**
   * Writes the week's public post beside the digest and remembers the events it shares, so no later
   * week shares them again; none when fewer than two public events are left to share.
   */
  private Optional<WeekPost> writePost(
      Week week, List<KnownEvent> events, Map<String, Contact> contacts, Instant asOf) {
    List<PostPicker.Pick> picks =
        new PostPicker(config.matching())
            .pick(
                events.stream().map(KnownEvent::event).toList(),
                List.copyOf(contacts.values()),
                config.owner().language(),
                store.posts().sharedOutside(week),
                asOf);
    if (picks.isEmpty()) {
      return Optional.empty();
    }
    WeekPost post =
        new PostWriter(templates, config.owner(), config.outputDir())
            .write(
                week,
                picks.stream()
                    .map(pick -> new PostWriter.Item(pick.event(), pick.topic()))
                    .toList());
    store.posts().record(post, asOf);
    return Optional.of(post);
  }

  /**
   * The calls of a day: the list stored for it, or one made now and stored, so every later look at
   * the day (and every node of a cluster) sees the same list. Contacts who have since opted out or
   * left the contacts file are not shown.
   */
  public List<CallPlan> calls(LocalDate day) {
    ZoneId zone = config.owner().zone();
    Instant at = day.atTime(CALL_LIST_TIME).atZone(zone).toInstant();
    Map<String, Contact> contacts = byId(readContacts());
    List<Call> stored = store.calls().forDay(day);
    if (stored.stream().noneMatch(Call::planned)) {
      List<Event> upcoming =
          store.events().between(at, at.plus(config.matching().horizon())).stream()
              .map(KnownEvent::event)
              .filter(event -> !event.cancelled())
              .filter(keep::keeps)
              .toList();
      List<Call> picked =
          new CallPicker(config.matching())
              .pick(
                  day,
                  at,
                  zone,
                  config.calls().perDay(),
                  List.copyOf(contacts.values()),
                  upcoming,
                  store.invitations().lastSentByContactBefore(at),
                  store.calls().all());
      stored = store.calls().proposeOnce(day, picked);
    }
    CallScript script = new CallScript(templates, config.owner());
    List<CallPlan> plans = new ArrayList<>();
    for (Call call : stored) {
      Contact contact = contacts.get(call.contactId());
      if (contact == null || contact.optOut() || !call.planned()) {
        continue;
      }
      Optional<KnownEvent> event = call.eventId().flatMap(store.events()::find);
      plans.add(
          new CallPlan(
              call,
              contact,
              event,
              script.opening(contact, event.map(KnownEvent::event), call.topic())));
    }
    return plans;
  }

  /**
   * Records a call made on a day: the proposed call with this id, or, given a contact's id, a call
   * no list proposed. Returns the call as stored.
   *
   * @throws ConfigException when the id names neither an open call nor a contact
   */
  public Call callDone(String id, LocalDate on) {
    Optional<Call> proposed = store.calls().find(id);
    if (proposed.isPresent()) {
      if (!store.calls().markDone(id, on)) {
        throw new ConfigException("call '" + id + "' is already marked done");
      }
      return store.calls().find(id).orElseThrow();
    }
    Contact contact = byId(readContacts()).get(id);
    if (contact == null) {
      throw new ConfigException("no call and no contact with id '" + id + "' (see invito calls)");
    }
    String callId = CallPicker.id(on, contact.id());
    if (store.calls().find(callId).isPresent()) {
      return callDone(callId, on);
    }
    Call call =
        new Call(
            callId,
            on,
            contact.id(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            Call.Status.DONE,
            clock.instant(),
            Optional.of(on));
    store.calls().recordUnplanned(call);
    return call;
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

  /** What the fetch stage of a pass did. */
  public record FetchPass(
      List<SourceReport> reports, UpsertReport upsert, int rejected, List<String> notices) {}

  /** What the match and draft stages of a pass did. */
  public record DraftPass(int matches, List<Path> drafts, List<String> warnings) {}
}
