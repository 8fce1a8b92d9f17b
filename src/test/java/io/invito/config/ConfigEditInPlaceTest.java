package io.invito.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * sources.yaml files in every style a person writes, each extended in place: the test states the
 * whole expected text, so any character of the user's that an edit lost or moved fails it.
 */
class ConfigEditInPlaceTest {
  private static final Source ADDED =
      Source.of("nuovo", URI.create("https://nuovo.example/feed"), SourceType.FEED);
  private static final String BLOCK_ENTRY =
      "- id: \"nuovo\"\n    url: \"https://nuovo.example/feed\"\n    type: feed";
  private static final String FLOW_ENTRY =
      "{id: \"nuovo\", url: \"https://nuovo.example/feed\", type: feed}";

  @TempDir Path dir;

  @BeforeEach
  void writeTheRestOfAConfig() throws IOException {
    Files.writeString(
        dir.resolve("invito.yaml"), "owner:\n  name: Giulia Bianchi\n  email: giulia@example.it\n");
    Files.writeString(dir.resolve("contacts.csv"), "first_name,last_name,email\n");
    Files.createDirectories(dir.resolve("templates"));
  }

  static Stream<Arguments> styles() {
    return Stream.of(
        Arguments.of(
            "block list, comments, a hand-tuned selectors block",
            """
            # my sources
            sources:
              # the university
              - id: unibo
                url: https://unibo.example.it/eventi   # the agenda page
                type: page
                selectors:
                  item: '.agenda li'
                  title: h3
              # - id: old
              #   url: https://old.example/feed

            # end of file
            """,
            """
            # my sources
            sources:
              # the university
              - id: unibo
                url: https://unibo.example.it/eventi   # the agenda page
                type: page
                selectors:
                  item: '.agenda li'
                  title: h3
              %s
              # - id: old
              #   url: https://old.example/feed

            # end of file
            """
                .formatted(BLOCK_ENTRY)),
        Arguments.of(
            "flow list on one line",
            "sources: [{id: a, url: 'https://a.example/f'}, {id: b, url: 'https://b.example/f'}]"
                + "  # two\n",
            "sources: [{id: a, url: 'https://a.example/f'}, {id: b, url: 'https://b.example/f'}, "
                + FLOW_ENTRY
                + "]  # two\n"),
        Arguments.of(
            "flow list over several lines",
            """
            sources: [
              {id: a, url: 'https://a.example/f'},   # first
              {id: b, url: 'https://b.example/f',
               type: page, selectors: {item: li, title: h2}}
            ]
            """,
            """
            sources: [
              {id: a, url: 'https://a.example/f'},   # first
              {id: b, url: 'https://b.example/f',
               type: page, selectors: {item: li, title: h2}},
              %s
            ]
            """
                .formatted(FLOW_ENTRY)),
        Arguments.of(
            "block list of flow entries, not indented under the key",
            "sources:\n- {id: a, url: 'https://a.example/f'}\n",
            "sources:\n- {id: a, url: 'https://a.example/f'}\n- " + FLOW_ENTRY + "\n"),
        Arguments.of(
            "a wide indentation and no line end at the end",
            "sources:\n    -   id: a\n        url: https://a.example/f",
            "sources:\n    -   id: a\n        url: https://a.example/f\n"
                + "    -   id: \"nuovo\"\n        url: \"https://nuovo.example/feed\"\n"
                + "        type: feed"),
        Arguments.of(
            "a key with nothing yet",
            "sources:   # none yet\n",
            "sources:   # none yet\n  " + BLOCK_ENTRY + "\n"),
        Arguments.of(
            "Windows line ends and a flow value last",
            "sources:\r\n  - id: a\r\n    url: https://a.example/f\r\n    tags: [x]\r\n",
            "sources:\r\n  - id: a\r\n    url: https://a.example/f\r\n    tags: [x]\r\n  "
                + BLOCK_ENTRY.replace("\n", "\r\n")
                + "\r\n"),
        Arguments.of(
            "only comments",
            "# nothing here yet 🙂\n",
            "# nothing here yet 🙂\nsources:\n  " + BLOCK_ENTRY + "\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("styles")
  void extendsTheListInPlaceKeepingEveryCharacter(String style, String before, String after)
      throws IOException {
    Path file = dir.resolve("sources.yaml");
    Files.writeString(file, before);
    // A file of comments only is not a config yet (the loader refuses it), but it can be extended.
    List<Source> existing =
        before.contains("sources") ? ConfigLoader.load(dir).sources() : List.of();

    SourcesFileWriter.append(dir, existing, List.of(ADDED));

    assertThat(Files.readString(file)).isEqualTo(after);
    assertThat(Files.readString(dir.resolve("sources.yaml.bak"))).isEqualTo(before);
    List<Source> now = ConfigLoader.load(dir).sources();
    assertThat(now.subList(0, existing.size())).isEqualTo(existing);
    assertThat(now.get(now.size() - 1)).isEqualTo(ADDED);
  }

  @Test
  void keepsAByteOrderMarkTheModeAndASymbolicLinkWritingThroughToItsTarget(@TempDir Path synced)
      throws IOException {
    Path real = synced.resolve("sources.yaml");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(real, bom);
    Files.writeString(
        real,
        "sources:\n  - id: a\n    url: https://a.example/f\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("sources.yaml"), real);

    SourcesFileWriter.append(dir, ConfigLoader.load(dir).sources(), List.of(ADDED));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
    byte[] written = Files.readAllBytes(real);
    assertThat(written).startsWith(bom);
    assertThat(new String(written, StandardCharsets.UTF_8)).endsWith(BLOCK_ENTRY + "\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-r-----");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("sources.yaml.bak"))))
        .isEqualTo("rw-r-----");
    assertThat(ConfigLoader.load(dir).sources())
        .extracting(Source::id)
        .containsExactly("a", "nuovo");
  }

  @Test
  void refusesAndWritesNothingWhenTheListCannotBeExtendedInPlace() throws IOException {
    Path file = dir.resolve("sources.yaml");
    String anchored = "common: &feed {type: feed}\nsources: *feed\n";
    Files.writeString(file, anchored);

    assertThatThrownBy(() -> SourcesFileWriter.append(dir, List.of(), List.of(ADDED)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sources.yaml: cannot be extended in place")
        .hasMessageContaining("id: \"nuovo\"");
    assertThat(Files.readString(file)).isEqualTo(anchored);
    assertThat(dir.resolve("sources.yaml.bak")).doesNotExist();
  }

  @Test
  void refusesToOverwriteAChangeMadeOnDiskWhileItWasBeingEdited() throws IOException {
    Path file = dir.resolve("sources.yaml");
    Files.writeString(file, "sources: []\n");
    UserFile read = UserFile.read(file);
    Files.writeString(file, "sources: []  # the user's editor saved this meanwhile\n");

    assertThatThrownBy(() -> read.write("sources: [{id: x, url: 'https://x.example'}]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("changed on disk");
    assertThat(Files.readString(file)).contains("the user's editor");
  }

  @Test
  void refusesAFileThatIsNotUtf8RatherThanRewriteItsCharacters() throws IOException {
    Path file = dir.resolve("sources.yaml");
    Files.write(file, "# citt\u00e0\nsources: []\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> UserFile.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sources.yaml: is not UTF-8");
  }

  @Test
  void writesAFileWithOtherHardLinksInPlaceSoTheLinksStayOneFile() throws IOException {
    Path file = dir.resolve("sources.yaml");
    Files.writeString(file, "sources: []\n");
    Path other = Files.createLink(dir.resolve("copy-elsewhere.yaml"), file);

    SourcesFileWriter.append(dir, List.of(), List.of(ADDED));

    assertThat(Files.readString(other)).isEqualTo("sources: [" + FLOW_ENTRY + "]\n");
  }
}
