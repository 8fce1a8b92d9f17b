package io.invito.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invito.model.Event;
import io.invito.model.RawEvent;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierTest {
  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final List<LabelledItems.Item> ITEMS = LabelledItems.load("/events/labelled.yaml");

  private final Classifier classifier = new Classifier();

  @Test
  void givesTheSameIdToTheSamePageLinkedWithTrackingParameters() {
    Event plain =
        accept(item("https://www.example.it/eventi/ai-pmi/", "2026-12-03T18:00:00+01:00"));
    Event tracked =
        accept(
            item(
                "http://example.it/eventi/ai-pmi?utm_source=rss&utm_medium=feed#iscrizione",
                "2026-12-03T18:00:00+01:00"));
    assertThat(tracked.id()).isEqualTo(plain.id()).hasSize(16).matches("[0-9a-f]{16}");
    assertThat(tracked.url())
        .hasValueSatisfying(url -> assertThat(url.toString()).doesNotContain("utm_"));
  }

  @Test
  void readsAFloatingTimeInTheFallbackZoneAndSaysTheZoneWasInferred() {
    Event event = accept(item("https://example.it/e", "2026-12-03T18:00:00"));
    assertThat(event.zoneStated()).isFalse();
    assertThat(event.requireStart().getZone()).isEqualTo(ROME);
    assertThat(event.requireStart().getHour()).isEqualTo(18);
    assertThat(event.sources()).containsExactly("test-source");
  }

  @Test
  void keepsAStatedZoneAndSaysSo() {
    Event event = accept(item("https://example.it/e", "2026-12-03T18:00:00Z"));
    assertThat(event.zoneStated()).isTrue();
    assertThat(event.requireStart().toInstant()).hasToString("2026-12-03T18:00:00Z");
  }

  @Test
  void picksLowerCaseTopicsWithoutFunctionWordsOrEventVocabulary() {
    Event event = accept(ITEMS.get(0).raw());
    assertThat(event.topics())
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(6)
        .contains("intelligenza", "artificiale", "pmi")
        .doesNotContain("webinar", "per", "le", "gratuito")
        .allMatch(topic -> topic.equals(topic.toLowerCase(Locale.ROOT)));
  }

  @Test
  void filesAnEventUnderTheOwnersTopicNameWhenItsWordsAppearAndKeepsItWhenCopiesMerge() {
    TopicTaxonomy taxonomy =
        new TopicTaxonomy(
            Map.of(
                "sicurezza informatica", List.of("ransomware", "phishing", "cybersecurity"),
                "welfare aziendale", List.of("benessere organizzativo")));
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("title", "Webinar: difendersi dal Ransomware");
    node.put("description", "Backup, formazione del personale e piani di risposta.");
    node.put("start", "2026-12-03T18:00:00+01:00");
    node.put("url", "https://example.it/eventi/ransomware");
    Event event =
        ((Judgement.Accepted) new Classifier(taxonomy).classify(LabelledItems.raw(node), ROME))
            .event();
    node.put("url", "https://www.example.it/eventi/ransomware/");
    node.put("source", "page");
    node.put("description", "Un'ora con i nostri esperti di sicurezza: backup e formazione.");
    Event copy =
        ((Judgement.Accepted) new Classifier(taxonomy).classify(LabelledItems.raw(node), ROME))
            .event();

    Event merged = new Deduplicator(taxonomy).merge(List.of(event, copy)).get(0);

    assertThat(event.topics())
        .startsWith("sicurezza informatica")
        .contains("ransomware")
        .doesNotContain("welfare aziendale");
    assertThat(merged.sources()).hasSize(2);
    assertThat(merged.topics()).startsWith("sicurezza informatica");
    assertThat(accept(node.deepCopy().put("title", "Webinar").put("description", "")).topics())
        .doesNotContain("sicurezza informatica");
  }

  @Test
  void turnsAwayAnItemWithNoTextAtAllWithoutFailing() {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("title", "");
    node.put("start", "2026-12-03T18:00:00");
    RawEvent blank = LabelledItems.raw(node);
    RawEvent nulls =
        new RawEvent(
            "s",
            blank.uid(),
            null,
            null,
            blank.url(),
            blank.start(),
            blank.end(),
            blank.location(),
            blank.joinUrl(),
            blank.attendance(),
            blank.status(),
            blank.types(),
            blank.language(),
            blank.organizer(),
            blank.free(),
            blank.price(),
            blank.published(),
            blank.provenance());

    // Issue 14: with no title there is nothing to invite anyone to; turned away, not thrown on.
    Judgement judgement = new Classifier().classify(nulls, ROME);

    assertThat(judgement).isInstanceOf(Judgement.Rejected.class);
    assertThat(((Judgement.Rejected) judgement).rejection().reason())
        .isEqualTo(Classifier.NO_TITLE);
  }

  private Event accept(ObjectNode node) {
    return accept(LabelledItems.raw(node));
  }

  private Event accept(RawEvent raw) {
    Judgement judgement = classifier.classify(raw, ROME);
    assertThat(judgement).isInstanceOf(Judgement.Accepted.class);
    return ((Judgement.Accepted) judgement).event();
  }

  private static RawEvent item(String url, String start) {
    ObjectNode node = new ObjectMapper().createObjectNode();
    node.put("title", "Webinar: intelligenza artificiale per le PMI");
    node.put("description", "Un incontro online con i nostri esperti.");
    node.put("url", url);
    node.put("start", start);
    return LabelledItems.raw(node);
  }
}
