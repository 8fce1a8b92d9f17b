/** Judges raw items: is it an event, what kind, how to attend; normalises and de-duplicates. */
package io.invito.event;
