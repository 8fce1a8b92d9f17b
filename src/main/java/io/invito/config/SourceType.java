package io.invito.config;

/** What a source's URL serves, and so which parser reads it. */
public enum SourceType {
  FEED,
  ICS,
  PAGE
}
