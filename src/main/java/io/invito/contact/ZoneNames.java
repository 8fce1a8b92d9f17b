package io.invito.contact;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a time zone as people write it in a contacts file: an IANA id in any letter case, or the
 * name of a city they are likely to know in Italian or English.
 */
final class ZoneNames {
  private static final Map<String, String> CITIES = new TreeMap<>();
  private static final Map<String, String> IANA_BY_LOWER_CASE = new TreeMap<>();

  static {
    city(
        "Europe/Rome",
        "milano",
        "milan",
        "roma",
        "rome",
        "torino",
        "turin",
        "napoli",
        "naples",
        "firenze",
        "florence",
        "bologna",
        "venezia",
        "venice",
        "genova",
        "genoa",
        "palermo",
        "bari",
        "verona",
        "padova",
        "padua",
        "trieste",
        "cagliari",
        "catania",
        "italia",
        "italy",
        // The provincial capitals people actually write, so a plain address book needs no IANA ids.
        "bergamo",
        "brescia",
        "como",
        "monza",
        "pavia",
        "varese",
        "lecco",
        "cremona",
        "mantova",
        "modena",
        "parma",
        "reggio emilia",
        "rimini",
        "ravenna",
        "ferrara",
        "forli",
        "piacenza",
        "vicenza",
        "treviso",
        "trento",
        "bolzano",
        "udine",
        "pordenone",
        "perugia",
        "ancona",
        "pescara",
        "pisa",
        "livorno",
        "lucca",
        "siena",
        "arezzo",
        "prato",
        "la spezia",
        "novara",
        "alessandria",
        "cuneo",
        "asti",
        "salerno",
        "caserta",
        "lecce",
        "taranto",
        "foggia",
        "messina",
        "siracusa",
        "reggio calabria",
        "cosenza",
        "sassari",
        "potenza",
        "campobasso",
        "l'aquila",
        "aosta",
        "san marino",
        "vaticano");
    city(
        "Europe/Zurich",
        "zurich",
        "zurigo",
        "zuerich",
        "lugano",
        "geneva",
        "ginevra",
        "bern",
        "berna",
        "basel",
        "basilea");
    city("Europe/London", "london", "londra");
    city("Europe/Dublin", "dublin", "dublino");
    city("Europe/Paris", "paris", "parigi", "lyon", "lione");
    city(
        "Europe/Berlin",
        "berlin",
        "berlino",
        "munich",
        "monaco di baviera",
        "frankfurt",
        "francoforte",
        "hamburg",
        "amburgo");
    city("Europe/Madrid", "madrid", "barcelona", "barcellona");
    city("Europe/Lisbon", "lisbon", "lisbona");
    city("Europe/Amsterdam", "amsterdam");
    city("Europe/Brussels", "brussels", "bruxelles");
    city("Europe/Vienna", "vienna", "wien");
    city("America/New_York", "new york", "nyc", "boston", "washington");
    city("America/Chicago", "chicago");
    city("America/Los_Angeles", "los angeles", "san francisco", "seattle");
    city("America/Toronto", "toronto");
    city("Asia/Dubai", "dubai");
    city("Asia/Singapore", "singapore");
    city("Asia/Tokyo", "tokyo");
    for (String id : ZoneId.getAvailableZoneIds()) {
      IANA_BY_LOWER_CASE.put(id.toLowerCase(Locale.ROOT), id);
    }
  }

  private ZoneNames() {}

  private static void city(String zone, String... names) {
    for (String name : names) {
      CITIES.put(name, zone);
    }
  }

  /** The zone a cell names, or empty when it names none. */
  static Optional<ZoneId> find(String text) {
    String key = fold(text);
    String city = CITIES.get(key);
    if (city != null) {
      return Optional.of(ZoneId.of(city));
    }
    String iana = IANA_BY_LOWER_CASE.get(text.strip().toLowerCase(Locale.ROOT));
    if (iana != null) {
      return Optional.of(ZoneId.of(iana));
    }
    try {
      // Offsets such as +01:00 and UTC are valid, if less helpful than a place (no DST rules).
      return Optional.of(ZoneId.of(text.strip()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
