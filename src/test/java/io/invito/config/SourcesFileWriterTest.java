package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileWriterTest {
  // An id YAML would read as a boolean, a URL with YAML-special characters, a tag with ": ".
  private static final Source NEW =
      Source.of("true", URI.create("https://x.example/f?a=1&b=%222%22#x"), SourceType.ICS)
          .withLanguage(Optional.of(Language.IT))
          .withZone(Optional.of(ZoneId.of("Europe/Rome")))
          .withTags(List.of("corsi", "a: b"))
          .withFollow(true);

  @TempDir Path dir;

  @BeforeEach
  void writeTheRestOfAConfig() throws IOException {
    Files.writeString(
        dir.resolve("invito.yaml"), "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n");
    Files.writeString(dir.resolve("contacts.csv"), "first_name,last_name,email\n");
    Files.createDirectories(dir.resolve("templates"));
  }

  @Test
  void appendsAfterTheExistingSourcesKeepingTheFilesComments() throws IOException {
    String original =
        "# my sources\nsources:\n    # the university\n    - id: unibo\n"
            + "      url: https://unibo.example.it/feed   # rss 2.0\n";
    Files.writeString(dir.resolve("sources.yaml"), original);
    Config before = ConfigLoader.load(dir);

    SourcesFileWriter.Change change = SourcesFileWriter.append(dir, before.sources(), List.of(NEW));

    assertThat(change).isEqualTo(SourcesFileWriter.Change.APPENDED);
    assertThat(Files.readString(dir.resolve("sources.yaml"))).startsWith(original);
    assertThat(ConfigLoader.load(dir).sources()).containsExactly(before.sources().get(0), NEW);
  }

  @Test
  void extendsAnEmptyFlowListInPlace() throws IOException {
    Files.writeString(dir.resolve("sources.yaml"), "# none yet\nsources: [] # add below\n");
    Config before = ConfigLoader.load(dir);

    SourcesFileWriter.Change change = SourcesFileWriter.append(dir, before.sources(), List.of(NEW));

    assertThat(change).isEqualTo(SourcesFileWriter.Change.APPENDED);
    assertThat(Files.readString(dir.resolve("sources.yaml")))
        .startsWith("# none yet\nsources: [{id: \"true\"")
        .endsWith("] # add below\n");
    assertThat(ConfigLoader.load(dir).sources()).containsExactly(NEW);
  }

  @Test
  void writesANewFileWithAHeaderWhenThereIsNone() throws IOException {
    SourcesFileWriter.Change change = SourcesFileWriter.append(dir, List.of(), List.of(NEW));

    assertThat(change).isEqualTo(SourcesFileWriter.Change.CREATED);
    assertThat(Files.readString(dir.resolve("sources.yaml"))).startsWith("# Sources invito reads");
    assertThat(ConfigLoader.load(dir).sources()).containsExactly(NEW);
  }

  @Test
  void leavesNoTemporaryFileBehind() throws IOException {
    Files.writeString(dir.resolve("sources.yaml"), "sources: []\n");

    SourcesFileWriter.append(dir, List.of(), List.of(NEW));

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "invito.yaml", "contacts.csv", "templates", "sources.yaml", "sources.yaml.bak");
    }
  }
}
