/** Writes a personal invitation draft per contact and event; never sends anything. */
package io.invito.draft;
