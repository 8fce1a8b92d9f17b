package io.invito.desk;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.contact.ContactImporter;
import io.invito.contact.ContactImporter.Report;
import io.invito.contact.ImportMessages;
import io.invito.contact.ImportRefused;
import io.invito.match.InterestSuggester;
import io.invito.model.KnownEvent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Import a file of people by upload, as {@code contacts import} reads it (LinkedIn's
 * Connections.csv, a vCard, a CSV): first the report of what the import would do, with nothing
 * written; then a button that imports that file. If contacts.csv changed in between, the page says
 * so and shows the report again instead of importing.
 */
final class ImportPage implements DeskPage {
  private final Uploads uploads = new Uploads();

  @Override
  public void close() {
    uploads.close();
  }

  @Override
  public void register(RoutesConfig routes, Desk desk) {
    routes.get("/contacts/import", ctx -> show(ctx, desk, Map.of()));
    routes.post("/contacts/import", ctx -> preview(ctx, desk));
    routes.post("/contacts/import/confirm", ctx -> confirm(ctx, desk));
  }

  private void preview(Context ctx, Desk desk) {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0) {
      show(ctx, desk, Map.of("error", desk.labels().get("import.none")));
      return;
    }
    String id = uploads.keep(file.filename(), file.content());
    report(ctx, desk, id, mapping(ctx), false);
  }

  private void confirm(Context ctx, Desk desk) {
    String id = ctx.formParam("upload");
    Path upload = uploads.find(id).orElseThrow(() -> new BadRequestResponse("no such upload"));
    Config config = desk.pipeline().config();
    String mapping = mapping(ctx);
    if (!Uploads.fingerprint(config.contactsFile()).equals(ctx.formParam("contacts"))) {
      report(ctx, desk, id, mapping, true);
      return;
    }
    Report done = importUpload(desk, upload, mapping, true);
    uploads.forget(id);
    show(ctx, desk, Map.of("done", done, "fileName", upload.getFileName().toString()));
  }

  /** The preview: the report with nothing written, and the form that confirms it. */
  private void report(Context ctx, Desk desk, String id, String mapping, boolean changed) {
    Path upload = uploads.find(id).orElseThrow();
    Config config = desk.pipeline().config();
    Map<String, Object> model = new HashMap<>();
    model.put("fileName", upload.getFileName().toString());
    model.put("changed", changed);
    model.put("map", mapping);
    try {
      // The fingerprint is taken before the preview reads the file: a change during it shows.
      model.put("contacts", Uploads.fingerprint(config.contactsFile()));
      model.put("preview", importUpload(desk, upload, mapping, false));
      model.put("upload", id);
    } catch (ConfigException e) {
      uploads.forget(id);
      // A file or mapping the import cannot read is said in the page's language too.
      model.put(
          "error",
          e instanceof ImportRefused refused
              ? ImportMessages.of(desk.labels().language()).line(refused.finding())
              : e.getMessage());
    }
    show(ctx, desk, model);
  }

  /**
   * The column mapping typed for a CSV ({@code Nome=first_name,Cognome=last_name}, as {@code
   * contacts import --map} takes it); empty for a file whose format and headers speak for
   * themselves.
   */
  private static String mapping(Context ctx) {
    return Optional.ofNullable(ctx.formParam("map")).orElse("").strip();
  }

  /** {@code contacts import}'s own import of the upload, or its preview when not writing. */
  private static Report importUpload(Desk desk, Path upload, String mapping, boolean write) {
    Config config = desk.pipeline().config();
    InterestSuggester suggester =
        InterestSuggester.of(
            desk.pipeline().store().events().all().stream().map(KnownEvent::event).toList(),
            desk.pipeline().contacts());
    ContactImporter.Request request =
        ContactImporter.Request.of(upload)
            .forOwner(config.owner().language(), config.owner().zone())
            .suggesting(suggester::suggest);
    if (!mapping.isEmpty()) {
      request = request.as(ContactImporter.Format.CSV, mapping);
    }
    return write
        ? ContactImporter.importFile(request, config.contactsFile())
        : ContactImporter.preview(request, config.contactsFile());
  }

  private static void show(Context ctx, Desk desk, Map<String, Object> model) {
    Map<String, Object> all = new HashMap<>(model);
    all.putIfAbsent("error", "");
    all.putIfAbsent("fileName", "");
    all.putIfAbsent("changed", false);
    all.putIfAbsent("contacts", "");
    all.putIfAbsent("upload", "");
    all.putIfAbsent("map", "");
    all.putIfAbsent("preview", null);
    all.putIfAbsent("done", null);
    // The report's lines in the page's language, worded as contacts import prints them.
    all.put("messages", ImportMessages.of(desk.labels().language()));
    desk.render(ctx, "import.jte", "import.title", all);
  }
}
