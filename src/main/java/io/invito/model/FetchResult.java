package io.invito.model;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one GET of one URL gave: the bytes and headers, a 304, or a failure described in words.
 * Failures are data: the run records them on the source and goes on.
 *
 * @param url the URL asked for
 * @param finalUrl the URL after redirects
 * @param status the HTTP status, or 0 when no response came
 * @param body the decompressed body; empty unless {@link Outcome#OK}
 * @param error what went wrong, for {@link Outcome#FAILED}
 * @param retryAfter when the server asked us to come back (429, 503); with status 0, the request
 *     was never sent because its host had asked for a pause until then: not the source's failure
 * @param freshUntil until when the content may be taken as unchanged without asking, from {@code
 *     Cache-Control: max-age} or {@code Expires}, within [15 min, 24 h]; empty when the server said
 *     nothing
 * @param permanentRedirect every hop to {@code finalUrl} was a 301 or 308: once the content there
 *     parsed, the source's stored URL may move to it
 */
public record FetchResult(
    URI url,
    URI finalUrl,
    Outcome outcome,
    int status,
    byte[] body,
    Optional<String> contentType,
    Validators validators,
    Optional<String> error,
    Optional<Instant> retryAfter,
    Instant fetchedAt,
    Duration elapsed,
    Optional<Instant> freshUntil,
    boolean permanentRedirect) {

  /** The three ways a fetch can end. */
  public enum Outcome {
    OK,
    NOT_MODIFIED,
    FAILED
  }

  public FetchResult {
    body = body.clone();
  }

  /** A result without cache freshness and not permanently redirected. */
  public FetchResult(
      URI url,
      URI finalUrl,
      Outcome outcome,
      int status,
      byte[] body,
      Optional<String> contentType,
      Validators validators,
      Optional<String> error,
      Optional<Instant> retryAfter,
      Instant fetchedAt,
      Duration elapsed) {
    this(
        url,
        finalUrl,
        outcome,
        status,
        body,
        contentType,
        validators,
        error,
        retryAfter,
        fetchedAt,
        elapsed,
        Optional.empty(),
        false);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** Reads the body without copying it. */
  public java.io.InputStream openBody() {
    return new java.io.ByteArrayInputStream(body);
  }

  public int size() {
    return body.length;
  }

  public boolean ok() {
    return outcome == Outcome.OK;
  }

  public static FetchResult failed(URI url, int status, String error, Instant at, Duration took) {
    return new FetchResult(
        url,
        url,
        Outcome.FAILED,
        status,
        new byte[0],
        Optional.empty(),
        Validators.NONE,
        Optional.of(error),
        Optional.empty(),
        at,
        took);
  }
}
