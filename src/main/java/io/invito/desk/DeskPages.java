package io.invito.desk;

import java.util.List;

/** The desk's pages, in the order the navigation shows them: the one list a new page joins. */
final class DeskPages {
  private DeskPages() {}

  static List<DeskPage> all() {
    return List.of(
        new WeekPage(),
        new DraftPage(),
        new SourcesPage(),
        new ContactsPage(),
        new ImportPage(),
        new HistoryPage());
  }
}
