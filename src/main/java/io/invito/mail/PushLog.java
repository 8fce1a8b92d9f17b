package io.invito.mail;

import io.invito.model.PushedDraft;
import java.util.Map;

/**
 * What earlier pushes put in the mailbox, and where each push is recorded as soon as it is done,
 * one draft at a time, so a push killed half-way is taken up where it stopped.
 */
public interface PushLog {
  /** Every draft pushed before, by invitation id. */
  Map<String, PushedDraft> pushed();

  /** Records what is now in the mailbox for one draft. */
  void record(PushedDraft draft);
}
