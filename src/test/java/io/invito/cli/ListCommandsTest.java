package io.invito.cli;

import static io.invito.cli.CliRun.invito;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invito.testing.ConfigFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every list command speaks alike: a header over its rows, and a JSON array on {@code --json}. */
class ListCommandsTest {
  @TempDir Path dir;

  @BeforeEach
  void writeConfig() throws IOException {
    ConfigFolder.at(dir)
        .sources(
            "  - id: blog\n    url: https://blog.example.it/feed.xml\n    tags: [export, ai]\n")
        .contacts(ConfigFolder.MARCO, ConfigFolder.ANNA)
        .write();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sources list",
        "sources status",
        "contacts list",
        "events list",
        "events list --rejected",
        "invites list --all",
        "invites list --history",
        "match"
      })
  void printsAHeaderOrSaysItIsEmptyAndGivesAJsonArray(String command) throws IOException {
    CliRun text = invito(arguments(command));
    CliRun json = invito(arguments(command + " --json"));

    assertThat(text.code()).as(text.err()).isZero();
    String first = text.out().lines().findFirst().orElseThrow();
    // A header is capitals only; a list with no rows may say so in a sentence instead.
    assertThat(first.matches("[A-Z]+( +[A-Z]+)*") || first.startsWith("No "))
        .as("first line of '%s': %s", command, first)
        .isTrue();
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode parsed = new ObjectMapper().readTree(json.out());
    assertThat(parsed.isArray()).as(json.out()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sources list", "contacts list"})
  void givesOneObjectPerRowKeyedByTheColumnNames(String command) throws IOException {
    JsonNode parsed = new ObjectMapper().readTree(invito(arguments(command + " --json")).out());

    assertThat(parsed).isNotEmpty();
    assertThat(parsed.get(0).has("id")).isTrue();
    if (command.startsWith("sources")) {
      assertThat(parsed.get(0).get("tags").toString()).isEqualTo("[\"export\",\"ai\"]");
    } else {
      assertThat(parsed).hasSize(2);
      assertThat(parsed.get(1).get("zone").asText()).isEqualTo("Europe/London");
      assertThat(parsed.get(0).get("phone").isNull()).isTrue();
    }
  }

  private String[] arguments(String command) {
    List<String> words = new ArrayList<>(Arrays.asList(command.split(" ")));
    words.add("--config");
    words.add(dir.toString());
    return words.toArray(String[]::new);
  }
}
