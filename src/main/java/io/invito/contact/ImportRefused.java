package io.invito.contact;

import io.invito.config.ConfigException;

/**
 * An export or a mapping the import cannot read at all, as a {@link ConfigException} (exit 2, no
 * stack trace) whose message is the English wording, and with the finding itself, so the CLI and
 * the desk can say it in the owner's language through {@link ImportMessages}.
 */
public final class ImportRefused extends ConfigException {
  private static final long serialVersionUID = 1L;

  private final transient ImportFinding finding;

  ImportRefused(ImportFinding finding) {
    this(finding, null);
  }

  ImportRefused(ImportFinding finding, Throwable cause) {
    super(ImportMessages.of(io.invito.config.Language.EN).line(finding), cause);
    this.finding = finding;
  }

  static ImportRefused of(String file, ImportFinding.Kind kind, Object... values) {
    return new ImportRefused(ImportFinding.of(file, 0, kind, values));
  }

  /** A refusal of the whole file because a library could not read it, naming what it said. */
  static ImportRefused because(Exception cause, String file, ImportFinding.Kind kind) {
    return new ImportRefused(ImportFinding.of(file, 0, kind, cause.getMessage()), cause);
  }

  public ImportFinding finding() {
    return finding;
  }
}
