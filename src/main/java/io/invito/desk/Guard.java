package io.invito.desk;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every request before any page sees it, as a local web app must: the {@code Host} header
 * names this desk (a page on another site that rebinds its DNS name to 127.0.0.1 sends its own
 * name), the browser holds a session opened with the printed token, and a change comes from the
 * desk's own origin and carries the session's CSRF token. Sets the headers that keep the pages from
 * running anything but the desk's own files.
 */
final class Guard {
  static final String COOKIE = "invito-desk";
  static final String CSRF_FIELD = "csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String SESSION = "desk.session";

  /**
   * Nothing but the desk's own files: no inline script or style (a feed's text can never run), no
   * frames either way, forms only to the desk.
   */
  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
          + " object-src 'none'";

  private final Sessions sessions;
  private final Set<String> hosts;
  private final boolean passwordAsked;

  /**
   * @param hosts the {@code host:port} values the desk answers to, in lower case
   * @param passwordAsked whether the token alone is not enough (a desk off loopback)
   */
  Guard(Sessions sessions, Set<String> hosts, boolean passwordAsked) {
    this.sessions = sessions;
    this.hosts = Set.copyOf(hosts);
    this.passwordAsked = passwordAsked;
  }

  /** Runs before every request: throws the refusal, or lets it through with its session. */
  void check(Context ctx) {
    headers(ctx);
    String host = Optional.ofNullable(ctx.header("Host")).orElse("").toLowerCase(Locale.ROOT);
    if (!hosts.contains(host)) {
      throw new ForbiddenResponse("misdirected request: this desk answers only to " + hosts);
    }
    if (changes(ctx)) {
      requireOwnOrigin(ctx, host);
    }
    if (ctx.path().equals(Login.PATH)) {
      return; // the login checks the token (and password) itself
    }
    String token = ctx.queryParam("token");
    if (token != null && !passwordAsked) {
      if (!sessions.isAccessToken(token)) {
        throw new UnauthorizedResponse("this token is not the one invito desk printed");
      }
      open(ctx, sessions.open());
      // The token leaves the address bar (and the history) at once.
      ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    if (token != null) {
      return; // the page asks for the password; Login renders it
    }
    Sessions.Session session =
        sessions
            .find(ctx.cookie(COOKIE))
            .orElseThrow(
                () ->
                    new UnauthorizedResponse(
                        "open the address invito desk printed (it carries the access token)"));
    if (changes(ctx)) {
      String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElse(formToken(ctx));
      if (!Sessions.same(session.csrf(), sent)) {
        throw new ForbiddenResponse("the form's CSRF token is missing or not this session's");
      }
    }
    ctx.attribute(SESSION, session);
  }

  /** Sets the session cookie: never read by a script, never sent by another site's request. */
  static void open(Context ctx, Sessions.Session session) {
    ctx.header("Set-Cookie", COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict");
  }

  private static String formToken(Context ctx) {
    String contentType = Optional.ofNullable(ctx.contentType()).orElse("");
    return contentType.startsWith("application/x-www-form-urlencoded")
            || contentType.startsWith("multipart/form-data")
        ? ctx.formParam(CSRF_FIELD)
        : null;
  }

  private static boolean changes(Context ctx) {
    String method = ctx.method().name();
    return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
  }

  /**
   * A change must say it comes from a page of this desk. (Browsers send {@code Origin} on every
   * POST; the referrer policy is same-origin rather than no-referrer because no-referrer makes them
   * send {@code Origin: null}, which would prove nothing.)
   */
  private static void requireOwnOrigin(Context ctx, String host) {
    String origin = ctx.header("Origin");
    if (origin == null || !origin.toLowerCase(Locale.ROOT).equals("http://" + host)) {
      throw new ForbiddenResponse("a change must come from this desk's own pages, not " + origin);
    }
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
  }
}
