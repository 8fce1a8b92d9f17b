package io.invito.desk;

import io.invito.config.ConfigException;
import io.invito.config.SelectorRules;
import io.invito.config.Source;
import io.invito.config.SourcesEntryWriter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A source's {@code selectors:} edited on the Sources page: the form shows what the source gives
 * with the rules typed (the code of {@code sources test}, with its {@code --suggest} proposal), and
 * "save" writes them into sources.yaml in place; invalid rules are named and nothing is written.
 */
final class SelectorsForm {
  private final Desk desk;

  SelectorsForm(Desk desk) {
    this.desk = desk;
  }

  void register(RoutesConfig routes) {
    routes.get("/sources/{id}/selectors", this::show);
    routes.post("/sources/{id}/selectors", this::submit);
  }

  private void show(Context ctx) {
    Source source = SourcesPage.configured(desk, ctx.pathParam("id"));
    Optional<SelectorRules> rules = source.selectors();
    render(ctx, source, SelectorFields.of(rules), SourcesPage.read(desk, source), Optional.empty());
  }

  private void submit(Context ctx) {
    Source source = SourcesPage.configured(desk, ctx.pathParam("id"));
    SelectorFields typed =
        new SelectorFields(
            SourcesPage.field(ctx, "item"),
            SourcesPage.field(ctx, "title"),
            SourcesPage.field(ctx, "date"),
            SourcesPage.field(ctx, "link"));
    SelectorRules rules;
    try {
      rules = SelectorRules.of(typed.item(), typed.title(), typed.date(), typed.link());
    } catch (ConfigException invalid) {
      ctx.status(HttpStatus.BAD_REQUEST);
      String why = desk.labels().get("sources.error.selectors", invalid.getMessage());
      render(ctx, source, typed, null, Optional.of(why));
      return;
    }
    if ("save".equals(ctx.formParam("action"))) {
      try {
        SourcesEntryWriter.setSelectors(desk.pipeline().config().directory(), source.id(), rules);
      } catch (ConfigException refused) {
        ctx.status(HttpStatus.BAD_REQUEST);
        render(ctx, source, typed, null, Optional.of(refused.getMessage()));
        return;
      }
      ctx.redirect("/sources?saved=" + source.id(), HttpStatus.SEE_OTHER);
      return;
    }
    SourcePreview preview = SourcesPage.read(desk, source.withSelectors(Optional.of(rules)));
    render(ctx, source, typed, preview, Optional.empty());
  }

  private void render(
      Context ctx,
      Source source,
      SelectorFields typed,
      SourcePreview preview,
      Optional<String> error) {
    Map<String, Object> model = new HashMap<>();
    model.put("id", source.id());
    model.put("url", source.url().toString());
    model.put("fields", typed);
    model.put("preview", Optional.ofNullable(preview));
    model.put("error", error);
    desk.render(ctx, "selectors.jte", "sources.selectors.title", model);
  }
}
