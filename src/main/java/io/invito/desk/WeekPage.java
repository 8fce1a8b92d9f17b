package io.invito.desk;

import io.invito.model.Decision;
import io.invito.model.Week;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
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
    routes.post(
        "/suggestions/bulk",
        ctx -> {
          // One person's button names event, contact and decision; the bulk buttons name the
          // decision, and the ticked boxes the people.
          String one = ctx.formParam("one");
          if (one != null) {
            String[] parts = one.split("\\|", 3);
            if (parts.length != 3) {
              throw new BadRequestResponse("'" + one + "' is not event|contact|decision");
            }
            decide(desk, parts[0], parts[1], decision(parts[2]));
            ctx.redirect("/?week=" + week(ctx, desk) + "#event-" + parts[0], HttpStatus.SEE_OTHER);
            return;
          }
          Decision decision = decision(String.valueOf(ctx.formParam("decision")));
          for (String pick : ctx.formParams("pick")) {
            int bar = pick.indexOf('|');
            if (bar > 0) {
              decide(desk, pick.substring(0, bar), pick.substring(bar + 1), decision);
            }
          }
          ctx.redirect("/?week=" + week(ctx, desk), HttpStatus.SEE_OTHER);
        });
  }

  private static void show(Context ctx, Desk desk) {
    Week week = week(ctx, desk);
    WeekSheet sheet = new WeekSheetReader(desk.pipeline(), desk.labels()).read(week);
    desk.render(ctx, "week.jte", "title.week", Map.of("sheet", sheet));
  }

  private static void decide(Desk desk, String event, String contact, Decision decision) {
    if (event == null || contact == null || event.isBlank() || contact.isBlank()) {
      throw new BadRequestResponse("a decision names an event and a contact");
    }
    desk.pipeline().decide(event, contact, decision, desk.clock().instant());
  }

  private static Decision decision(String asked) {
    try {
      return Decision.valueOf(asked);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("'" + asked + "' is not a decision");
    }
  }

  /** The week asked for ({@code ?week=2026-W50}), else the one the digest would show now. */
  static Week week(Context ctx, Desk desk) {
    String asked =
        Optional.ofNullable(ctx.queryParam("week"))
            .orElseGet(() -> ctx.method().name().equals("POST") ? ctx.formParam("week") : null);
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
