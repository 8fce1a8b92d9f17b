package io.invito.store;

/** Another process has the embedded store open; the message names it by its process id. */
public final class StoreInUse extends StoreException {
  private static final long serialVersionUID = 1L;

  StoreInUse(String message) {
    super(message, null);
  }
}
