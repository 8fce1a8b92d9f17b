package io.invito.event;

/**
 * What notices say, Italian and English: an association's board and members' meetings, office
 * closures and holidays, deadlines and calls, newsletters, and what nobody outside can join. A
 * notice carries a date and often a place, so the date says nothing; these words do.
 */
final class NoticeVocabulary {
  private NoticeVocabulary() {}

  /** Titles that name a notice: weighed heavily, since a title says what the item is. */
  static final Vocabulary<String> IN_TITLE =
      Vocabulary.<String>builder()
          .add(
              NotEventRules.MEETING,
              "consiglio direttivo",
              "assemblea soci",
              "assemblea dei soci",
              "assemblea ordinaria",
              "assemblea straordinaria",
              "assemblea annuale dei soci",
              "assemblea di condominio",
              "assemblea condominiale",
              "comitato scientifico",
              "comitato direttivo",
              "comitato esecutivo",
              "riunione del comitato",
              "riunione del consiglio",
              "riunione di redazione",
              "riunione dello staff",
              "riunione del personale",
              "consiglio comunale",
              "consiglio di amministrazione",
              "giunta",
              "board meeting",
              "board of directors meeting",
              "annual general meeting",
              "extraordinary general meeting",
              "agm",
              "committee meeting",
              "all staff meeting",
              "all-staff meeting",
              "all hands",
              "staff meeting",
              "trustees meeting",
              "trustees' meeting",
              "council meeting",
              "members' meeting")
          .addPattern(NotEventRules.MEETING, "^convocazione\\b")
          .add(
              NotEventRules.CLOSURE,
              "chiusa per",
              "chiuso per",
              "chiusi per",
              "chiuse per",
              "chiusura estiva",
              "chiusura natalizia",
              "chiusura uffici",
              "chiusura degli uffici",
              "chiusura della sede",
              "chiusura per ferie",
              "variazione orari",
              "variazione orario",
              "variazione dell'orario",
              "orari di apertura",
              "orari festivi",
              "festivita",
              "office closed",
              "offices closed",
              "closed over",
              "closed for",
              "closure",
              "opening hours",
              "bank holiday",
              "planned maintenance",
              "scheduled maintenance",
              "private event",
              "venue closed")
          .addPattern(NotEventRules.CLOSURE, "^(?:festa|feste) d\\p{L}*\\s+\\p{L}+\\s*:\\s*orari")
          .add(
              NotEventRules.DEADLINE,
              "scadenza",
              "scadenze",
              "scade il",
              "ultimo giorno per",
              "termine per",
              "domande entro",
              "bando servizio civile",
              "deadline",
              "applications close",
              "nominations open")
          .add(NotEventRules.CALL, "call for abstract", "call for abstracts", "candidature aperte")
          .add(
              NotEventRules.NEWSLETTER,
              "newsletter",
              "notiziario",
              "bollettino",
              "this week in",
              "in this issue")
          .addPattern(NotEventRules.NEWSLETTER, "(?<![\\p{L}])(?:issue|numero|n\\.)\\s*#?\\d+")
          .add(
              NotEventRules.PRIVATE,
              "riservata al personale",
              "riservato al personale",
              "formazione interna",
              "invitation only",
              "by invitation",
              "su invito",
              "sciopero")
          .addPattern(
              NotEventRules.PRIVATE, "^oggi (?:compiamo|festeggiamo)\\b|\\bcompiamo \\d+ anni\\b")
          .build();

  /** The same kinds of notice in the body's words: weaker, a body may mention them in passing. */
  static final Vocabulary<String> IN_TEXT =
      Vocabulary.<String>builder()
          .add(
              NotEventRules.MEETING,
              "ordine del giorno",
              "prima convocazione",
              "seconda convocazione",
              "e convocato",
              "e convocata",
              "sono convocati",
              "e convocata l'assemblea",
              "sono ammesse deleghe",
              "deleghe",
              "approvazione del bilancio",
              "approvazione verbale",
              "rinnovo delle cariche",
              "varie ed eventuali",
              "i consiglieri",
              "notice is hereby given",
              "agenda and papers",
              "may vote",
              "apologies to",
              "minutes will be published",
              "councillors are summoned",
              "the trustees meet",
              "trustees will meet",
              "calendar invite",
              "for employees",
              "riservata ai soci",
              "riservato ai soci")
          .add(
              NotEventRules.CLOSURE,
              "restera chiusa",
              "restera chiuso",
              "rimarra chiusa",
              "rimarra chiuso",
              "rimarranno chiusi",
              "resteranno chiusi",
              "sara chiusa",
              "sara chiuso",
              "saranno chiusi",
              "chiusa al pubblico",
              "chiuso al pubblico",
              "riapertura",
              "riapriranno",
              "per ferie",
              "will be closed",
              "will close at",
              "is closed on",
              "reopen on",
              "normal hours resume",
              "will be unavailable",
              "sara aperto solo")
          .add(
              NotEventRules.DEADLINE,
              "termine per la presentazione",
              "scade il termine",
              "entro le ore",
              "must be filed",
              "applications for",
              "submit your application",
              "submit your proposal",
              "submit your talk",
              "nominate a",
              "deadline")
          .add(
              NotEventRules.NEWSLETTER,
              "in questo numero",
              "in this issue",
              "buona lettura",
              "our weekly newsletter",
              "our monthly newsletter",
              "welcome to our",
              "iscriviti alla nostra newsletter",
              "ricevi ogni mese",
              "one email a month",
              "unsubscribe",
              "cancellarti quando vuoi")
          .add(
              NotEventRules.PRIVATE,
              "non aperta al pubblico",
              "non aperto al pubblico",
              "not open to the public",
              "closed to the public",
              "private function",
              "by invitation only",
              "invitations have been sent",
              "riservata ai dipendenti",
              "riservato ai dipendenti",
              "corse garantite",
              "nasceva")
          .build();
}
