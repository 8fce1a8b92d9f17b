package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.cli.DemoData;
import io.invito.config.Config;
import io.invito.config.ConfigLoader;
import io.invito.draft.DraftKeeper;
import io.invito.model.Channel;
import io.invito.model.Invitation;
import io.invito.output.KillPoint;
import io.invito.pipeline.Pipeline;
import io.invito.store.DraftRevision;
import io.invito.store.Store;
import io.invito.testing.InvitoProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code invito desk} in a process of its own, halted dead (as {@code kill -9} would) at each point
 * of saving an edit: the earlier text is never lost, and once the edit's text reached the disk it
 * is not lost either; the next desk records it as the draft.
 */
class DeskKillIT {
  static final Instant TODAY = Instant.parse("2026-12-02T09:00:00Z");
  static final String EDITED = "James, una nota riscritta da me: ci vediamo al webinar?";

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"desk.edit-kept", "desk.edit-written", "desk.edit-saved"})
  void killingTheDeskWhileAnEditIsSavedLosesNeitherText(String point) throws Exception {
    Path work = temp.resolve("demo");
    Config config = demo(work);
    Invitation before;
    try (Store store = Store.open(config.storeUrl())) {
      before =
          store.invitations().all().stream()
              .filter(invitation -> invitation.channel() == Channel.LINKEDIN)
              .findFirst()
              .orElseThrow();
    }
    Path file = config.outputDir().resolve(before.path());
    String old = Files.readString(file);

    Process desk =
        InvitoProcess.command(
                List.of("-Dinvito.kill=" + point),
                "desk",
                "--config",
                config.directory().toString(),
                "--port",
                "0")
            .start();
    try {
      String url = addressPrinted(desk);
      int port = Integer.parseInt(url.replaceAll("http://127\\.0\\.0\\.1:(\\d+)/.*", "$1"));
      String host = "Host: 127.0.0.1:" + port;
      RawHttp.Response login =
          RawHttp.send(port, "GET", url.substring(url.indexOf("/?")), List.of(host), "");
      String cookie = "Cookie: " + login.header("Set-Cookie").split(";")[0];
      String page =
          RawHttp.send(port, "GET", "/drafts/" + before.id(), List.of(host, cookie), "").body();
      Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
      assertThat(csrf.find()).isTrue();
      try {
        RawHttp.send(
            port,
            "POST",
            "/drafts/" + before.id() + "/edit",
            List.of(
                host,
                cookie,
                "Origin: http://127.0.0.1:" + port,
                "Content-Type: application/x-www-form-urlencoded"),
            "csrf=" + csrf.group(1) + "&text=" + URLEncoder.encode(EDITED, StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException dropped) {
        // The process died under the request: the answer never came, as the test wants.
      }
      assertThat(desk.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(desk.exitValue()).as("halted at " + point).isEqualTo(KillPoint.HALTED);
    } finally {
      desk.destroyForcibly();
    }

    // The earlier text is on disk, where the store will look for it.
    Path kept = config.outputDir().resolve(DraftKeeper.keptAt(before));
    assertThat(Files.readString(kept)).isEqualTo(old);
    boolean newTextOnDisk = !point.equals("desk.edit-kept");
    assertThat(Files.readString(file)).isEqualTo(newTextOnDisk ? EDITED : old);

    // The next desk (the same pipeline code) takes the draft as the store and disk say.
    try (Pipeline pipeline = Pipeline.open(config, Clock.systemUTC())) {
      Invitation now = pipeline.currentDraft(before.id()).orElseThrow();
      assertThat(Files.readString(config.outputDir().resolve(now.path())))
          .isEqualTo(newTextOnDisk ? EDITED : old);
      List<DraftRevision> history = pipeline.store().invitations().historyOf(before.id());
      assertThat(history).hasSize(newTextOnDisk ? 2 : 1);
      for (DraftRevision revision : history) {
        Path revisionFile = config.outputDir().resolve(revision.invitation().path());
        assertThat(revisionFile).exists();
        assertThat(Files.readString(revisionFile))
            .isEqualTo(revision.current() ? (newTextOnDisk ? EDITED : old) : old);
      }
    }
  }

  /** The demo's data, with its invito.yaml naming the store and output the demo used. */
  private static Config demo(Path work) throws IOException {
    DemoData.Made demo = DemoData.make(work, "it", TODAY);
    Path yaml = demo.config().directory().resolve(ConfigLoader.MAIN_FILE);
    Files.writeString(
        yaml,
        Files.readString(yaml)
            .replace("  path: data/invito\n", "  path: " + work.resolve("data/invito") + "\n")
            .replace("output: out\n", "output: " + work.resolve("out") + "\n"));
    Config config = ConfigLoader.load(demo.config().directory());
    assertThat(config.storeUrl()).isEqualTo(demo.config().storeUrl());
    return config;
  }

  private static String addressPrinted(Process desk) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(desk.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      if (line.startsWith("invito desk: open ")) {
        String url = line.substring("invito desk: open ".length()).strip();
        // Keep reading the child's output, so it never blocks on a full pipe.
        Thread drain =
            new Thread(
                () -> {
                  try {
                    out.transferTo(java.io.Writer.nullWriter());
                  } catch (IOException ignored) {
                    // the process ended
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return url;
      }
    }
    throw new AssertionError("invito desk printed no address:\n" + seen);
  }
}
