package io.invito.desk;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.config.Source;
import io.invito.config.SourceIds;
import io.invito.config.SourceType;
import io.invito.config.SourcesEntryWriter;
import io.invito.config.SourcesFileWriter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Sources": the health of every source (as {@code sources status}), a source added by URL after a
 * preview of what it gives (the code of {@code sources test}), a page's selectors edited with the
 * same preview, and a source paused or resumed. Every change is an in-place edit of sources.yaml by
 * the config package's writers, the ones {@code sources add} uses; nothing is written until the
 * owner confirms, and nothing at all when the input is refused.
 */
final class SourcesPage implements DeskPage {
  @Override
  public Optional<NavEntry> nav() {
    return Optional.of(new NavEntry("/sources", "nav.sources"));
  }

  @Override
  public void register(RoutesConfig routes, Desk desk) {
    routes.get("/sources", ctx -> list(ctx, desk, Map.of()));
    routes.post("/sources/preview", ctx -> preview(ctx, desk));
    routes.post("/sources/add", ctx -> add(ctx, desk));
    routes.post("/sources/{id}/enabled", ctx -> enable(ctx, desk));
    new SelectorsForm(desk).register(routes);
  }

  private static void list(Context ctx, Desk desk, Map<String, Object> extra) {
    Map<String, Object> model = new HashMap<>();
    model.put("sheet", new SourceSheetReader(desk.pipeline(), desk.labels()).read());
    model.put("notice", notice(ctx, desk));
    model.put("error", Optional.empty());
    model.put("preview", Optional.empty());
    model.put("typed", "");
    model.put("proposedId", "");
    model.putAll(extra);
    desk.render(ctx, "sources.jte", "nav.sources", model);
  }

  /** What the last change did, from the redirect's query ({@code ?added=id}). */
  private static Optional<String> notice(Context ctx, Desk desk) {
    for (String done : List.of("added", "saved", "paused", "resumed")) {
      String id = ctx.queryParam(done);
      if (id != null) {
        return Optional.of(desk.labels().get("sources.done." + done, id));
      }
    }
    return Optional.empty();
  }

  private static void preview(Context ctx, Desk desk) {
    String typed = field(ctx, "url");
    Optional<URI> url = Source.httpUrl(typed);
    if (url.isEmpty()) {
      refuse(ctx, desk, typed, desk.labels().get("sources.error.url", typed), Optional.empty());
      return;
    }
    Config config = SourceSheetReader.current(desk.pipeline());
    SourcePreview preview = read(desk, SourcePreview.adHoc("preview", url.get(), SourceType.FEED));
    list(
        ctx,
        desk,
        Map.of(
            "typed", typed,
            "preview", Optional.of(preview),
            "proposedId", SourceIds.propose("", url.get(), ids(config))));
  }

  private static void add(Context ctx, Desk desk) {
    String typed = field(ctx, "url");
    String id = field(ctx, "id");
    Optional<URI> url = Source.httpUrl(typed);
    Config config = SourceSheetReader.current(desk.pipeline());
    Optional<String> refusal = Optional.empty();
    if (url.isEmpty()) {
      refusal = Optional.of(desk.labels().get("sources.error.url", typed));
    } else if (!SourceIds.valid(id)) {
      refusal = Optional.of(desk.labels().get("sources.error.id", id));
    } else if (ids(config).contains(id)) {
      refusal = Optional.of(desk.labels().get("sources.error.idTaken", id));
    } else if (config.sources().stream().anyMatch(s -> s.url().equals(url.get()))) {
      refusal = Optional.of(desk.labels().get("sources.error.known", typed));
    }
    if (refusal.isPresent()) {
      refuse(ctx, desk, typed, refusal.get(), Optional.empty());
      return;
    }
    SourceType type = type(field(ctx, "type"));
    Source source = SourcePreview.adHoc(id, url.get(), type);
    // Read it again as it will be added: a host the fetch settings refuse is not written.
    SourcePreview preview = read(desk, source);
    if (preview.error().isPresent()) {
      String why = desk.labels().get("sources.error.unread", typed, preview.error().get());
      refuse(ctx, desk, typed, why, Optional.of(preview));
      return;
    }
    try {
      SourcesFileWriter.append(config.directory(), config.sources(), List.of(source));
    } catch (ConfigException refused) {
      refuse(ctx, desk, typed, refused.getMessage(), Optional.of(preview));
      return;
    }
    ctx.redirect("/sources?added=" + id, HttpStatus.SEE_OTHER);
  }

  private static void enable(Context ctx, Desk desk) {
    Source source = configured(desk, ctx.pathParam("id"));
    boolean enabled = Boolean.parseBoolean(field(ctx, "enabled"));
    SourcesEntryWriter.setEnabled(
        desk.pipeline().config().directory(), source.id(), enabled); // ConfigException → 400
    ctx.redirect(
        "/sources?" + (enabled ? "resumed=" : "paused=") + source.id(), HttpStatus.SEE_OTHER);
  }

  private static void refuse(
      Context ctx, Desk desk, String typed, String why, Optional<SourcePreview> preview) {
    ctx.status(HttpStatus.BAD_REQUEST);
    list(ctx, desk, Map.of("typed", typed, "error", Optional.of(why), "preview", preview));
  }

  /** The source read now, as {@code sources test} reads it, with the selectors proposal. */
  static SourcePreview read(Desk desk, Source source) {
    return SourcePreview.of(
        desk.pipeline().tryUnsavedSource(source, true), desk.pipeline().config().owner().zone());
  }

  /** The source of that id in sources.yaml as it is now, else 404. */
  static Source configured(Desk desk, String id) {
    return SourceSheetReader.current(desk.pipeline())
        .findSource(id)
        .orElseThrow(() -> new NotFoundResponse(desk.labels().get("sources.error.noSuch", id)));
  }

  static String field(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value.strip();
  }

  private static Set<String> ids(Config config) {
    return config.sources().stream().map(Source::id).collect(Collectors.toSet());
  }

  private static SourceType type(String text) {
    try {
      return SourceType.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return SourceType.FEED; // the bytes decide the format; the type is only a hint
    }
  }
}
