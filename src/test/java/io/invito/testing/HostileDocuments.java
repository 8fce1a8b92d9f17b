package io.invito.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Documents written to hurt a reader, generated rather than stored (the big ones would weigh
 * megabytes in the repository): the hostile-input suite and the benchmarks use the same ones.
 */
public final class HostileDocuments {
  private HostileDocuments() {}

  /**
   * A calendar with an event before and after one that hides {@code depth} nested VALARMs: at
   * 5,000, 130 KB that overflowed ical4j's stack.
   */
  public static String nestedAlarms(int depth, LocalDate day) {
    String date = day.toString().replace("-", "");
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n"
        + vevent("before@hostile", date + "T170000Z", "Webinar: cybersecurity before the trap")
        + "BEGIN:VEVENT\r\nUID:trap@hostile\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:"
        + date
        + "T180000Z\r\nSUMMARY:The trap\r\n"
        + "BEGIN:VALARM\r\n".repeat(depth)
        + "END:VALARM\r\n".repeat(depth)
        + "END:VEVENT\r\n"
        + vevent("after@hostile", date + "T190000Z", "Webinar: cloud security after the trap")
        + "END:VCALENDAR\r\n";
  }

  /**
   * A calendar of {@code lines} lines or a little more: {@code events} ordinary events a day apart
   * from {@code day}, and one event between them padded with X- properties up to the count (the
   * million-line calendar took 31 s and 1.2 GB).
   */
  public static String manyLines(int lines, int events, LocalDate day) {
    StringBuilder ics = new StringBuilder(lines * 12);
    ics.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n");
    for (int index = 0; index < events; index++) {
      String date = day.plusDays(index).toString().replace("-", "");
      ics.append(vevent("e" + index + "@hostile", date + "T170000Z", "Webinar " + index));
      if (index == events / 2) {
        ics.append("BEGIN:VEVENT\r\nUID:padded@hostile\r\nDTSTART:")
            .append(date)
            .append("T180000Z\r\nSUMMARY:The padded one\r\n");
        int padding = Math.max(0, lines - 8 * events - 8);
        ics.append("X-PAD:x\r\n".repeat(padding));
        ics.append("END:VEVENT\r\n");
      }
    }
    return ics.append("END:VCALENDAR\r\n").toString();
  }

  private static String vevent(String uid, String start, String summary) {
    return "BEGIN:VEVENT\r\nUID:"
        + uid
        + "\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:"
        + start
        + "\r\nDURATION:PT1H\r\nSUMMARY:"
        + summary
        + "\r\nDESCRIPTION:Webinar online su Zoom con domande in chat.\r\nEND:VEVENT\r\n";
  }

  /**
   * A page of {@code count} schema.org Events in JSON-LD, one script each, spread a day apart from
   * {@code first}, padded with a description to about {@code bytesEach} bytes per event: 45,000 of
   * 330 bytes is the 14.8 MB page that took 460 s and 4.9 GB.
   */
  public static byte[] jsonLdPage(int count, LocalDate first, int bytesEach) {
    ByteArrayOutputStream page = new ByteArrayOutputStream(count * (bytesEach + 64));
    page.writeBytes(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Agenda</title></head><body>\n"
            .getBytes(StandardCharsets.UTF_8));
    for (int event = 0; event < count; event++) {
      String head =
          "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
              + "\"@type\":\"Event\",\"name\":\"Workshop "
              + event
              + " on cloud costs\",\"startDate\":\""
              + first.plusDays(event % 3650)
              + "T1"
              + (event % 10)
              + ":00:00Z\",\"url\":\"https://agenda.example/e/"
              + event
              + "\",\"eventAttendanceMode\":\"https://schema.org/OnlineEventAttendanceMode\","
              + "\"description\":\"";
      String tail = "\"}</script>\n";
      int pad = Math.max(0, bytesEach - head.length() - tail.length());
      page.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      page.writeBytes("x".repeat(pad).getBytes(StandardCharsets.UTF_8));
      page.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
    }
    page.writeBytes("</body></html>\n".getBytes(StandardCharsets.UTF_8));
    return page.toByteArray();
  }

  /** An RSS feed of {@code count} webinar items, each dated a day after the one before. */
  public static byte[] feed(int count, LocalDate first) {
    StringBuilder rss =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Webinar</title><link>https://feed.example/</link>\n");
    for (int item = 0; item < count; item++) {
      rss.append("<item><title>Webinar ")
          .append(item)
          .append(": sicurezza del cloud</title><link>https://feed.example/w/")
          .append(item)
          .append("</link><guid>w-")
          .append(item)
          .append("</guid><description>Webinar online il ")
          .append(first.plusDays(item % 3650))
          .append(" ore 18:00 su Zoom.</description></item>\n");
    }
    rss.append("</channel></rss>\n");
    return rss.toString().getBytes(StandardCharsets.UTF_8);
  }
}
