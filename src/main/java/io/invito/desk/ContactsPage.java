package io.invito.desk;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.contact.ContactsEditor;
import io.invito.contact.ContactsReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Contacts: search the owner's people and edit the cells invito reads (interests, languages, zone,
 * formality, channel, phone, opt-out) through {@code contacts edit}'s own editor, which changes
 * that one row of contacts.csv in place and refuses a value the reader would not read.
 */
final class ContactsPage implements DeskPage {
  @Override
  public Optional<NavEntry> nav() {
    return Optional.of(new NavEntry("/contacts", "nav.contacts"));
  }

  @Override
  public void register(RoutesConfig routes, Desk desk) {
    routes.get("/contacts", ctx -> list(ctx, desk));
    routes.get("/contacts/edit/{id}", ctx -> edit(ctx, desk, form(desk, ctx), "", 200));
    routes.post("/contacts/edit/{id}", ctx -> save(ctx, desk));
  }

  private static void list(Context ctx, Desk desk) {
    ContactsReader.ContactList read = read(desk);
    String query = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    desk.render(
        ctx,
        "contacts.jte",
        "nav.contacts",
        Map.of(
            "query", query,
            "contacts", ContactSearch.filter(read.contacts(), query),
            "total", read.contacts().size(),
            "problems", read.problems(),
            "saved", Optional.ofNullable(ctx.queryParam("saved")).orElse("")));
  }

  private static void save(Context ctx, Desk desk) {
    ContactForm form = form(desk, ctx);
    Map<String, String> submitted = new HashMap<>();
    ContactForm.FIELDS.forEach(
        field -> Optional.ofNullable(ctx.formParam(field)).ifPresent(v -> submitted.put(field, v)));
    Map<String, String> changes = form.changes(submitted);
    if (!changes.isEmpty()) {
      Config config = desk.pipeline().config();
      try {
        ContactsEditor.set(
            config.contactsFile(),
            form.id(),
            changes,
            config.owner().language(),
            config.owner().zone());
      } catch (ConfigException e) {
        // Nothing was written: the form comes back with what was typed and why it was refused.
        edit(ctx, desk, form.with(submitted), e.getMessage(), 422);
        return;
      }
    }
    ctx.redirect("/contacts?saved=" + form.id(), HttpStatus.SEE_OTHER);
  }

  private static void edit(Context ctx, Desk desk, ContactForm form, String error, int status) {
    ctx.status(status);
    desk.render(ctx, "contact.jte", "nav.contacts", Map.of("form", form, "error", error));
  }

  private static ContactForm form(Desk desk, Context ctx) {
    String id = ctx.pathParam("id");
    return read(desk).contacts().stream()
        .filter(contact -> contact.id().equals(id))
        .findFirst()
        .map(ContactForm::of)
        .orElseThrow(() -> new NotFoundResponse("no contact with id '" + id + "'"));
  }

  private static ContactsReader.ContactList read(Desk desk) {
    Config config = desk.pipeline().config();
    return ContactsReader.read(
        config.contactsFile(), config.owner().language(), config.owner().zone());
  }
}
