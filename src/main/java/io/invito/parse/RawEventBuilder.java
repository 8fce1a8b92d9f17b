package io.invito.parse;

import io.invito.model.Attendance;
import io.invito.model.EventStatus;
import io.invito.model.EventTime;
import io.invito.model.RawEvent;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the fields of one event as an extractor finds them, noting for each which extractor gave
 * it, so every {@link RawEvent} carries its provenance without each parser repeating it.
 */
final class RawEventBuilder {
  private final String sourceId;
  private final Map<String, String> provenance = new LinkedHashMap<>();
  private final List<String> types = new ArrayList<>();
  private String uid;
  private String title = "";
  private String description = "";
  private URI url;
  private EventTime start;
  private EventTime end;
  private String location;
  private URI joinUrl;
  private Attendance attendance = Attendance.UNKNOWN;
  private EventStatus status = EventStatus.SCHEDULED;
  private String language;
  private String organizer;
  private Boolean free;
  private String price;
  private Instant published;

  RawEventBuilder(String sourceId) {
    this.sourceId = sourceId;
  }

  /** A builder with the same fields and provenance, for one of several sessions of an item. */
  RawEventBuilder copy() {
    RawEventBuilder copy = new RawEventBuilder(sourceId);
    copy.provenance.putAll(provenance);
    copy.types.addAll(types);
    copy.uid = uid;
    copy.title = title;
    copy.description = description;
    copy.url = url;
    copy.start = start;
    copy.end = end;
    copy.location = location;
    copy.joinUrl = joinUrl;
    copy.attendance = attendance;
    copy.status = status;
    copy.language = language;
    copy.organizer = organizer;
    copy.free = free;
    copy.price = price;
    copy.published = published;
    return copy;
  }

  Optional<String> findUid() {
    return Optional.ofNullable(uid);
  }

  RawEventBuilder uid(String value, String by) {
    if (present(value)) {
      uid = DocumentLimits.clip(value.strip(), DocumentLimits.MAX_SHORT_FIELD);
      provenance.put("uid", by);
    }
    return this;
  }

  RawEventBuilder title(String value, String by) {
    if (present(value)) {
      title = cleanShort(value);
      provenance.put("title", by);
    }
    return this;
  }

  RawEventBuilder description(String value, String by) {
    if (present(value)) {
      description =
          DocumentLimits.clip(
              TextCleaner.clean(DocumentLimits.clip(value, DocumentLimits.MAX_RAW_FIELD)),
              DocumentLimits.MAX_DESCRIPTION);
      provenance.put("description", by);
    }
    return this;
  }

  RawEventBuilder url(URI value, String by) {
    if (value != null) {
      url = value;
      provenance.put("url", by);
    }
    return this;
  }

  /** Sets the start and records both who gave it and whether its zone was stated. */
  RawEventBuilder start(Timed value, String by) {
    start = value.time();
    provenance.put("start", by);
    provenance.put("startZone", value.zone().label());
    return this;
  }

  RawEventBuilder end(Timed value, String by) {
    end = value.time();
    provenance.put("end", by);
    return this;
  }

  /** Forgets an end that turned out wrong (one before its start). */
  RawEventBuilder clearEnd() {
    end = null;
    provenance.remove("end");
    return this;
  }

  RawEventBuilder location(String value, String by) {
    if (present(value)) {
      location = cleanShort(value);
      provenance.put("location", by);
    }
    return this;
  }

  RawEventBuilder joinUrl(URI value, String by) {
    if (value != null) {
      joinUrl = value;
      provenance.put("joinUrl", by);
    }
    return this;
  }

  RawEventBuilder attendance(Attendance value, String by) {
    if (value != Attendance.UNKNOWN) {
      attendance = value;
      provenance.put("attendance", by);
    }
    return this;
  }

  RawEventBuilder status(EventStatus value, String by) {
    status = value;
    provenance.put("status", by);
    return this;
  }

  RawEventBuilder type(String value, String by) {
    // A few types say what an event is; thousands say someone is probing.
    if (present(value) && types.size() < 50 && !types.contains(value.strip())) {
      types.add(DocumentLimits.clip(value.strip(), DocumentLimits.MAX_SHORT_FIELD));
      provenance.put("types", by);
    }
    return this;
  }

  RawEventBuilder language(String value, String by) {
    if (present(value)) {
      language = value.strip();
      provenance.put("language", by);
    }
    return this;
  }

  RawEventBuilder organizer(String value, String by) {
    if (present(value)) {
      organizer = cleanShort(value);
      provenance.put("organizer", by);
    }
    return this;
  }

  RawEventBuilder price(Boolean isFree, String asWritten, String by) {
    if (isFree != null) {
      free = isFree;
      provenance.put("free", by);
    }
    if (present(asWritten)) {
      price = DocumentLimits.clip(asWritten.strip(), DocumentLimits.MAX_SHORT_FIELD);
      provenance.put("price", by);
    }
    return this;
  }

  RawEventBuilder published(Instant value, String by) {
    if (value != null) {
      published = value;
      provenance.put("published", by);
    }
    return this;
  }

  boolean hasStart() {
    return start != null;
  }

  boolean hasLanguage() {
    return language != null;
  }

  boolean hasJoinUrl() {
    return joinUrl != null;
  }

  boolean hasLocation() {
    return location != null;
  }

  /** Which extractor gave the start, if one did. */
  Optional<String> startBy() {
    return Optional.ofNullable(provenance.get("start"));
  }

  Optional<Instant> findPublished() {
    return Optional.ofNullable(published);
  }

  /** The start's day as written, if a start was read. */
  Optional<java.time.LocalDate> findStartDay() {
    return Optional.ofNullable(start).map(time -> time.local().toLocalDate());
  }

  Optional<URI> findUrl() {
    return Optional.ofNullable(url);
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  RawEvent build() {
    return new RawEvent(
        sourceId,
        Optional.ofNullable(uid),
        title,
        description,
        Optional.ofNullable(url),
        Optional.ofNullable(start),
        Optional.ofNullable(end),
        Optional.ofNullable(location),
        Optional.ofNullable(joinUrl),
        attendance,
        status,
        types,
        Optional.ofNullable(language),
        Optional.ofNullable(organizer),
        Optional.ofNullable(free),
        Optional.ofNullable(price),
        Optional.ofNullable(published),
        provenance);
  }

  /** A one-line field, cleaned and cut to the limit: no title runs to megabytes. */
  private static String cleanShort(String value) {
    return DocumentLimits.clip(
        TextCleaner.clean(DocumentLimits.clip(value, DocumentLimits.MAX_RAW_FIELD)),
        DocumentLimits.MAX_SHORT_FIELD);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
