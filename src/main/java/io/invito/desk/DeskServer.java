package io.invito.desk;

import io.invito.config.ConfigException;
import io.invito.config.DeskSettings;
import io.invito.mail.MailException;
import io.invito.pipeline.Pipeline;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The review desk served by Javalin on Jetty, over the pipeline the command opened: {@code invito
 * desk} alone, {@code invito serve} beside its schedule. Listens on loopback unless the config
 * names another address together with a password (the config refuses one without).
 */
public final class DeskServer implements AutoCloseable {
  private final Javalin app;
  private final Sessions sessions;
  private final DeskSettings settings;
  private final List<DeskPage> pages;

  private DeskServer(Javalin app, Sessions sessions, DeskSettings settings, List<DeskPage> pages) {
    this.app = app;
    this.sessions = sessions;
    this.settings = settings;
    this.pages = pages;
  }

  /** Starts the desk with the pages of {@link DeskPages#all}. */
  public static DeskServer start(Pipeline pipeline, Clock clock) {
    return start(pipeline, clock, DeskPages.all());
  }

  /**
   * Starts the desk with the given pages (a test may serve one page alone).
   *
   * @throws io.invito.config.ConfigException when desk.passwordEnv names an unset variable
   */
  public static DeskServer start(Pipeline pipeline, Clock clock, List<DeskPage> pages) {
    DeskSettings settings = pipeline.config().desk();
    Optional<String> password = settings.password().map(given -> given.resolve(System::getenv));
    Sessions sessions = new Sessions();
    Desk desk = new Desk(pipeline, clock, pages);
    // Until Jetty listens the port is not known (0 picks a free one): the first guard answers to
    // no host, so a request that comes before the real one is set is refused, never let through.
    AtomicReference<Guard> guard =
        new AtomicReference<>(new Guard(sessions, Set.of(), password.isPresent()));
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.routes.before(ctx -> guard.get().check(ctx));
              new Assets().register(config.routes);
              Login login = new Login(sessions, password, desk.labels());
              login.register(config.routes);
              if (password.isPresent()) {
                // The printed address carries the token; with a password it shows the form.
                config.routes.before(
                    ctx -> {
                      if (ctx.queryParam("token") != null && !ctx.path().equals(Login.PATH)) {
                        login.form(ctx);
                        ctx.skipRemainingHandlers();
                      }
                    });
              }
              pages.forEach(page -> page.register(config.routes, desk));
              // What the pipeline refuses (a draft gone; a mailbox that cannot be reached, where
              // the page does not say it itself as the draft's push does) is said in one line of
              // plain text, as the CLI says it; never a trace, never markup.
              config.routes.exception(
                  ConfigException.class, (e, ctx) -> refuse(ctx, HttpStatus.BAD_REQUEST, e));
              config.routes.exception(
                  MailException.class, (e, ctx) -> refuse(ctx, HttpStatus.BAD_GATEWAY, e));
            });
    app.start(settings.bind(), settings.port());
    guard.set(new Guard(sessions, hosts(settings, app.port()), password.isPresent()));
    return new DeskServer(app, sessions, settings, pages);
  }

  private static void refuse(Context ctx, HttpStatus status, Exception e) {
    ctx.status(status);
    ctx.contentType("text/plain; charset=utf-8");
    ctx.result("error: " + e.getMessage());
  }

  private static Set<String> hosts(DeskSettings settings, int port) {
    Set<String> hosts = new LinkedHashSet<>();
    hosts.add("127.0.0.1:" + port);
    hosts.add("localhost:" + port);
    if (!settings.loopback()) {
      hosts.add(settings.bind().toLowerCase(Locale.ROOT) + ":" + port);
    }
    return hosts;
  }

  public int port() {
    return app.port();
  }

  /** The address to open, carrying the access token (as Jupyter prints it). */
  public String url() {
    String host = settings.loopback() ? "127.0.0.1" : settings.bind();
    return "http://" + host + ":" + port() + "/?token=" + sessions.accessToken();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      pages.forEach(DeskPage::close);
    }
  }
}
