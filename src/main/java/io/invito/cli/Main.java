package io.invito.cli;

import io.invito.config.ConfigException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code invito} command: finds events worth sharing and drafts the invitations. */
@Command(
    name = "invito",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Finds online seminars, webinars, workshops, courses and product presentations in the feeds,",
      "calendars and pages of config/, and drafts a personal invitation for the contacts each suits.",
      "It never sends anything."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:unexpected error", "2:bad input (config, arguments, files)"})
public final class Main extends CommandGroup {
  static final int BAD_INPUT = 2;
  static final int UNEXPECTED = 1;

  /**
   * The subcommands, in the order {@code invito --help} lists them. Not in {@code @Command}'s
   * {@code subcommands}: picocli would build every one's model by reflection on each start (a third
   * of a second, and their fields reach Jackson, the store and the desk) when a run needs one.
   */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          RunCommand.class,
          ServeCommand.class,
          DeskCommand.class,
          StatusCommand.class,
          DemoCommand.class,
          ExtractCommand.class,
          SourcesCommand.class,
          EventsCommand.class,
          DigestCommand.class,
          InvitesCommand.class,
          CallsCommand.class,
          DraftsCommand.class,
          ContactsCommand.class,
          MatchCommand.class,
          BackupCommand.class,
          RestoreCommand.class,
          CommandLine.HelpCommand.class);

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected error.")
  boolean stacktrace;

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // Answered before picocli builds the model of every command (reflection over all of them,
      // whose initialisers reach ical4j's zone provider and with it logging): what picocli would
      // print, in a quarter of the time.
      System.out.println(new Version().getVersion()[0]);
      System.exit(0);
    }
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this instead of main). */
  public static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /** Runs with the given output and error streams (tests read what a user would see). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine(args);
    commandLine.setOut(out);
    commandLine.setErr(err);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Each group's subcommands, in the order its {@code --help} lists them; built, as the top level's
   * are, only when the arguments name them ({@code sources list} builds {@code list} alone).
   */
  private static final Map<Class<?>, List<Class<?>>> GROUPS =
      Map.of(
          SourcesCommand.class,
          List.of(
              SourcesCommand.ListSources.class,
              SourcesCommand.SourcesStatus.class,
              SourcesAddCommand.class,
              SourcesImportCommand.class,
              SourcesExportCommand.class,
              SourcesTestCommand.class),
          EventsCommand.class,
          List.of(EventsCommand.ListEvents.class),
          InvitesCommand.class,
          List.of(
              InvitesCommand.ListInvites.class,
              InvitesCommand.MarkSent.class,
              InvitesCommand.Skip.class),
          CallsCommand.class,
          List.of(CallsCommand.Done.class),
          DraftsCommand.class,
          List.of(DraftsCommand.Push.class, DraftsCommand.Sync.class),
          ContactsCommand.class,
          List.of(
              ContactsCommand.Import.class,
              ContactsCommand.List.class,
              ContactsCommand.Edit.class,
              ContactsCommand.Remove.class));

  /** The command line for these arguments: the tree holds the subcommands they name, or all. */
  static CommandLine commandLine(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    // Added before the settings below, which picocli passes on only to subcommands already there.
    add(commandLine, SUBCOMMANDS, List.of(args));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(Main::handle);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          PrintWriter err = exception.getCommandLine().getErr();
          err.println("error: " + exception.getMessage());
          err.println(
              "(see '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
          return BAD_INPUT;
        });
    return commandLine;
  }

  /**
   * Adds to {@code parent} the one of {@code choices} the words name, with its own subcommands
   * chosen the same way from the words after it, or, when the words name none, every choice with
   * all of theirs.
   */
  private static void add(CommandLine parent, List<Class<?>> choices, List<String> words) {
    int at = named(words, choices);
    List<Class<?>> added = at < 0 ? choices : List.of(choiceOrNull(words.get(at), choices));
    for (Class<?> command : added) {
      parent.addSubcommand(command);
      List<Class<?>> nested = GROUPS.getOrDefault(command, List.of());
      if (!nested.isEmpty()) {
        CommandLine sub = parent.getSubcommands().get(command.getAnnotation(Command.class).name());
        add(sub, nested, at < 0 ? List.of() : words.subList(at + 1, words.size()));
      }
    }
  }

  /**
   * Where the words name one of the choices, when that one is all a run needs: the first word after
   * any {@code --stacktrace}; -1 otherwise. Everything else gets the whole tree, so that picocli
   * answers as it always did: no subcommand (usage), {@code --help} or {@code --version} before one
   * (the usage, the version), {@code help} (which lists or looks up the others), a word that names
   * none (an error with picocli's suggestions), an {@code @file} of arguments, {@code --}, an
   * unknown option.
   */
  private static int named(List<String> words, List<Class<?>> choices) {
    for (int at = 0; at < words.size(); at++) {
      if (words.get(at).equals("--stacktrace")) {
        continue;
      }
      return choiceOrNull(words.get(at), choices) != null ? at : -1;
    }
    return -1;
  }

  private static Class<?> choiceOrNull(String word, List<Class<?>> choices) {
    for (Class<?> choice : choices) {
      if (choice != CommandLine.HelpCommand.class
          && choice.getAnnotation(Command.class).name().equals(word)) {
        return choice;
      }
    }
    return null;
  }

  /** The one place an error becomes a message and an exit code. */
  private static int handle(
      Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean trace = asksForTrace(parseResult);
    if (exception instanceof ConfigException) {
      err.println("error: " + exception.getMessage());
      if (trace) {
        exception.printStackTrace(err);
      }
      return BAD_INPUT;
    }
    err.println("error: " + (exception.getMessage() == null ? exception : exception.getMessage()));
    if (trace) {
      exception.printStackTrace(err);
    } else {
      err.println("(run again with --stacktrace for details)");
    }
    return UNEXPECTED;
  }

  /**
   * Whether {@code --stacktrace} was given anywhere: before the subcommand ({@code invito
   * --stacktrace run}) or after it ({@code invito run --stacktrace}), where picocli records it on
   * the subcommand's parse result, not the top one.
   */
  private static boolean asksForTrace(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult at = parseResult; at != null; at = at.subcommand()) {
      if (at.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"invito " + (version == null ? "development" : version)};
    }
  }
}
