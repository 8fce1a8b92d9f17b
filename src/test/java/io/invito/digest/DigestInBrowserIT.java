package io.invito.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.invito.config.Language;
import io.invito.draft.Draft;
import io.invito.draft.DraftText;
import io.invito.draft.InvitationWriter;
import io.invito.draft.TemplateSet;
import io.invito.model.Attendance;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.Formality;
import io.invito.model.KnownEvent;
import io.invito.model.Match;
import io.invito.model.Reason;
import io.invito.model.SourceHealth;
import io.invito.testing.ContactBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML digest in a real headless Chromium (Debian's, which {@code .ci/run} installs): the
 * events render, injected script, handlers, javascript: links and iframes do not run, and the page
 * asks the network for nothing but itself. The browser judges, from the DOM it built, not a string
 * search of our output; a screenshot is kept in {@code target/digest-screenshot.png}.
 */
class DigestInBrowserIT {
  static final Path CHROMIUM = io.invito.testing.Chromium.BINARY;
  static final long TIMEOUT_SECONDS = 90;
  static final String SCRIPT = "<script>document.body.setAttribute('data-pwned','script')</script>";
  static final String ONERROR =
      "<img src=x onerror=\"document.body.setAttribute('data-pwned','onerror')\">";
  static final String JAVASCRIPT = "javascript:document.body.setAttribute('data-pwned','js')";

  @TempDir Path temp;
  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

  @BeforeEach
  void startServer() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: no Chromium at "
            + CHROMIUM
            + "; install Debian's 'chromium' package (.ci/run does) to run this test");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestURI().getRawPath();
    requests.add(target);
    byte[] page = pages.get(target);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(page == null ? 404 : 200, page == null ? -1 : page.length);
    try (OutputStream body = exchange.getResponseBody()) {
      if (page != null) {
        body.write(page);
      }
    }
  }

  private String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void rendersTheEventsAsTextAndRunsNoInjectedCodeOrRequest() throws Exception {
    String iframe = "<iframe src=\"" + origin() + "/evil\"></iframe>";
    List<String> titles = List.of("Webinar " + SCRIPT, "Workshop " + ONERROR, "Corso " + iframe);
    Path html = new DigestWriter(temp.resolve("out")).write(digest(titles, iframe)).get(1);
    pages.put("/digest.html", Files.readAllBytes(html));
    String url = origin() + "/digest.html";

    Browser run = open(url, "dom", "--dump-dom", url);
    Document dom = Jsoup.parse(run.stdout(), url);

    assertThat(dom.select("[data-pwned]")).as("elements scripts marked").isEmpty();
    assertThat(dom.select("script, iframe, img, object, embed")).isEmpty();
    assertThat(dom.select("a[href]"))
        .allSatisfy(
            link -> assertThat(link.attr("href")).doesNotStartWithIgnoringCase("javascript"));
    assertThat(dom.select("article .title"))
        .extracting(Element::text)
        .containsExactlyElementsOf(titles);
    assertThat(dom.select("#top li")).hasSize(3);
    assertThat(dom.selectFirst("#sources").text()).contains("evil-source");
    assertThat(requests)
        .as("what the server was asked for")
        .doesNotContain("/evil", "/x")
        .containsExactly("/digest.html");
    assertThat(run.pageRequests(origin())).containsExactly(url);

    requests.clear();
    Path screenshot = Path.of("target", "digest-screenshot.png").toAbsolutePath();
    Files.createDirectories(screenshot.getParent());
    Files.deleteIfExists(screenshot);
    Browser shot = open(url, "shot", "--screenshot=" + screenshot, "--window-size=1200,2000", url);
    assertThat(screenshot).isNotEmptyFile();
    assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(requests).containsExactly("/digest.html");
    assertThat(shot.pageRequests(origin())).containsExactly(url);
  }

  /**
   * Drafts written by the real draft stage for four contacts (e-mail, WhatsApp, LinkedIn, phone),
   * the digest made from them as the pipeline makes it, opened in Chromium: every suggested contact
   * has a link that acts, and the mailto: and wa.me links the browser holds decode to exactly the
   * text of the draft files. (A headless browser cannot hand a mailto: to a mail program, so the
   * link is read from the page the browser built and decoded as a mail program would.)
   */
  @Test
  void everySuggestedContactHasAChannelLinkCarryingTheDraftsText() throws Exception {
    Path out = temp.resolve("out");
    KnownEvent event = DigestFixtures.CLOUD;
    InvitationWriter writer =
        new InvitationWriter(
            TemplateSet.load(Path.of("config", "templates")),
            DigestFixtures.owner(Language.IT),
            out,
            Clock.fixed(DigestFixtures.GENERATED, DigestFixtures.ROME));
    List<Contact> contacts =
        List.of(
            ContactBuilder.italian()
                .id("andrea-neri")
                .name("Andrea", "Neri")
                .email("andrea.neri@example.it")
                .build(),
            ContactBuilder.italian()
                .id("sara-greco")
                .name("Sara", "Greco")
                .formality(Formality.INFORMAL)
                .channel(Channel.WHATSAPP)
                .phone("+393471234567")
                .build(),
            ContactBuilder.italian()
                .id("james-okafor")
                .name("James", "Okafor")
                .languages(Language.EN)
                .channel(Channel.LINKEDIN)
                .linkedinUrl("https://www.linkedin.com/in/jamesokafor")
                .build(),
            ContactBuilder.italian()
                .id("paolo-riva")
                .name("Paolo", "Riva")
                .channel(Channel.PHONE)
                .phone("+390212345678")
                .build());
    List<Digest.Suggestion> suggestions = new ArrayList<>();
    Map<String, Path> files = new HashMap<>();
    for (Contact contact : contacts) {
      Match match =
          new Match(
              event.event().id(),
              contact.id(),
              0.8,
              List.of(new Reason(Reason.Kind.INTEREST, "cloud", "cloud", "title")));
      List<Digest.DraftFile> drafts = new ArrayList<>();
      for (Draft draft : writer.write(match, event, contact, DigestFixtures.WEEK)) {
        Path relative = draft.invitation().path();
        files.put(contact.id() + "/" + draft.invitation().channel(), draft.file());
        DraftText text = DraftText.read(draft.file()).orElseThrow();
        drafts.add(
            new Digest.DraftFile(
                draft.invitation().channel(), relative, text.subject(), text.body()));
      }
      suggestions.add(new Digest.Suggestion(contact, match, drafts));
    }
    Digest digest =
        new Digest(
            DigestFixtures.WEEK,
            DigestFixtures.owner(Language.IT),
            DigestFixtures.GENERATED,
            List.of(new Digest.Entry(event, suggestions)),
            List.of(),
            DigestFixtures.PREVIOUS);
    Path html = new DigestWriter(out).write(digest).get(1);
    pages.put("/links.html", Files.readAllBytes(html));
    String url = origin() + "/links.html";

    Document dom = Jsoup.parse(open(url, "links", "--dump-dom", url).stdout(), url);

    List<Element> invitees = dom.select(".invitees li");
    assertThat(invitees).hasSize(contacts.size());
    for (Element invitee : invitees) {
      assertThat(invitee.select(".act a[href]"))
          .as("links that act for %s", invitee.selectFirst("strong").text())
          .isNotEmpty();
      assertThat(invitee.select("a"))
          .as("no link shows a path")
          .noneMatch(link -> link.text().contains("/"));
    }
    Element andrea = invitee(invitees, "Andrea Neri");
    String mailto = andrea.selectFirst(".act.email a").attr("href");
    assertThat(andrea.selectFirst(".act.email a").text()).isEqualTo("E-mail ad Andrea Neri");
    assertThat(mailto).startsWith("mailto:andrea.neri@example.it?");
    Map<String, String> query = query(mailto.substring(mailto.indexOf('?') + 1));
    DraftText email = DraftText.read(files.get("andrea-neri/EMAIL")).orElseThrow();
    assertThat(query.get("subject")).isEqualTo(email.subject().orElseThrow());
    assertThat(query.get("body").replace("\r\n", "\n")).isEqualTo(email.body());
    assertThat(email.body()).startsWith("Ciao Andrea,");

    String whatsapp = invitee(invitees, "Sara Greco").selectFirst(".act.whatsapp a").attr("href");
    assertThat(whatsapp).startsWith("https://wa.me/393471234567?text=");
    assertThat(query(whatsapp.substring(whatsapp.indexOf('?') + 1)).get("text"))
        .isEqualTo(Files.readString(files.get("sara-greco/WHATSAPP"), StandardCharsets.UTF_8));

    assertThat(invitee(invitees, "James Okafor").selectFirst(".act.linkedin a").attr("href"))
        .isEqualTo("https://www.linkedin.com/in/jamesokafor");
    assertThat(invitee(invitees, "Paolo Riva").selectFirst(".act.phone a").attr("href"))
        .isEqualTo("tel:+390212345678");
    Element note =
        invitee(invitees, "James Okafor").select(".files a").stream()
            .filter(link -> link.text().equals("nota LinkedIn"))
            .findFirst()
            .orElseThrow();
    assertThat(html.getParent().resolve(note.attr("href")).normalize())
        .isEqualTo(files.get("james-okafor/LINKEDIN").normalize());
  }

  private static Element invitee(List<Element> invitees, String name) {
    return invitees.stream()
        .filter(item -> item.selectFirst("strong").text().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no suggested contact " + name));
  }

  /** A URI query as a mail program or WhatsApp reads it: each value percent-decoded as UTF-8. */
  private static Map<String, String> query(String query) {
    Map<String, String> values = new HashMap<>();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      // URLDecoder would turn a literal + into a space; RFC 6068 has no such rule, so guard it.
      values.put(
          pair.substring(0, equals),
          URLDecoder.decode(
              pair.substring(equals + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return values;
  }

  /** The same browser and checks do catch a page that runs script and fetches: they can fail. */
  @Test
  void catchesScriptAndStrayRequestsOnAPageThatIsNotEscaped() throws Exception {
    pages.put(
        "/unsafe.html",
        ("<!doctype html><html><head><link rel=icon href='data:,'></head>"
                + "<body><p>unsafe</p>"
                + SCRIPT
                + "<img src=x></body></html>")
            .getBytes(StandardCharsets.UTF_8));
    String url = origin() + "/unsafe.html";

    Browser run = open(url, "control", "--dump-dom", url);

    assertThat(Jsoup.parse(run.stdout()).body().attr("data-pwned")).isEqualTo("script");
    assertThat(requests).containsExactly("/unsafe.html", "/x");
    assertThat(run.pageRequests(origin())).containsExactly(url, origin() + "/x");
  }

  private Digest digest(List<String> titles, String iframe) {
    String all = SCRIPT + " " + ONERROR + " " + iframe + " <a href=\"" + JAVASCRIPT + "\">x</a>";
    List<Digest.Entry> entries = new ArrayList<>();
    for (int index = 0; index < titles.size(); index++) {
      KnownEvent event =
          DigestFixtures.known(
              DigestFixtures.event(
                      "ev-" + index,
                      LocalDateTime.of(2026, 12, 1 + index, 18, 0).atZone(DigestFixtures.ROME))
                  .title(titles.get(index))
                  .description("<p>Descrizione</p>" + all)
                  .url(index == 0 ? JAVASCRIPT : "https://example.org/e/" + index)
                  .attendance(Attendance.MIXED)
                  .platform(all)
                  .interactive(true)
                  .free(false)
                  .price(all)
                  .organizer(all)
                  .location(all)
                  .sources(all)
                  .build(),
              "2026-11-25T10:00:00Z",
              "2026-11-25T10:00:00Z",
              null);
      entries.add(
          new Digest.Entry(
              event,
              List.of(
                  DigestFixtures.suggest(
                      ContactBuilder.italian().id("c" + index).name(all, all).build(),
                      event,
                      0.5,
                      List.of(new Reason(Reason.Kind.INTEREST, all, all, all)),
                      "invites/2026-W49/c" + index + "/" + index + ".email.txt"))));
    }
    return new Digest(
        DigestFixtures.WEEK,
        DigestFixtures.owner(Language.IT),
        DigestFixtures.GENERATED,
        entries,
        List.of(
            new SourceHealth(
                "evil-source " + all,
                JAVASCRIPT,
                SourceHealth.State.FAILING,
                Optional.empty(),
                Optional.empty(),
                Optional.of(all),
                1,
                Optional.empty(),
                0,
                false)),
        DigestFixtures.PREVIOUS);
  }

  /** One bounded Chromium run: what it printed and the network log it kept. */
  private Browser open(String url, String name, String... arguments)
      throws IOException, InterruptedException {
    Path profile = Files.createDirectory(temp.resolve("profile-" + name));
    Path netLog = temp.resolve("net-" + name + ".json");
    Path stdout = temp.resolve("stdout-" + name + ".html");
    Path stderr = temp.resolve("stderr-" + name + ".txt");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString()));
    command.addAll(io.invito.testing.Chromium.headless(profile));
    command.addAll(
        List.of(
            "--log-net-log=" + netLog,
            "--net-log-capture-mode=Default",
            "--virtual-time-budget=3000"));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      fail(
          "Chromium did not finish %s within %d s; stderr: %s", url, TIMEOUT_SECONDS, tail(stderr));
    }
    assertThat(process.exitValue()).as("Chromium's exit code; stderr: %s", tail(stderr)).isZero();
    return new Browser(Files.readString(stdout, StandardCharsets.UTF_8), netLog);
  }

  private static String tail(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.substring(Math.max(0, text.length() - 2000));
  }

  /**
   * What Chromium printed and its net log. Chromium itself calls Google (updates, time, accounts)
   * whatever the page does; those requests come from no origin and belong to no site of the page,
   * so a request counts as the page's when the page's origin started it or it was made for the
   * page's site (its network isolation key names the page's site).
   */
  record Browser(String stdout, Path netLog) {
    List<String> pageRequests(String origin) throws IOException {
      JsonNode log = new ObjectMapper().readTree(netLog.toFile());
      int startJob =
          log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
      assertThat(startJob).as("the net log names URL_REQUEST_START_JOB").isNotNegative();
      String site = "http://127.0.0.1";
      List<String> urls = new ArrayList<>();
      for (JsonNode event : log.path("events")) {
        JsonNode params = event.path("params");
        if (event.path("type").asInt() != startJob || !params.has("url")) {
          continue;
        }
        boolean fromPage = params.path("initiator").asText().equals(origin);
        boolean forPage =
            Stream.of(params.path("network_isolation_key").asText().split(" "))
                .anyMatch(site::equals);
        if (fromPage || forPage) {
          urls.add(params.path("url").asText());
        }
      }
      return urls;
    }
  }
}
