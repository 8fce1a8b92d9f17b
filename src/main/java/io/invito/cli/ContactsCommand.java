package io.invito.cli;

import io.invito.config.Config;
import io.invito.config.ConfigException;
import io.invito.config.ConfigLoader;
import io.invito.contact.ContactImporter;
import io.invito.contact.ContactImporter.Format;
import io.invito.contact.ContactImporter.Report;
import io.invito.contact.ContactsEditor;
import io.invito.contact.ContactsReader;
import io.invito.contact.ContactsReader.ContactList;
import io.invito.contact.ImportMessages;
import io.invito.contact.ImportRefused;
import io.invito.match.InterestSuggester;
import io.invito.model.Contact;
import io.invito.store.Store;
import io.invito.store.StoreFile;
import io.invito.store.StoreInUse;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code invito contacts import|list}: brings people into the contacts file and shows them. */
@Command(
    name = "contacts",
    description = "Import contacts from LinkedIn, vCard or CSV exports, or list them.",
    mixinStandardHelpOptions = true)
public final class ContactsCommand extends CommandGroup {
  @Option(
      names = "--config",
      paramLabel = "DIR",
      defaultValue = "config",
      description = "The config folder (default: ${DEFAULT-VALUE}).",
      scope = picocli.CommandLine.ScopeType.INHERIT)
  Path configDir;

  Config config() {
    return ConfigLoader.load(configDir);
  }

  /** {@code invito contacts import FILE}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Add the people of an export to the contacts file; people already there by"
              + " e-mail or LinkedIn URL only get the cells that were empty.")
  static final class Import implements Callable<Integer> {
    @ParentCommand ContactsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Connections.csv, a .vcf file, or a CSV.")
    Path file;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "linkedin, vcard or csv (default: told from the content).")
    String format;

    @Option(
        names = "--map",
        paramLabel = "MAPPING",
        description =
            "For CSV: which column is which, e.g."
                + " \"Nome=first_name,Cognome=last_name,E-mail=email\".")
    String mapping = "";

    @Override
    public Integer call() {
      Config config = parent.config();
      InterestSuggester suggester = suggester(config);
      // The report is the owner's to read, in their language, as the desk shows it.
      ImportMessages messages = ImportMessages.of(config.owner().language());
      Report report;
      try {
        report =
            ContactImporter.importFile(
                new ContactImporter.Request(
                    file,
                    format(),
                    mapping,
                    config.owner().language(),
                    config.owner().zone(),
                    suggester::suggest),
                config.contactsFile());
      } catch (ImportRefused refused) {
        throw new ConfigException(messages.line(refused.finding()), refused);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          messages.text(
              "cli.counts",
              config.contactsFile().getFileName(),
              report.added(),
              report.updated(),
              report.unchanged()));
      if (!report.guessed().isEmpty()) {
        out.println(messages.text("cli.filledIn"));
        messages.guessed(report).forEach(line -> out.println("  " + line));
      }
      messages
          .problems(report)
          .forEach(
              problem ->
                  spec.commandLine().getErr().println(messages.text("cli.warning", problem)));
      out.flush();
      return 0;
    }

    /**
     * What interests are suggested from: the topics of the events in the store and the interests
     * the owner's contacts have. A store another process holds gives no topics; the import goes on.
     */
    private InterestSuggester suggester(Config config) {
      java.util.List<io.invito.model.Event> events = new java.util.ArrayList<>();
      // An import never creates a store: one that is not there yet has no topics to give.
      boolean noStoreYet =
          config.storeUrl().startsWith("jdbc:h2:file:")
              && !StoreFile.of(config.storeUrl()).exists();
      if (!noStoreYet) {
        try (Store store = Store.open(config.storeUrl())) {
          store.events().all().forEach(known -> events.add(known.event()));
        } catch (StoreInUse e) {
          spec.commandLine()
              .getErr()
              .println("note: " + e.getMessage() + "; interests are suggested without its topics");
        }
      }
      java.util.List<Contact> contacts =
          java.nio.file.Files.isRegularFile(config.contactsFile())
              ? ContactsReader.read(
                      config.contactsFile(), config.owner().language(), config.owner().zone())
                  .contacts()
              : java.util.List.of();
      return InterestSuggester.of(events, contacts);
    }

    private Optional<Format> format() {
      if (format == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(Format.valueOf(format.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--format: '" + format + "' is not one of linkedin, vcard, csv");
      }
    }
  }

  /** The contact an id or unique prefix names, among the ids the reader gives. */
  String resolve(Config config, String given) {
    ContactList list =
        ContactsReader.read(
            config.contactsFile(), config.owner().language(), config.owner().zone());
    return IdPrefix.resolve(given, list.contacts().stream().map(Contact::id).toList(), "contact");
  }

  /** {@code invito contacts edit ID --set key=value...}. */
  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description =
          "Change cells of one contact in place (phone written as E.164); the rest of the file"
              + " stays as it is.")
  static final class Edit implements Callable<Integer> {
    @ParentCommand ContactsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The contact's id, or a prefix only it has.")
    String id;

    @Option(
        names = "--set",
        paramLabel = "KEY=VALUE",
        required = true,
        description = "A column and its new value, e.g. --set languages=en --set phone=+44...")
    java.util.Map<String, String> values;

    @Override
    public Integer call() {
      Config config = parent.config();
      String resolved = parent.resolve(config, id);
      ContactsEditor.set(
          config.contactsFile(),
          resolved,
          values,
          config.owner().language(),
          config.owner().zone());
      spec.commandLine()
          .getOut()
          .println(resolved + ": " + values.keySet().stream().sorted().toList());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code invito contacts remove ID}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove one contact's row from the contacts file; the rest stays as it is.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand ContactsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The contact's id, or a prefix only it has.")
    String id;

    @Override
    public Integer call() {
      Config config = parent.config();
      String resolved = parent.resolve(config, id);
      ContactsEditor.remove(config.contactsFile(), resolved);
      spec.commandLine().getOut().println(resolved + ": removed");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code invito contacts list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Show the contacts as invito reads them, and any row it cannot use.")
  static final class List implements Callable<Integer> {
    @ParentCommand ContactsCommand parent;
    @Spec CommandSpec spec;
    @Mixin ListFormat format;

    @Override
    public Integer call() {
      Config config = parent.config();
      ContactList list =
          ContactsReader.read(
              config.contactsFile(), config.owner().language(), config.owner().zone());
      PrintWriter out = spec.commandLine().getOut();
      Listing listing =
          new Listing(
                  new OwnerTime(config.owner().zone()),
                  "ID",
                  "NAME",
                  "EMAIL",
                  "PHONE",
                  "LANG",
                  "ZONE",
                  "CHANNEL",
                  "INTERESTS")
              .footer(list.contacts().size() + " contacts");
      for (Contact contact : list.contacts()) {
        listing.row(
            contact.id(),
            contact.fullName(),
            contact.email(),
            contact.phone(),
            contact.languages().stream().map(language -> language.code()).toList(),
            contact.zone().toString(),
            contact.optOut() ? "opt-out" : contact.channel().name().toLowerCase(Locale.ROOT),
            contact.interests());
      }
      listing.print(out, format);
      list.problems()
          .forEach(problem -> spec.commandLine().getErr().println("warning: " + problem));
      out.flush();
      return 0;
    }
  }
}
