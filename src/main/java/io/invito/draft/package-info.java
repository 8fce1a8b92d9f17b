/**
 * Writes a personal invitation draft per contact and event (an {@code .eml} e-mail with the event
 * attached as {@code .ics}, a LinkedIn note, a WhatsApp message, a call note); never sends.
 */
package io.invito.draft;
