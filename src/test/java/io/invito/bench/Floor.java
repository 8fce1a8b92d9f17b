package io.invito.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The least a JVM process can do with a part of the bench corpus, to say what whole-process time no
 * Java reader of it can beat on this machine: {@code bench/floors.sh} times it beside the peers.
 *
 * <p>It uses the JDK alone (no library to load) and both cores, and keeps nothing: {@code feeds}
 * walks every file with the JDK's StAX reader and counts the items, {@code calendars} decodes every
 * file and counts its VEVENTs, {@code pages} decodes every file and counts its JSON-LD blocks,
 * {@code none} does nothing (a JVM's start and exit). What invito does on top (building events,
 * reading dates from text, writing JSON) only adds to these.
 */
public final class Floor {
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  private Floor() {}

  public static void main(String[] args) throws Exception {
    String part = args[0];
    if (part.equals("none")) {
      System.out.println(0);
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    AtomicLong found = new AtomicLong();
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done =
          files.stream()
              .<Future<?>>map(file -> threads.submit(() -> found.addAndGet(count(part, file))))
              .toList();
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      threads.shutdown();
    }
    System.out.println(found.get());
  }

  private static long count(String part, Path file) {
    try {
      return switch (part) {
        case "feeds" -> items(file);
        case "calendars" -> occurrences(file, "BEGIN:VEVENT");
        case "pages" -> occurrences(file, "application/ld+json");
        default -> throw new IllegalArgumentException("unknown part: " + part);
      };
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
  }

  private static long items(Path file) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    long items = 0;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.START_ELEMENT) {
          String name = reader.getLocalName();
          if (name.equals("item") || name.equals("entry")) {
            items++;
          }
        }
      }
      reader.close();
    }
    return items;
  }

  private static long occurrences(Path file, String marker) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    long found = 0;
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      found++;
    }
    return found;
  }
}
