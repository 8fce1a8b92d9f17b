/** Finds which contacts each upcoming event suits, and why. */
package io.invito.match;
