package io.invito.draft;

import io.invito.config.Owner;
import io.invito.model.Channel;
import io.invito.model.Contact;
import io.invito.model.KnownEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The bytes of a draft as the owner rewrote it on the desk: a note is the text itself; an e-mail is
 * the same message made again around the new subject and text (its HTML part from the text, the
 * calendar attached, the Date it had), so a mail client opens what the owner wrote and nothing
 * else.
 */
public final class OwnerEdit {
  private OwnerEdit() {}

  /**
   * @param before the draft's bytes now, whose Date an e-mail keeps
   * @param subject the e-mail's subject (ignored for notes)
   * @param at when the edit is made, the Date of an e-mail whose earlier one cannot be read
   */
  public static byte[] bytes(
      Channel channel,
      String invitationId,
      byte[] before,
      Optional<String> subject,
      String text,
      KnownEvent known,
      Contact contact,
      Owner owner,
      Instant at) {
    // Browsers send CRLF from a textarea; the drafts keep the text's own newlines.
    String body = text.replace("\r\n", "\n");
    if (channel != Channel.EMAIL) {
      return body.getBytes(StandardCharsets.UTF_8);
    }
    EmailRenderer renderer = new EmailRenderer(owner);
    String date = EmailRenderer.dateOf(before).orElseGet(() -> renderer.date(at));
    String rendered = "Subject: " + Texts.oneLine(subject.orElse("")) + "\n\n" + body;
    return renderer.render(rendered, known, contact, invitationId, date);
  }

  /** The hash the store keeps of a draft's bytes. */
  public static String hash(byte[] bytes) {
    return InvitationWriter.sha256(bytes);
  }
}
