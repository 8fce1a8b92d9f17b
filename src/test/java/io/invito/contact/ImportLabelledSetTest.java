package io.invito.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.config.Language;
import io.invito.contact.ContactImporter.Report;
import io.invito.model.Contact;
import io.invito.model.Formality;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports a labelled set of Italian and English people from the three exports a new user has (a
 * LinkedIn Connections.csv with its note lines, a Google Contacts vCard 3.0, an iPhone vCard 4.0)
 * into an owner in Rome's empty contacts file, and prints how often phone, language, zone and
 * formality come out as the labels say. The labels are what the person would want; the rules were
 * written while looking at this set, so these are training scores.
 */
class ImportLabelledSetTest {
  private static final String[] SOURCES = {"Connections.csv", "google.vcf", "iphone.vcf"};
  private static final double TARGET = 0.95;

  @TempDir Path dir;

  @Test
  void importsPhoneLanguageZoneAndFormalityRightForNineteenInTwentyOfTheLabelledSet()
      throws IOException, URISyntaxException {
    Path contacts = dir.resolve("contacts.csv");
    List<GuessedPerson> guessed = new ArrayList<>();
    for (String source : SOURCES) {
      Report report =
          ContactImporter.importFile(
              ContactImporter.Request.of(fixture(source))
                  .forOwner(Language.IT, ZoneId.of("Europe/Rome")),
              contacts);
      assertThat(report.problems()).as(source).isEmpty();
      guessed.addAll(report.guessed());
    }
    Map<String, Contact> byName = new LinkedHashMap<>();
    ContactsReader.ContactList list =
        ContactsReader.read(contacts, Language.IT, ZoneId.of("Europe/Rome"));
    assertThat(list.problems()).isEmpty();
    list.contacts().forEach(contact -> byName.put(contact.fullName(), contact));

    Map<String, int[]> right = new LinkedHashMap<>();
    for (String field : List.of("phone", "language", "zone", "formality")) {
      right.put(field, new int[1]);
    }
    List<String> misses = new ArrayList<>();
    List<CSVRecord> labels = labels();
    for (CSVRecord label : labels) {
      Contact contact = byName.get(label.get("name"));
      assertThat(contact).as("imported " + label.get("name")).isNotNull();
      check(right, misses, label, "phone", contact.phone().orElse(""));
      check(right, misses, label, "language", contact.language().code());
      check(right, misses, label, "zone", contact.zone().getId());
      check(right, misses, label, "formality", formality(contact));
    }
    StringBuilder printed =
        new StringBuilder("Contacts import, labelled set of " + labels.size() + " people:");
    right.forEach(
        (field, count) ->
            printed.append(" %s %.2f".formatted(field, count[0] / (double) labels.size())));
    System.out.println(printed);
    misses.forEach(miss -> System.out.println("  miss: " + miss));

    assertThat(labels).hasSizeGreaterThanOrEqualTo(60);
    assertThat(guessed).hasSize(labels.size());
    right.forEach(
        (field, count) ->
            assertThat(count[0] / (double) labels.size())
                .as(field + " " + misses)
                .isGreaterThanOrEqualTo(TARGET));
  }

  /** lei and tu for Italian, formal and informal for English, as the labels and README say. */
  private static String formality(Contact contact) {
    boolean formal = contact.formality() == Formality.FORMAL;
    if (contact.language() == Language.IT) {
      return formal ? "lei" : "tu";
    }
    return formal ? "formal" : "informal";
  }

  private static void check(
      Map<String, int[]> right, List<String> misses, CSVRecord label, String field, String got) {
    if (label.get(field).equals(got)) {
      right.get(field)[0]++;
    } else {
      misses.add(
          "%s (%s): %s '%s', labelled '%s'"
              .formatted(label.get("name"), label.get("source"), field, got, label.get(field)));
    }
  }

  private static List<CSVRecord> labels() throws IOException, URISyntaxException {
    try (Reader reader = Files.newBufferedReader(fixture("labels.csv"), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    }
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ImportLabelledSetTest.class.getResource("/contacts/labelled/" + name).toURI());
  }
}
