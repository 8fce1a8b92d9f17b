package io.invito.fetch;

import io.invito.config.FetchSettings;
import io.invito.config.HostPort;
import io.invito.model.FetchResult;
import io.invito.model.FetchResult.Outcome;
import io.invito.model.Validators;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one URL the way a polite, careful feed reader does, and returns every kind of network,
 * HTTP or URL trouble as a {@link Outcome#FAILED FAILED} result with a description, never as an
 * exception. Safe to share between threads.
 *
 * <p>{@link FetchResult#validators()} is always what to send next time: the server's on 200, ours
 * (or fresher ones the server sent) on 304, and ours unchanged on failure.
 *
 * <p>Politeness is per host:port ({@link HostGate}): at most {@code perHostConcurrency} requests in
 * flight, starts at least {@code hostSpacing} apart, and none while a 429 or 503's {@code
 * Retry-After} runs, or while the host rests after three 5xx answers in a row. The overall limit is
 * the caller's: the number of threads it fetches on.
 */
public final class Fetcher implements AutoCloseable {
  private static final String ACCEPT =
      "application/rss+xml, application/atom+xml, "
          + "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/calendar;q=0.9, "
          + "application/ld+json;q=0.8, text/html;q=0.8, */*;q=0.5";
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final FetchSettings settings;
  private final Clock clock;
  private final AddressGuard guard;
  private final BodyReader reader;
  private final ScheduledThreadPoolExecutor deadlines;
  private final CloseableHttpClient client;
  private final HostPauses pauses;
  // One entry per host:port ever fetched: a few thousand small objects at most, never evicted.
  private final ConcurrentMap<String, HostGate> hosts = new ConcurrentHashMap<>();
  private volatile boolean closed;

  /**
   * @param clock gives {@code fetchedAt} and the base of {@code Retry-After} seconds; deadlines use
   *     {@link System#nanoTime()} so that they run even under a fixed test clock
   * @throws io.invito.config.ConfigException when an allowedHosts entry is not a host name, an IP
   *     address or a CIDR range
   */
  public Fetcher(FetchSettings settings, Clock clock) {
    this(settings, clock, HostPauses.NONE);
  }

  /**
   * @param pauses where the pauses hosts ask for are shared with other processes: each is checked
   *     before a request and stored when a server sends {@code Retry-After}
   */
  public Fetcher(FetchSettings settings, Clock clock, HostPauses pauses) {
    this(settings, clock, pauses, List.of());
  }

  /**
   * @param sources the configured sources' URLs: an {@code allowedHosts} entry without a port then
   *     allows only the ports of the sources on that host, so allowing 127.0.0.1 for one local feed
   *     does not let a redirect reach every other service on the machine
   */
  public Fetcher(FetchSettings settings, Clock clock, HostPauses pauses, List<URI> sources) {
    this(settings, clock, pauses, sources, AddressGuard.Lookup.SYSTEM);
  }

  /**
   * @param lookup how host names become addresses; the guard's check and the connection both go
   *     through this one look-up (tests give a resolver that changes its answer)
   */
  Fetcher(
      FetchSettings settings,
      Clock clock,
      HostPauses pauses,
      List<URI> sources,
      AddressGuard.Lookup lookup) {
    this.settings = settings;
    this.pauses = pauses;
    this.clock = clock;
    this.guard = new AddressGuard(settings.allowedHosts(), sources, lookup);
    this.reader = new BodyReader(settings.maxBytes());
    this.deadlines =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "invito-fetch-deadlines");
              thread.setDaemon(true); // a Fetcher nobody closed must not keep the JVM alive
              return thread;
            });
    deadlines.setRemoveOnCancelPolicy(true);
    // Apache HttpClient rather than java.net.http: its DnsResolver lets the connection use only
    // the addresses the guard checked (java.net.http resolves again on its own, JDK 17 has no
    // hook), while TLS still checks the certificate against the host name.
    DnsResolver pinned =
        new DnsResolver() {
          @Override
          public List<InetSocketAddress> resolve(String host, int port)
              throws UnknownHostException {
            List<InetSocketAddress> addresses = new ArrayList<>();
            for (InetAddress address : guard.checkedAddresses(host, port)) {
              addresses.add(new InetSocketAddress(address, port));
            }
            return addresses;
          }

          @Override
          public InetAddress[] resolve(String host) throws UnknownHostException {
            // Not asked by the connection operator (it passes the port); without a port only
            // entries that allow every port can apply.
            return guard.checkedAddresses(host, HostPort.ANY);
          }

          @Override
          public String resolveCanonicalHostname(String host) {
            return host; // asked only for Kerberos, which we never use
          }
        };
    this.client =
        HttpClients.custom()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDnsResolver(pinned)
                    .setMaxConnPerRoute(Math.max(1, settings.perHostConcurrency()))
                    .setMaxConnTotal(Math.max(20, settings.perHostConcurrency() * 8))
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                            .build())
                    .build())
            // We follow redirects ourselves so that the guard sees, and the count includes, each
            // hop; BodyReader undoes Content-Encoding under the size cap; a retry is the next
            // run's.
            .disableRedirectHandling()
            .disableContentCompression()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableAuthCaching()
            .build();
  }

  /**
   * Lets {@code allowedHosts} entries without a port reach these sources' ports too, as they reach
   * those of the sources the fetcher was made with: {@code serve} reads sources.yaml again before
   * each fetch, and a source added since it started may be on such a host with a port of its own.
   */
  public void admit(List<URI> sources) {
    guard.admit(sources);
  }

  /**
   * GETs the URL, conditionally when validators are given, following up to maxRedirects. Waits for
   * a free place at the host and for the spacing first; that wait does not count against the
   * request timeout. A host blocked by an earlier Retry-After fails at once, without connecting.
   */
  public FetchResult fetch(URI url, Validators validators) {
    if (closed) {
      throw new IllegalStateException("fetcher is closed; cannot fetch " + url);
    }
    Attempt attempt = new Attempt(url, validators, clock.instant(), settings.requestTimeout());
    HostGate held = null;
    try {
      for (int redirects = 0; ; redirects++) {
        Optional<String> refusal = guard.findRefusal(attempt.current);
        if (refusal.isPresent()) {
          return attempt.failed(0, refusal.get());
        }
        String host = HostGate.key(attempt.current);
        HostGate gate =
            hosts.computeIfAbsent(
                host,
                key ->
                    new HostGate(settings.perHostConcurrency(), settings.hostSpacing().toNanos()));
        Optional<FetchResult> blocked = findBlocked(attempt, host, gate);
        if (blocked.isPresent()) {
          return blocked.get();
        }
        if (gate != held) {
          if (held != null) {
            held.leave(); // before waiting on the next host: holding two could deadlock
            held = null;
          }
          if (!attempt.clockStarted()) {
            gate.enter();
          } else if (!gate.enter(attempt.remaining())) {
            return attempt.timedOut(0);
          }
          held = gate;
        }
        long wait = gate.reserveStart();
        if (attempt.clockStarted() && wait > attempt.remaining()) {
          return attempt.timedOut(0);
        }
        TimeUnit.NANOSECONDS.sleep(wait);
        if (!attempt.clockStarted()) {
          // Waiting for our turn at a busy host is not the server's fault; the clock starts now.
          attempt.startClock();
        }
        blocked = findBlocked(attempt, host, gate); // another request may have been told to wait
        if (blocked.isPresent()) {
          return blocked.get();
        }
        Optional<FetchResult> result = exchange(attempt);
        if (result.isPresent()) {
          result
              .get()
              .retryAfter()
              .or(() -> serverErrorPause(result.get(), host, gate))
              .ifPresent(
                  until -> {
                    gate.block(until, clock.instant());
                    gate.findBlock(clock.instant()).ifPresent(capped -> pauses.pause(host, capped));
                  });
          return result.get();
        }
        settleStreak(attempt.lastStatus, host, gate); // a redirect is an answer too
        if (redirects >= settings.maxRedirects()) {
          return attempt.failed(
              attempt.lastStatus, "more than " + settings.maxRedirects() + " redirects");
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return attempt.failed(0, "interrupted");
    } finally {
      if (held != null) {
        held.leave();
      }
    }
  }

  /**
   * The pause the whole host earns by answering 5xx again and again (counted over every source on
   * it and kept in the store, so a restart does not start the count afresh); empty otherwise.
   */
  private Optional<Instant> serverErrorPause(FetchResult result, String host, HostGate gate) {
    if (result.status() < 500 || result.status() > 599) {
      settleStreak(result.status(), host, gate);
      return Optional.empty();
    }
    Instant now = clock.instant();
    int inARow = gate.serverError(pauses.countServerError(host, now));
    return HostGate.pauseAfterServerErrors(inARow).map(now::plus);
  }

  /** An HTTP answer that is not a 5xx ends the host's streak; no answer at all changes nothing. */
  private void settleStreak(int status, String host, HostGate gate) {
    if (status != 0 && (status < 500 || status > 599) && gate.answered()) {
      pauses.clearServerErrors(host);
    }
  }

  private Optional<FetchResult> findBlocked(Attempt attempt, String host, HostGate gate) {
    Instant now = clock.instant();
    Optional<Instant> elsewhere =
        gate.findBlock(now).isPresent() ? Optional.empty() : pauses.find(host, now);
    elsewhere.ifPresent(
        until -> gate.block(until, now)); // asked of another process, or of a past run
    return gate.findBlock(now)
        .map(
            until ->
                attempt.failed(
                    0,
                    "host "
                        + host
                        + " blocked until "
                        + until
                        + " (it asked us to wait, or kept answering with server errors)",
                    Optional.of(until)));
  }

  /** One request and response; empty when it redirected (attempt.current is then the target). */
  private Optional<FetchResult> exchange(Attempt attempt) {
    long remaining = attempt.remaining();
    if (remaining <= 0) {
      return Optional.of(attempt.timedOut(0));
    }
    HttpGet request;
    try {
      request = request(attempt.current, attempt.validators, remaining);
    } catch (IllegalArgumentException unsupported) {
      return Optional.of(
          attempt.failed(0, "cannot fetch '" + attempt.current + "': " + unsupported.getMessage()));
    }
    // The response timeout bounds each read; this bounds the whole exchange, so a server that
    // drips a byte a second cannot hold a worker past the deadline. Cancelling closes the socket.
    ScheduledFuture<?> deadline =
        deadlines.schedule(request::cancel, remaining, TimeUnit.NANOSECONDS);
    int status = 0;
    try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
      status = response.getCode();
      HttpEntity entity = response.getEntity();
      try (InputStream body =
          entity == null ? InputStream.nullInputStream() : entity.getContent()) {
        return response(attempt, status, headers(response), body);
      }
    } catch (AddressGuard.RefusedHostException refused) {
      return Optional.of(attempt.failed(0, refused.getMessage()));
    } catch (BodyReader.TooLargeException | BodyReader.UnsupportedEncodingException refused) {
      return Optional.of(attempt.failed(status, refused.getMessage()));
    } catch (IOException failure) {
      return Optional.of(failed(attempt, status, failure));
    } finally {
      deadline.cancel(false);
    }
  }

  /** Words a network failure; past the deadline every failure is the timeout that caused it. */
  private FetchResult failed(Attempt attempt, int status, IOException failure) {
    if (attempt.remaining() > 0 && failure instanceof ConnectTimeoutException) {
      return attempt.failed(
          0, "could not connect within " + Phrases.duration(settings.connectTimeout()));
    }
    if (attempt.remaining() <= 0 || failure instanceof SocketTimeoutException) {
      return attempt.timedOut(status);
    }
    if (status != 0) {
      if (failure instanceof ZipException) {
        return attempt.failed(status, "body does not decompress" + describe(failure));
      }
      if (failure instanceof EOFException) {
        return attempt.failed(status, "body ended early");
      }
      return attempt.failed(status, "network error reading the body" + describe(failure));
    }
    if (failure instanceof HttpHostConnectException) {
      return attempt.failed(
          0, "could not connect to " + HostGate.key(attempt.current) + describe(failure));
    }
    if (failure instanceof SSLException) {
      return attempt.failed(0, "TLS failed" + describe(failure));
    }
    return attempt.failed(0, "network error" + describe(failure));
  }

  private static HttpHeaders headers(ClassicHttpResponse response) {
    Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Header header : response.getHeaders()) {
      values.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
    }
    return HttpHeaders.of(values, (name, value) -> true);
  }

  private Optional<FetchResult> response(
      Attempt attempt, int status, HttpHeaders headers, InputStream body) throws IOException {
    attempt.lastStatus = status;
    if (REDIRECTS.contains(status)) {
      Optional<String> location = headers.firstValue("location");
      Optional<URI> target = location.flatMap(value -> resolve(attempt.current, value));
      if (target.isEmpty()) {
        return Optional.of(
            attempt.failed(
                status,
                Phrases.status(status)
                    + location
                        .map(value -> " to an invalid Location '" + value + "'")
                        .orElse(" without a Location header")));
      }
      attempt.redirected(target.get(), status);
      return Optional.empty();
    }
    if (status == 304) {
      if (attempt.validators.equals(Validators.NONE)) {
        // A 304 to a question we did not ask would pass for "unchanged" forever.
        return Optional.of(attempt.failed(status, "HTTP 304 to an unconditional request"));
      }
      Validators fresher =
          new Validators(
              headers.firstValue("etag").or(attempt.validators::etag),
              headers.firstValue("last-modified").or(attempt.validators::lastModified));
      return Optional.of(
          attempt.result(
              Outcome.NOT_MODIFIED,
              status,
              new byte[0],
              Optional.empty(),
              fresher,
              CachePolicy.freshUntil(headers, clock.instant())));
    }
    if (status < 200 || status > 299) {
      Optional<Instant> retryAfter = Optional.empty();
      if (status == 429 || status == 503) {
        Instant now = clock.instant();
        retryAfter =
            headers.firstValue("retry-after").flatMap(value -> RetryAfter.parse(value, now));
      }
      return Optional.of(attempt.failed(status, Phrases.status(status), retryAfter));
    }
    boolean encoded =
        headers
            .firstValue("content-encoding")
            .filter(value -> !value.isBlank() && !value.equalsIgnoreCase("identity"))
            .isPresent();
    if (!encoded && headers.firstValueAsLong("content-length").orElse(0) > settings.maxBytes()) {
      // The server said so up front: no need to read the body to find out.
      throw new BodyReader.TooLargeException(settings.maxBytes());
    }
    byte[] bytes = reader.read(body, headers.allValues("content-encoding"));
    Validators validators =
        new Validators(headers.firstValue("etag"), headers.firstValue("last-modified"));
    return Optional.of(
        attempt.result(
            Outcome.OK,
            status,
            bytes,
            headers.firstValue("content-type"),
            validators,
            CachePolicy.freshUntil(headers, clock.instant())));
  }

  private HttpGet request(URI url, Validators validators, long timeoutNanos) {
    HttpGet request = new HttpGet(url);
    Timeout timeout = Timeout.of(Math.max(1, timeoutNanos / 1_000_000), TimeUnit.MILLISECONDS);
    request.setConfig(
        RequestConfig.custom()
            .setConnectionRequestTimeout(timeout)
            .setResponseTimeout(timeout)
            .build());
    request.setHeader("User-Agent", settings.userAgent());
    request.setHeader("Accept", ACCEPT);
    request.setHeader("Accept-Encoding", "gzip, deflate");
    validators.etag().ifPresent(etag -> request.setHeader("If-None-Match", etag));
    validators.lastModified().ifPresent(date -> request.setHeader("If-Modified-Since", date));
    return request;
  }

  /** The redirect target, relative to the URL that redirected. */
  static Optional<URI> resolve(URI base, String location) {
    try {
      URI target = new URI(location.strip());
      // java.net.URI resolves "x" against "http://host" to "http://hostx"; give it a path.
      boolean noPath = base.getRawPath() == null || base.getRawPath().isEmpty();
      URI from = noPath ? base.resolve("/") : base;
      return Optional.of(from.resolve(target));
    } catch (URISyntaxException | IllegalArgumentException invalid) {
      return Optional.empty();
    }
  }

  private static String describe(Exception exception) {
    String message = exception.getMessage();
    return message == null || message.isBlank()
        ? " (" + exception.getClass().getSimpleName() + ")"
        : ": " + message;
  }

  /** Stops the client's threads; fetches already running may fail, later ones are refused. */
  @Override
  public void close() {
    closed = true;
    client.close(CloseMode.IMMEDIATE);
    deadlines.shutdownNow();
  }
}
