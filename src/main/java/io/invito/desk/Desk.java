package io.invito.desk;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.invito.digest.Labels;
import io.invito.pipeline.Pipeline;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every page works with: the pipeline (and through it the store), the owner's words, the
 * clock, and the templates, which the build compiled to classes (so a broken template fails the
 * build, and escaping HTML is their default).
 */
public final class Desk {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);

  private final Pipeline pipeline;
  private final Labels labels;
  private final Clock clock;
  private final List<DeskPage.NavEntry> nav;

  Desk(Pipeline pipeline, Clock clock, List<DeskPage> pages) {
    this.pipeline = pipeline;
    this.labels = Labels.of(pipeline.config().owner().language(), "digest", "desk");
    this.clock = clock;
    this.nav = pages.stream().flatMap(page -> page.nav().stream()).toList();
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public Labels labels() {
    return labels;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * Renders a template of {@code src/main/jte} into the response. Its parameters are the given ones
   * and {@code view}, the layout's: title (a label key), navigation, CSRF token.
   */
  public void render(
      Context ctx, String template, String titleKey, Map<String, Object> parameters) {
    Map<String, Object> all = new HashMap<>(parameters);
    all.put("view", view(ctx, labels.get(titleKey)));
    StringOutput output = new StringOutput();
    TEMPLATES.render(template, all, output);
    ctx.html(output.toString());
  }

  /** The layout's model for this request; the title is already in words. */
  public View view(Context ctx, String title) {
    Sessions.Session session = session(ctx);
    List<View.NavLink> links =
        nav.stream()
            .map(
                entry ->
                    new View.NavLink(
                        entry.path(),
                        labels.get(entry.labelKey()),
                        current(ctx.path(), entry.path())))
            .toList();
    return new View(labels, session.csrf(), links, title);
  }

  private static boolean current(String path, String entry) {
    return entry.equals("/") ? path.equals("/") : path.startsWith(entry);
  }

  private static Sessions.Session session(Context ctx) {
    return Optional.ofNullable(ctx.<Sessions.Session>attribute(Guard.SESSION))
        .orElseThrow(() -> new UnauthorizedResponse("no session"));
  }
}
