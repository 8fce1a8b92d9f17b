package io.invito.model;

/** How to address a contact: Italian "tu" and first name, or "Lei" and title with surname. */
public enum Formality {
  INFORMAL,
  FORMAL
}
