package io.invito.desk;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.invito.digest.Labels;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.util.Map;
import java.util.Optional;

/**
 * The password asked on top of the token when the desk listens off loopback: the printed address
 * shows a form, and the session opens only when both the token and the password are right.
 */
final class Login {
  static final String PATH = "/login";
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);

  private final Sessions sessions;
  private final Optional<String> password;
  private final Labels labels;

  Login(Sessions sessions, Optional<String> password, Labels labels) {
    this.sessions = sessions;
    this.password = password;
    this.labels = labels;
  }

  void register(RoutesConfig routes) {
    routes.get(PATH, this::form);
    routes.post(PATH, this::login);
  }

  /** The form; also shown at any address that carries the token while a password is asked. */
  void form(Context ctx) {
    StringOutput output = new StringOutput();
    TEMPLATES.render(
        "login.jte",
        Map.of("labels", labels, "token", Optional.ofNullable(ctx.queryParam("token")).orElse("")),
        output);
    ctx.html(output.toString());
  }

  private void login(Context ctx) {
    boolean tokenRight = sessions.isAccessToken(ctx.formParam("token"));
    boolean passwordRight =
        password.map(expected -> Sessions.same(expected, ctx.formParam("password"))).orElse(true);
    if (!tokenRight || !passwordRight) {
      throw new UnauthorizedResponse("the token or the password is not right");
    }
    Guard.open(ctx, sessions.open());
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }
}
