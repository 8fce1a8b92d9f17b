/** Reads events out of the bytes of feeds, calendars and pages (Rome, Jsoup, ical4j). */
package io.invito.parse;
