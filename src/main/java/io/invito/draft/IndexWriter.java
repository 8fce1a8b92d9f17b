package io.invito.draft;

import io.invito.model.Contact;
import io.invito.model.Invitation;
import io.invito.model.KnownEvent;
import io.invito.model.Reason;
import io.invito.model.Week;
import io.invito.output.AtomicFile;
import io.invito.output.KillPoint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;

/** Writes the review index of a week's drafts: a Markdown table and a CSV for spreadsheets. */
final class IndexWriter {
  private static final String CRLF = "\r\n";
  private static final String[] HEADER = {"id", "contact", "event", "channel", "reasons", "path"};

  private final Path outputDir;
  private final Week week;
  private final Path folder;

  IndexWriter(Path outputDir, Week week) {
    this.outputDir = outputDir;
    this.week = week;
    this.folder = outputDir.resolve("invites").resolve(week.toString());
  }

  void write(List<Draft> drafts, Map<String, Contact> contacts, Map<String, KnownEvent> events) {
    List<Row> rows =
        drafts.stream()
            .map(draft -> row(draft, contacts, events))
            .sorted(
                Comparator.comparing(Row::contactId)
                    .thenComparing(Row::eventId)
                    .thenComparing(row -> row.invitation().channel()))
            .toList();
    AtomicFile.write(folder.resolve("index.md"), markdown(rows));
    KillPoint.reach("index.markdown");
    AtomicFile.write(folder.resolve("index.csv"), csv(rows));
  }

  private record Row(
      Invitation invitation, String contact, String event, String reasons, String path) {
    String contactId() {
      return invitation.contactId();
    }

    String eventId() {
      return invitation.eventId();
    }

    String channel() {
      return TemplateSet.base(invitation.channel());
    }
  }

  private Row row(Draft draft, Map<String, Contact> contacts, Map<String, KnownEvent> events) {
    Invitation invitation = draft.invitation();
    String contact =
        contacts.containsKey(invitation.contactId())
            ? contacts.get(invitation.contactId()).fullName()
            : invitation.contactId();
    String event =
        events.containsKey(invitation.eventId())
            ? events.get(invitation.eventId()).event().title()
            : invitation.eventId();
    return new Row(
        invitation,
        Texts.oneLine(contact),
        Texts.oneLine(event),
        reasons(draft.reasons()),
        slashes(invitation.path()));
  }

  /** Reasons in neutral words: the index is for the owner, whatever the draft's language. */
  private static String reasons(List<Reason> reasons) {
    return reasons.stream()
        .map(
            reason -> {
              String term = Texts.oneLine(reason.term());
              String found = Texts.oneLine(reason.found());
              String where = Texts.oneLine(reason.where());
              String what =
                  found.isEmpty() || found.equalsIgnoreCase(term) ? term : term + ": " + found;
              return where.isEmpty() ? what : what + " (" + where + ")";
            })
        .collect(Collectors.joining("; "));
  }

  private String markdown(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append("# Invitation drafts, week ").append(week).append("\n\n");
    if (rows.isEmpty()) {
      return out.append("No drafts this week.\n").toString();
    }
    out.append("| Id | Contact | Event | Channel | Reasons | Draft |\n");
    out.append("| --- | --- | --- | --- | --- | --- |\n");
    for (Row row : rows) {
      String relative = slashes(folder.relativize(outputDir.resolve(row.path())));
      out.append("| ")
          .append(MarkdownText.escape(row.invitation().id()))
          .append(" | ")
          .append(MarkdownText.escape(row.contact()))
          .append(" | ")
          .append(MarkdownText.escape(row.event()))
          .append(" | ")
          .append(row.channel())
          .append(" | ")
          .append(MarkdownText.escape(row.reasons()))
          .append(" | [")
          .append(MarkdownText.escape(relative))
          .append("](<")
          .append(href(relative))
          .append(">) |\n");
    }
    return out.toString();
  }

  /**
   * RFC 4180 CSV. Rows go through {@code CSVFormat.format}, not {@code CSVPrinter}, whose class
   * file carries a SpotBugs annotation that makes {@code -Xlint:all} warn.
   */
  private static String csv(List<Row> rows) {
    CSVFormat format = CSVFormat.DEFAULT;
    StringBuilder out = new StringBuilder();
    out.append(format.format((Object[]) HEADER)).append(CRLF);
    for (Row row : rows) {
      out.append(
              format.format(
                  cell(row.invitation().id()),
                  cell(row.contact()),
                  cell(row.event()),
                  cell(row.channel()),
                  cell(row.reasons()),
                  cell(row.path())))
          .append(CRLF);
    }
    return out.toString();
  }

  /**
   * Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula; a leading
   * apostrophe makes it text (OWASP CSV injection advice).
   */
  static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  /** Percent-encodes each path segment so the link target is one inert token. */
  private static String href(String relative) {
    return List.of(relative.split("/")).stream()
        .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
        .collect(Collectors.joining("/"));
  }
}
