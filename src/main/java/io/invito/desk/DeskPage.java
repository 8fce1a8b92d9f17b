package io.invito.desk;

import io.javalin.config.RoutesConfig;
import java.util.Optional;

/**
 * One page of the desk: its routes, and its place in the navigation. A new page is a class that
 * implements this and one line in {@link DeskPages#all}; its templates go in {@code src/main/jte}.
 * A page renders what the pipeline and the store know and calls the pipeline for every action: it
 * holds no rule of its own.
 */
public interface DeskPage {
  /** Where the navigation links to this page; empty for a page reached from another one. */
  default Optional<NavEntry> nav() {
    return Optional.empty();
  }

  /** Adds the page's routes; every request reaching them already passed the {@link Guard}. */
  void register(RoutesConfig routes, Desk desk);

  /** Lets go of what the page holds between requests (an upload's file); the desk stops. */
  default void close() {}

  /**
   * An entry of the navigation.
   *
   * @param path where it leads, {@code /sources}
   * @param labelKey its words in the desk's labels, {@code nav.sources}
   */
  record NavEntry(String path, String labelKey) {}
}
