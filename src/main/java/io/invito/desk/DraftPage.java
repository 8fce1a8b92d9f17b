package io.invito.desk;

import io.invito.mail.LeftDraft;
import io.invito.mail.MailException;
import io.invito.mail.PushReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A draft: its text per channel as the contact will read it, editable in place (each save a new
 * revision, the earlier text kept), and the actions that send it as written, put it in the
 * mailbox's Drafts, mark it sent or skip it; after the event changed under an edit, the difference
 * with invito's new text and a button that takes it. Every action is a form that works without
 * JavaScript.
 */
final class DraftPage implements DeskPage {
  @Override
  public void register(RoutesConfig routes, Desk desk) {
    routes.get("/drafts/{id}", ctx -> show(ctx, desk));
    routes.post(
        "/drafts/{id}/edit",
        ctx -> {
          String text = Optional.ofNullable(ctx.formParam("text")).orElse("");
          if (text.isBlank()) {
            throw new BadRequestResponse("a draft cannot be saved empty");
          }
          desk.pipeline()
              .editDraft(
                  id(ctx),
                  Optional.ofNullable(ctx.formParam("subject")),
                  text,
                  desk.clock().instant());
          back(ctx, "saved");
        });
    routes.post(
        "/drafts/{id}/take",
        ctx -> {
          desk.pipeline().takeRewrite(id(ctx), desk.clock().instant());
          back(ctx, "taken");
        });
    routes.post(
        "/drafts/{id}/sent",
        ctx -> {
          desk.pipeline().store().invitations().markSent(id(ctx), desk.clock().instant());
          back(ctx, "sent");
        });
    routes.post(
        "/drafts/{id}/skip",
        ctx -> {
          desk.pipeline().store().invitations().skip(id(ctx));
          back(ctx, "skipped");
        });
    routes.post(
        "/drafts/{id}/push",
        ctx -> {
          // The same pass as `invito drafts push`: every e-mail waiting, this one among them. Its
          // report is the answer (a second push changes nothing, so a reload does no harm); a
          // mailbox that cannot be used is said on the page, in the desk's words, not as a bare
          // error, so that the draft stays in front of the owner.
          PushOutcome outcome;
          try {
            PushReport report = desk.pipeline().pushDrafts(desk.clock().instant());
            List<String> left = report.left().stream().map(LeftDraft::invitationId).toList();
            outcome = PushOutcome.of(report, new DraftSheetReader(desk.pipeline()).names(left));
          } catch (MailException unusable) {
            ctx.status(HttpStatus.BAD_GATEWAY);
            outcome = PushOutcome.failed(unusable.getMessage());
          }
          render(ctx, desk, "", outcome);
        });
  }

  private static void show(Context ctx, Desk desk) {
    String notice = Optional.ofNullable(ctx.queryParam("done")).orElse("");
    render(
        ctx,
        desk,
        notice.matches("saved|taken|sent|skipped") ? "notice." + notice : "",
        PushOutcome.NONE);
  }

  private static void render(Context ctx, Desk desk, String notice, PushOutcome push) {
    DraftSheet sheet = new DraftSheetReader(desk.pipeline()).read(id(ctx));
    desk.render(
        ctx, "draft.jte", "title.draft", Map.of("draft", sheet, "notice", notice, "push", push));
  }

  private static String id(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f]{1,64}")) {
      throw new BadRequestResponse("'" + id + "' is not a draft id");
    }
    return id;
  }

  /** Back to the draft's page, saying what was done (the browser's address stays a GET). */
  private static void back(Context ctx, String done) {
    ctx.redirect("/drafts/" + id(ctx) + "?done=" + done, HttpStatus.SEE_OTHER);
  }
}
