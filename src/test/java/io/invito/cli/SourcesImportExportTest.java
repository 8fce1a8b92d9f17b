package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.ConfigLoader;
import io.invito.config.OpmlReader;
import io.invito.config.Source;
import io.invito.testing.OpmlEntries;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SourcesImportExportTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeConfig() throws IOException {
    Files.writeString(
        dir.resolve("invito.yaml"), "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n");
    Files.writeString(
        dir.resolve("sources.yaml"),
        "sources:\n  - id: aws\n" + "    url: https://aws.example.com/events/feed.xml\n");
    Files.writeString(dir.resolve("contacts.csv"), "first_name,last_name,email\n");
    Files.createDirectories(dir.resolve("templates"));
  }

  @Test
  void importsAnOpmlSkippingKnownUrlsAndNamingBadOutlines() throws URISyntaxException {
    Path opml = Path.of(getClass().getResource("/feeds/opml/subscriptions.opml").toURI());

    int code = command(new SourcesImportCommand(), "--tag", "imported", opml.toString());

    assertThat(code).isZero();
    List<Source> sources = ConfigLoader.load(dir).sources();
    assertThat(sources)
        .extracting(Source::id)
        .containsExactly("aws", "universita-di-bologna-seminari", "calendario-corsi", "Eventi");
    assertThat(sources.get(1).tags()).containsExactly("Cloud", "imported");
    assertThat(out.toString()).contains("imported 3 sources", "(1 already present, 1 skipped)");
    assertThat(err.toString()).contains("line 10: outline 'Broken'");
  }

  @Test
  void exportsWhatImportReadsBackAsTheSameSources() throws URISyntaxException {
    Path opml = Path.of(getClass().getResource("/feeds/opml/subscriptions.opml").toURI());
    command(new SourcesImportCommand(), opml.toString());
    Path exported = dir.resolve("exported.opml");

    command(new SourcesExportCommand(), "--output", exported.toString());

    List<Source> sources = ConfigLoader.load(dir).sources();
    assertThat(OpmlReader.read(exported).entries())
        .extracting(OpmlEntries::asSource)
        .containsExactlyElementsOf(sources);
  }

  private int command(Object command, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = dir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return new CommandLine(command)
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(all);
  }
}
