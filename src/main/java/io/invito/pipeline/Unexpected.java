package io.invito.pipeline;

/**
 * The words for a failure nobody planned for, recorded on the one source, contact or event it hit
 * so the rest of the pass goes on. A {@link StackOverflowError} or {@link OutOfMemoryError} thrown
 * while one document is read unwinds that document's work only: its frames and objects are gone
 * once the error reaches here, so the other sources are read with the stack and heap they had.
 */
final class Unexpected {
  private Unexpected() {}

  /** One line saying what went wrong, never a stack trace. */
  static String describe(Throwable failure) {
    if (failure instanceof StackOverflowError) {
      return "its content nests too deeply to read (stack overflow)";
    }
    if (failure instanceof OutOfMemoryError) {
      return "its content needs more memory than is free (" + failure.getMessage() + ")";
    }
    String message = failure.getMessage();
    return failure.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + oneLine(message));
  }

  /** A message on one line: what a third-party library says may span several. */
  static String oneLine(String text) {
    String flat = text.replaceAll("[\\r\\n]+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
