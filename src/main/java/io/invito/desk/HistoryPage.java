package io.invito.desk;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.Optional;

/** History: what was sent to whom and when, the calls made, and each contact's pause. */
final class HistoryPage implements DeskPage {
  @Override
  public Optional<NavEntry> nav() {
    return Optional.of(new NavEntry("/history", "nav.history"));
  }

  @Override
  public void register(RoutesConfig routes, Desk desk) {
    routes.get(
        "/history",
        ctx ->
            desk.render(
                ctx,
                "history.jte",
                "nav.history",
                Map.of("sheet", new HistoryReader(desk.pipeline()).read(desk.clock().instant()))));
  }
}
