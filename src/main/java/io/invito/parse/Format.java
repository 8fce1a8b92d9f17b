package io.invito.parse;

/** The formats invito reads, named as {@link Extraction#format()} names them. */
enum Format {
  RSS("rss"),
  ATOM("atom"),
  RDF("rdf"),
  ICS("ics"),
  HTML("html"),
  UNKNOWN("unknown");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  boolean feed() {
    return this == RSS || this == ATOM || this == RDF;
  }
}
