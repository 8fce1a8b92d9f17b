package io.invito.mail;

import java.nio.file.Path;

/** An e-mail draft to put in the Drafts folder: the invitation's id and its {@code .eml} file. */
public record OutgoingDraft(String invitationId, Path eml) {}
