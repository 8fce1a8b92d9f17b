package io.invito.parse;

import java.time.LocalDate;

/**
 * A date found in text and where it was written: {@code from} and {@code to} are the offsets of its
 * first character and of the character after its last, so a search can go on after it and a range
 * ("dal 31 gennaio al 1 febbraio") can look for its end right there.
 */
record DateSpan(LocalDate date, int from, int to) {}
