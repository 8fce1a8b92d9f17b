package io.invito.desk;

import io.invito.model.Week;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** "This week": the week's opportunities by day, who each suits and why, and their drafts. */
final class WeekPage implements DeskPage {
  @Override
  public Optional<NavEntry> nav() {
    return Optional.of(new NavEntry("/", "nav.week"));
  }

  @Override
  public void register(RoutesConfig routes, Desk desk) {
    routes.get("/", ctx -> show(ctx, desk));
  }

  private static void show(Context ctx, Desk desk) {
    Week week = week(ctx, desk);
    WeekSheet sheet = new WeekSheetReader(desk.pipeline(), desk.labels()).read(week, Map.of());
    desk.render(ctx, "week.jte", "title.week", Map.of("sheet", sheet));
  }

  /** The week asked for ({@code ?week=2026-W50}), else the one the digest would show now. */
  static Week week(Context ctx, Desk desk) {
    String asked = ctx.queryParam("week");
    if (asked == null || asked.isBlank()) {
      return desk.pipeline().digestWeek(desk.clock().instant());
    }
    try {
      return Week.parse(asked);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("'" + asked + "' is not a week such as 2026-W50");
    }
  }
}
