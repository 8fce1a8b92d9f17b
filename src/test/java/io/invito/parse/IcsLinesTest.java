package io.invito.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The line reader must give exactly the tree ical4j's relaxed parser gives, or decline: checked on
 * every calendar of the conformance corpora, the real-world corpus and the test resources, and on
 * the shapes where the two would part.
 */
class IcsLinesTest {
  static {
    // CalendarParser switches ical4j to relaxed parsing when it is loaded, as in a real run.
    new Extractor();
  }

  @Test
  void givesIcal4jsTreeForEveryCalendarItReads() throws IOException {
    List<Path> files = calendars();
    List<String> plain = new ArrayList<>();
    for (Path file : files) {
      String text = text(Files.readAllBytes(file));
      Optional<IcsTree> read = IcsLines.read(text);
      if (read.isPresent()) {
        plain.add(file.toString());
        assertThat(read.get().calendar())
            .as(file.toString())
            .isEqualTo(ical4j(text).flatMap(IcsTree::calendar));
      }
    }
    // Most real calendars are written plainly; the corpora are there to be read both ways.
    assertThat(files).isNotEmpty();
    assertThat(plain).as("calendars read line by line").hasSizeGreaterThan(files.size() / 4);
  }

  @Test
  void readsFoldsParametersAndSeveralCalendars() {
    String text =
        "BEGIN:VCALENDAR\r\n"
            + "VERSION:2.0\r\n"
            + "BEGIN:VEVENT\r\n"
            + "UID:1\r\n"
            + "SUMMARY;LANGUAGE=it:Corso di \r\n"
            + " formazione\\, online\r\n"
            + "\tdue\r\n"
            + "ORGANIZER;CN=\"Ordine: Milano\";ROLE=CHAIR:mailto:a@b.example\r\n"
            + "DTSTART;TZID=Europe/Rome:20261210T173000\r\n"
            + "DESCRIPTION:\"quoted\" and a:colon;semicolon\r\n"
            + "BEGIN:VALARM\r\n"
            + "ACTION:DISPLAY\r\n"
            + "END:VALARM\r\n"
            + "END:VEVENT\r\n"
            + "END:VCALENDAR\r\n"
            + "\r\n"
            + "BEGIN:VCALENDAR\n"
            + "BEGIN:VEVENT\n"
            + "UID:2\n"
            + "END:VEVENT\n"
            + "END:VCALENDAR";

    IcsTree.Component calendar = IcsLines.read(text).flatMap(IcsTree::calendar).orElseThrow();

    assertThat(Optional.of(calendar)).isEqualTo(ical4j(text).flatMap(IcsTree::calendar));
    List<IcsTree.Component> events = calendar.children("VEVENT");
    assertThat(events).hasSize(2);
    IcsTree.Component first = events.get(0);
    assertThat(first.text("SUMMARY")).contains("Corso di formazione, onlinedue");
    assertThat(first.find("SUMMARY").flatMap(p -> p.parameter("LANGUAGE"))).contains("it");
    assertThat(first.find("ORGANIZER").flatMap(p -> p.parameter("CN"))).contains("Ordine: Milano");
    assertThat(first.find("ORGANIZER").map(IcsTree.Property::value)).contains("mailto:a@b.example");
    assertThat(first.text("DESCRIPTION")).contains("\"quoted\" and a:colon;semicolon");
    assertThat(first.children("VALARM")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no calendar at all",
        "\nBEGIN:VCALENDAR\nEND:VCALENDAR\n", // a blank line first
        "BEGIN:VCALENDAR\n\nVERSION:2.0\nEND:VCALENDAR\n", // a blank line inside
        "BEGIN:VCALENDAR\nSUMMARY:a\rb\nEND:VCALENDAR\n", // a bare CR: ical4j's line break
        "BEGIN:VCALENDAR\nSUMMARY:a\u0001b\nEND:VCALENDAR\n", // a control character it drops
        "BEGIN:VCALENDAR\nbegin:VEVENT\nend:VEVENT\nEND:VCALENDAR\n", // a property to ical4j
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\nEND:VCALENDAR\n", // closes another one
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VEVENT\n", // never closed
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VEVENT", // no line break after END
        "BEGIN:VCALENDAR\nEND:VCALENDAR\ntrailing text\n",
        "BEGIN:VCALENDAR\nSUMMARY\nEND:VCALENDAR\n", // no value
        "BEGIN:VCALENDAR\nX;CN=\"a\",\"b\":v\nEND:VCALENDAR\n", // a list of quoted values
        "BEGIN:VCALENDAR\nX;CN=\"a\\\"b\":v\nEND:VCALENDAR\n", // an escape inside quotes
        "BEGIN:VCALENDAR\nX;CN= \"a\":v\nEND:VCALENDAR\n", // a quote inside a plain value
        "BEGIN:VCALENDAR\nX;=a:v\nEND:VCALENDAR\n", // a parameter without a name
        "BEGIN:VCALENDAR\nX\tY:v\nEND:VCALENDAR\n", // a tab in a name
        "BEGIN:VCALENDAR\n  X:v\nEND:VCALENDAR\n", // unfolded once more by ical4j's reader
      })
  void leavesToIcal4jWhatItMightReadOtherwise(String text) {
    assertThat(IcsLines.read(text)).isEmpty();
  }

  @Test
  void leavesTooDeepNestingToTheNestingBound() {
    StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\n");
    for (int depth = 1; depth < DocumentLimits.MAX_CALENDAR_DEPTH; depth++) {
      text.append("BEGIN:VALARM\n");
    }
    StringBuilder deepest = new StringBuilder(text).append("BEGIN:VALARM\n");
    String closing =
        "END:VALARM\n".repeat(DocumentLimits.MAX_CALENDAR_DEPTH - 1) + "END:VCALENDAR\n";

    assertThat(IcsLines.read(text + closing)).as("as deep as allowed").isPresent();
    assertThat(IcsLines.read(deepest + "END:VALARM\n" + closing)).as("deeper").isEmpty();
  }

  /** The text CalendarParser gives its readers. */
  private static String text(byte[] bytes) {
    return IcsBudget.bound(BodyDecoder.decode(bytes, Optional.empty()).text(), new ArrayList<>());
  }

  /** The tree ical4j's relaxed parser reads, as CalendarParser ran it before the line reader. */
  private static Optional<IcsTree> ical4j(String text) {
    IcsTree tree = new IcsTree();
    try {
      String unfolded = IcsNesting.bound(text, new ArrayList<>());
      new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(unfolded)), tree);
    } catch (IOException | ParserException e) {
      throw new AssertionError("ical4j refused a calendar the line reader read: " + e, e);
    }
    return Optional.of(tree);
  }

  /** The calendars of the conformance corpora, the real-world corpus and the test resources. */
  static List<Path> calendars() {
    List<Path> files = new ArrayList<>();
    Conformance.files("", ".ics").filter(Files::isRegularFile).forEach(files::add);
    for (Path root :
        Stream.of(Optional.of(Path.of("src/test/resources")), RealWorldCorpusTest.root())
            .flatMap(Optional::stream)
            .toList()) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .filter(path -> path.toString().endsWith(".ics"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
