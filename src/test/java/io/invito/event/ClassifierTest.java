package io.invito.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invito.model.Attendance;
import io.invito.model.Delivery;
import io.invito.model.Event;
import io.invito.model.EventKind;
import io.invito.model.RawEvent;
import io.invito.model.Rejection;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClassifierTest {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final List<LabelledItems.Item> ITEMS =
      LabelledItems.load("/events/labelled.yaml");

  private final Classifier classifier = new Classifier();

  static Stream<LabelledItems.Item> items() {
    return ITEMS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("items")
  void judgesEachLabelledItemAsLabelled(LabelledItems.Item item) {
    Judgement judgement = classifier.classify(item.raw(), ROME);
    JsonNode expect = item.expect();
    if (!expect.path("event").asBoolean()) {
      assertThat(judgement).as("judgement").isInstanceOf(Judgement.Rejected.class);
      Rejection rejection = ((Judgement.Rejected) judgement).rejection();
      assertThat(rejection.reason()).contains(expect.path("reason").asText());
      assertThat(rejection.sourceId()).isEqualTo(item.raw().sourceId());
      return;
    }
    assertThat(judgement).as("judgement").isInstanceOf(Judgement.Accepted.class);
    Event event = ((Judgement.Accepted) judgement).event();
    SoftAssertions soft = new SoftAssertions();
    if (expect.has("kinds")) {
      Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
      expect.get("kinds").forEach(kind -> kinds.add(EventKind.valueOf(kind.asText())));
      soft.assertThat(event.kinds()).as("kinds").containsExactlyInAnyOrderElementsOf(kinds);
    }
    if (expect.has("attendance")) {
      soft.assertThat(event.attendance()).as("attendance")
          .isEqualTo(Attendance.valueOf(expect.get("attendance").asText()));
    }
    if (expect.has("platform")) {
      JsonNode platform = expect.get("platform");
      soft.assertThat(event.platform()).as("platform").isEqualTo(
          platform.isNull() ? Optional.empty() : Optional.of(platform.asText()));
    }
    if (expect.has("delivery")) {
      soft.assertThat(event.delivery()).as("delivery")
          .isEqualTo(Delivery.valueOf(expect.get("delivery").asText()));
    }
    if (expect.has("interactive")) {
      soft.assertThat(event.interactive()).as("interactive")
          .isEqualTo(expect.get("interactive").asBoolean());
    }
    if (expect.has("language")) {
      soft.assertThat(event.language()).as("language")
          .contains(expect.get("language").asText());
    }
    if (expect.has("free")) {
      soft.assertThat(event.free()).as("free").contains(expect.get("free").asBoolean());
    }
    if (expect.has("price")) {
      soft.assertThat(event.price()).as("price").contains(expect.get("price").asText());
    }
    soft.assertAll();
  }

  @Test
  void labelledSetCoversBothVerdictsInBothLanguages() {
    assertThat(ITEMS).hasSizeGreaterThanOrEqualTo(30);
    assertThat(ITEMS).filteredOn(item -> !item.expect().path("event").asBoolean())
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(ITEMS).extracting(item -> item.expect().path("language").asText())
        .contains("it", "en", "other");
  }

  @Test
  void givesTheSameIdToTheSamePageLinkedWithTrackingParameters() {
    Event plain =
        accept(item("https://www.example.it/eventi/ai-pmi/", "2026-12-03T18:00:00+01:00"));
    Event tracked = accept(item(
        "http://example.it/eventi/ai-pmi?utm_source=rss&utm_medium=feed#iscrizione",
        "2026-12-03T18:00:00+01:00"));
    assertThat(tracked.id()).isEqualTo(plain.id()).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(tracked.url()).hasValueSatisfying(
        url -> assertThat(url.toString()).doesNotContain("utm_"));
  }

  @Test
  void readsAFloatingTimeInTheFallbackZoneAndSaysTheZoneWasInferred() {
    Event event = accept(item("https://example.it/e", "2026-12-03T18:00:00"));
    assertThat(event.zoneStated()).isFalse();
    assertThat(event.start().getZone()).isEqualTo(ROME);
    assertThat(event.start().getHour()).isEqualTo(18);
    assertThat(event.sources()).containsExactly("test-source");
  }

  @Test
  void keepsAStatedZoneAndSaysSo() {
    Event event = accept(item("https://example.it/e", "2026-12-03T18:00:00Z"));
    assertThat(event.zoneStated()).isTrue();
    assertThat(event.start().toInstant()).hasToString("2026-12-03T18:00:00Z");
  }

  @Test
  void picksLowerCaseTopicsWithoutFunctionWordsOrEventVocabulary() {
    Event event = accept(ITEMS.get(0).raw());
    assertThat(event.topics()).isNotEmpty().hasSizeLessThanOrEqualTo(6)
        .contains("intelligenza", "artificiale", "pmi")
        .doesNotContain("webinar", "per", "le", "gratuito")
        .allMatch(topic -> topic.equals(topic.toLowerCase(Locale.ROOT)));
  }

  @Test
  void judgesAnItemWithNoTextAtAllWithoutFailing() {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("title", "");
    node.put("start", "2026-12-03T18:00:00");
    RawEvent blank = LabelledItems.raw(node);
    RawEvent nulls = new RawEvent("s", blank.uid(), null, null, blank.url(), blank.start(),
        blank.end(), blank.location(), blank.joinUrl(), blank.attendance(), blank.status(),
        blank.types(), blank.language(), blank.organizer(), blank.free(), blank.price(),
        blank.published(), blank.provenance());

    Event event = accept(nulls);

    assertThat(event.title()).isEmpty();
    assertThat(event.kinds()).isEmpty();
    assertThat(event.language()).isEmpty();
    assertThat(event.id()).hasSize(16);
  }

  private Event accept(RawEvent raw) {
    Judgement judgement = classifier.classify(raw, ROME);
    assertThat(judgement).isInstanceOf(Judgement.Accepted.class);
    return ((Judgement.Accepted) judgement).event();
  }

  private static RawEvent item(String url, String start) {
    ObjectNode node =
        new ObjectMapper().createObjectNode();
    node.put("title", "Webinar: intelligenza artificiale per le PMI");
    node.put("description", "Un incontro online con i nostri esperti.");
    node.put("url", url);
    node.put("start", start);
    return LabelledItems.raw(node);
  }
}
