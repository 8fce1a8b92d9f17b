package io.invito.draft;

import io.invito.model.KnownEvent;
import io.invito.testing.GoldenFiles;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drafts of a fixed set of contacts (Italian and English, formal and informal, every channel)
 * and their index, rendered with the bundled templates, equal committed golden files. An {@code
 * .eml} is compared byte for byte; beside it, {@code .eml.view} holds the same message as Jakarta
 * Mail decodes it (subject, text, HTML, calendar), so a reviewer can read a change.
 */
class DraftGoldenTest {
  @TempDir Path out;

  @TestFactory
  List<DynamicTest> draftsAndIndexEqualGoldenFiles() throws IOException, MessagingException {
    InvitationWriter writer =
        new InvitationWriter(
            TemplateSet.load(Fixtures.TEMPLATES), Fixtures.OWNER, out, Fixtures.CLOCK);
    Map<String, KnownEvent> events = Fixtures.eventsById();
    List<Draft> drafts = Fixtures.draftAll(writer, events);
    InvitationWriter.writeIndex(out, Fixtures.WEEK, drafts, Fixtures.contactsById(), events);
    return GoldenFiles.compare("draft", read(out));
  }

  private static Map<String, String> read(Path dir) throws IOException, MessagingException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        String name = dir.relativize(file).toString().replace('\\', '/');
        files.put(name, Files.readString(file, StandardCharsets.UTF_8));
        if (name.endsWith(".eml")) {
          files.put(name + ".view", Eml.read(file).view());
        }
      }
    }
    return files;
  }
}
