package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.pipeline.Pipeline;
import io.invito.testing.ConfigFolder;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's security, request by request against the real server on loopback: the token opens a
 * session and leaves the address; without the session, from another Host or Origin, or without the
 * CSRF token nothing is served or changed; every page carries the headers that keep it closed.
 */
class DeskGuardTest {
  @TempDir Path temp;
  private Pipeline pipeline;
  private DeskServer desk;
  private final List<String> changes = new ArrayList<>();

  /** A page of the test's own, through the same extension point as the desk's pages. */
  private final class ChangePage implements DeskPage {
    @Override
    public void register(RoutesConfig routes, Desk desk) {
      routes.post(
          "/change",
          ctx -> {
            changes.add(ctx.formParam("what"));
            ctx.result("changed");
          });
    }
  }

  private DeskServer start(String deskSection) throws IOException {
    ConfigFolder folder = ConfigFolder.at(temp.resolve("config")).contacts(ConfigFolder.MARCO);
    if (!deskSection.isEmpty()) {
      folder.section(deskSection);
    }
    Config config = folder.load();
    pipeline = Pipeline.open(config.withDesk(config.desk().withPort(0)), Clock.systemUTC());
    desk = DeskServer.start(pipeline, Clock.systemUTC(), List.of(new WeekPage(), new ChangePage()));
    return desk;
  }

  @AfterEach
  void stop() {
    if (desk != null) {
      desk.close();
    }
    if (pipeline != null) {
      pipeline.close();
    }
  }

  private String host() {
    return "Host: 127.0.0.1:" + desk.port();
  }

  private String origin() {
    return "Origin: http://127.0.0.1:" + desk.port();
  }

  private String token() {
    return desk.url().substring(desk.url().indexOf("token=") + "token=".length());
  }

  /** Logs in with the token and returns the session's Cookie header. */
  private String login() throws IOException {
    RawHttp.Response opened =
        RawHttp.send(desk.port(), "GET", "/?token=" + token(), List.of(host()), "");
    return "Cookie: " + opened.header("Set-Cookie").split(";")[0];
  }

  private String csrf(String cookie) throws IOException {
    String page = RawHttp.send(desk.port(), "GET", "/", List.of(host(), cookie), "").body();
    Matcher found = Pattern.compile("X-CSRF-Token&#34;: &#34;([^&]+)&#34;").matcher(page);
    assertThat(found.find()).as("the page carries its CSRF token").isTrue();
    return found.group(1);
  }

  @Test
  void theTokenOpensASessionWhoseCookieScriptsCannotReadAndLeavesTheAddress() throws IOException {
    start("");
    assertThat(desk.url()).matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{43}");

    RawHttp.Response opened =
        RawHttp.send(desk.port(), "GET", "/?token=" + token(), List.of(host()), "");

    assertThat(opened.status()).isEqualTo(303);
    assertThat(opened.header("Location")).isEqualTo("/");
    assertThat(opened.header("Set-Cookie"))
        .startsWith(Guard.COOKIE + "=")
        .contains("HttpOnly")
        .contains("SameSite=Strict");
    RawHttp.Response page =
        RawHttp.send(
            desk.port(),
            "GET",
            "/",
            List.of(host(), "Cookie: " + opened.header("Set-Cookie").split(";")[0]),
            "");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<nav").contains("Questa settimana");
  }

  @Test
  void aRequestWithoutTheSessionIsRefused() throws IOException {
    start("");
    assertThat(RawHttp.send(desk.port(), "GET", "/", List.of(host()), "").status()).isEqualTo(401);
    assertThat(RawHttp.send(desk.port(), "GET", "/assets/desk.css", List.of(host()), "").status())
        .isEqualTo(401);
    assertThat(
            RawHttp.send(
                    desk.port(),
                    "GET",
                    "/",
                    List.of(host(), "Cookie: " + Guard.COOKIE + "=made-up"),
                    "")
                .status())
        .isEqualTo(401);
    assertThat(
            RawHttp.send(desk.port(), "GET", "/?token=not-the-token", List.of(host()), "").status())
        .isEqualTo(401);
  }

  @Test
  void aForeignHostIsRefusedEvenWithTheSession() throws IOException {
    start("");
    String cookie = login();
    // A page of evil.example whose name was rebound to 127.0.0.1 sends its own name as Host.
    RawHttp.Response rebound =
        RawHttp.send(
            desk.port(), "GET", "/", List.of("Host: evil.example:" + desk.port(), cookie), "");
    assertThat(rebound.status()).isEqualTo(403);
    assertThat(rebound.body()).doesNotContain("<nav");
    assertThat(
            RawHttp.send(
                    desk.port(),
                    "GET",
                    "/?token=" + token(),
                    List.of("Host: evil.example:" + desk.port()),
                    "")
                .header("Set-Cookie"))
        .as("no session is opened for a foreign host")
        .isNull();
    assertThat(
            RawHttp.send(
                    desk.port(), "GET", "/", List.of("Host: localhost:" + desk.port(), cookie), "")
                .status())
        .isEqualTo(200);
  }

  @Test
  void aChangeFromAnotherOriginIsRefused() throws IOException {
    start("");
    String cookie = login();
    String csrf = csrf(cookie);
    RawHttp.Response foreign =
        RawHttp.send(
            desk.port(),
            "POST",
            "/change",
            List.of(
                host(),
                cookie,
                "Origin: http://evil.example",
                "Content-Type: application/x-www-form-urlencoded"),
            "what=foreign&csrf=" + csrf);
    RawHttp.Response none =
        RawHttp.send(
            desk.port(),
            "POST",
            "/change",
            List.of(host(), cookie, "Content-Type: application/x-www-form-urlencoded"),
            "what=no-origin&csrf=" + csrf);

    assertThat(foreign.status()).isEqualTo(403);
    assertThat(none.status()).isEqualTo(403);
    assertThat(changes).isEmpty();
  }

  @Test
  void aChangeWithoutTheSessionsCsrfTokenIsRefused() throws IOException {
    start("");
    String cookie = login();
    String csrf = csrf(cookie);
    List<String> form =
        List.of(host(), cookie, origin(), "Content-Type: application/x-www-form-urlencoded");

    RawHttp.Response missing = RawHttp.send(desk.port(), "POST", "/change", form, "what=missing");
    RawHttp.Response wrong =
        RawHttp.send(desk.port(), "POST", "/change", form, "what=wrong&csrf=x" + csrf);
    RawHttp.Response right =
        RawHttp.send(desk.port(), "POST", "/change", form, "what=right&csrf=" + csrf);
    List<String> htmx = new ArrayList<>(form);
    htmx.add(Guard.CSRF_HEADER + ": " + csrf);
    RawHttp.Response header = RawHttp.send(desk.port(), "POST", "/change", htmx, "what=header");

    assertThat(missing.status()).isEqualTo(403);
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(right.status()).isEqualTo(200);
    assertThat(header.status()).isEqualTo(200);
    assertThat(changes).containsExactly("right", "header");
  }

  @Test
  void everyResponseForbidsInlineCodeFramesAndSniffing() throws IOException {
    start("");
    String cookie = login();
    for (RawHttp.Response response :
        List.of(
            RawHttp.send(desk.port(), "GET", "/", List.of(host(), cookie), ""),
            RawHttp.send(desk.port(), "GET", "/", List.of(host()), ""))) {
      assertThat(response.header("Content-Security-Policy"))
          .contains("default-src 'self'")
          .contains("script-src 'self'")
          .contains("style-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
      assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }
  }

  @Test
  void aDeskOffLoopbackIsRefusedWithoutAPassword() {
    assertThatThrownBy(() -> start("desk:\n  bind: 0.0.0.0\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("invito.yaml: desk.bind '0.0.0.0' is not a loopback address")
        .hasMessageContaining("desk.password");
    assertThatThrownBy(() -> start("desk:\n  port: 70000\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("invito.yaml: desk.port '70000' is not a port number");
  }

  @Test
  void withAPasswordTheTokenAloneOpensNoSession() throws IOException {
    start("desk:\n  password: correct horse\n");
    RawHttp.Response form =
        RawHttp.send(desk.port(), "GET", "/?token=" + token(), List.of(host()), "");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.header("Set-Cookie")).isNull();
    assertThat(form.body()).contains("type=\"password\"");
    List<String> post =
        List.of(host(), origin(), "Content-Type: application/x-www-form-urlencoded");

    RawHttp.Response wrong =
        RawHttp.send(desk.port(), "POST", "/login", post, "token=" + token() + "&password=horse");
    RawHttp.Response right =
        RawHttp.send(
            desk.port(), "POST", "/login", post, "token=" + token() + "&password=correct+horse");

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("Set-Cookie")).isNull();
    assertThat(right.status()).isEqualTo(303);
    String cookie = "Cookie: " + right.header("Set-Cookie").split(";")[0];
    assertThat(RawHttp.send(desk.port(), "GET", "/", List.of(host(), cookie), "").status())
        .isEqualTo(200);
  }
}
