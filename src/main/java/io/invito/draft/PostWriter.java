package io.invito.draft;

import io.invito.config.Language;
import io.invito.config.Owner;
import io.invito.model.Event;
import io.invito.model.Formality;
import io.invito.model.Week;
import io.invito.model.WeekPost;
import io.invito.output.AtomicFile;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the week's public post beside the digest, in the owner's language: {@code
 * digest/<week>.post.txt}, the LinkedIn text ready to paste, and {@code digest/<week>.post.md},
 * that text and the short form for other networks with their lengths. The wording around the events
 * is the owner's, from {@code templates/<language>/post.txt} and {@code post.short.txt}; each event
 * gets its title, when and how, one line on why it is worth it, and its link. Contacts are never
 * named: the post is public.
 */
public final class PostWriter {
  /** LinkedIn cuts a post at 3,000 characters. */
  public static final int LINKEDIN_LIMIT = 3000;

  /** Mastodon's default and Threads' limit; X's 280 would leave no room for the links. */
  public static final int SHORT_LIMIT = 500;

  /** A title longer than this reads as a paragraph in a list; it is cut at a word. */
  private static final int LONGEST_TITLE = 160;

  private static final int SHORTEST_TITLE = 40;

  private final TemplateSet templates;
  private final Owner owner;
  private final Path outputDir;

  /**
   * One event of the post.
   *
   * @param topic the audience's interest it meets, in the owner's words when an owner's-language
   *     contact has it; empty when none does
   */
  public record Item(Event event, Optional<String> topic) {}

  public PostWriter(TemplateSet templates, Owner owner, Path outputDir) {
    this.templates = templates;
    this.owner = owner;
    this.outputDir = outputDir;
  }

  /**
   * Renders and writes the post of the items, best first; items that would take the LinkedIn text
   * past its limit are left out from the last. Returns the post with the events it names.
   */
  public WeekPost write(Week week, List<Item> items) {
    Language language = owner.language();
    Wording wording = Wording.of(language);
    List<Item> kept = new ArrayList<>(items);
    // Dropped from the least useful; shown in the order they happen, as a week is read.
    String linkedin = linkedin(wording, week, inOrder(kept), LONGEST_TITLE);
    while (linkedin.length() > LINKEDIN_LIMIT && kept.size() > 1) {
      kept.remove(kept.size() - 1);
      linkedin = linkedin(wording, week, inOrder(kept), LONGEST_TITLE);
    }
    if (linkedin.length() > LINKEDIN_LIMIT) {
      linkedin = linkedin(wording, week, inOrder(kept), SHORTEST_TITLE);
    }
    String shortForm = shortForm(wording, week, inOrder(kept));
    Path folder = Path.of("digest");
    Path text = folder.resolve(week + ".post.txt");
    Path markdown = folder.resolve(week + ".post.md");
    WeekPost post =
        new WeekPost(
            week,
            inOrder(kept).stream().map(item -> item.event().id()).toList(),
            linkedin,
            shortForm,
            markdown,
            text);
    AtomicFile.write(outputDir.resolve(text), linkedin);
    AtomicFile.write(outputDir.resolve(markdown), page(post));
    return post;
  }

  private String linkedin(Wording wording, Week week, List<Item> items, int titleLength) {
    List<String> blocks = new ArrayList<>();
    for (int index = 0; index < items.size(); index++) {
      int place = index;
      Event event = items.get(index).event();
      ZonedDateTime start = event.requireStart().withZoneSameInstant(owner.zone());
      List<String> facts = new ArrayList<>();
      facts.add(Texts.capitalize(wording.when(start, event.allDay(), false)));
      String format = wording.format(event);
      if (!format.isEmpty()) {
        facts.add(format);
      }
      String price = wording.price(event);
      if (!price.isEmpty()) {
        facts.add(price);
      }
      String why =
          items
              .get(index)
              .topic()
              .map(topic -> rotate(wording.worthIt(topic), place))
              .orElseGet(() -> rotate(wording.worthIt(event), place));
      blocks.add(
          "▸ "
              + title(event, titleLength)
              + "\n"
              + String.join(" · ", facts)
              + "\n"
              + why
              + "\n"
              + "→ "
              + Wording.link(event));
    }
    return render("post", week, wording, String.join("\n\n", blocks));
  }

  /** One line per event, titles shortened and events dropped from the last until it fits. */
  private String shortForm(Wording wording, Week week, List<Item> items) {
    String text = "";
    for (int count = items.size(); count >= 1; count--) {
      for (int titleLength : new int[] {80, 60, SHORTEST_TITLE}) {
        List<String> lines = new ArrayList<>();
        for (Item item : items.subList(0, count)) {
          Event event = item.event();
          ZonedDateTime start = event.requireStart().withZoneSameInstant(owner.zone());
          lines.add(
              "▸ "
                  + title(event, titleLength)
                  + " ("
                  + wording.shortWhen(start, event.allDay())
                  + ") "
                  + Wording.link(event));
        }
        text = render("post.short", week, wording, String.join("\n", lines));
        if (text.length() <= SHORT_LIMIT) {
          return text;
        }
      }
    }
    return text;
  }

  private String render(String template, Week week, Wording wording, String events) {
    Map<String, String> values = new HashMap<>();
    values.put("week", wording.week(week.monday()));
    values.put("events", events);
    values.put("ownerName", Texts.oneLine(owner.name()));
    return templates.require(owner.language(), template, Formality.INFORMAL).render(values);
  }

  private static List<Item> inOrder(List<Item> items) {
    return items.stream()
        .sorted(
            Comparator.comparing((Item item) -> item.event().requireStart().toInstant())
                .thenComparing(item -> item.event().id()))
        .toList();
  }

  /**
   * A title cut at a word, without a dangling "e", "di", "and" or "of" before the ellipsis:
   * "welfare aziendale…", not "welfare aziendale e…".
   */
  static String title(Event event, int length) {
    String cut = Texts.atWord(Texts.oneLine(event.title()), length);
    if (!cut.endsWith("…")) {
      return cut;
    }
    String text = cut.substring(0, cut.length() - 1);
    int space = text.lastIndexOf(' ');
    while (space > 0 && DANGLING.contains(text.substring(space + 1))) {
      text = text.substring(0, space).stripTrailing();
      space = text.lastIndexOf(' ');
    }
    while (!text.isEmpty() && ",;:–—-".indexOf(text.charAt(text.length() - 1)) >= 0) {
      text = text.substring(0, text.length() - 1).stripTrailing();
    }
    return text + "…";
  }

  private static final Set<String> DANGLING =
      Set.of(
          "e", "ed", "o", "di", "del", "della", "dei", "delle", "per", "con", "su", "a", "ad", "in",
          "da", "il", "lo", "la", "i", "gli", "le", "un", "una", "and", "or", "of", "for", "with",
          "to", "on", "the", "an", "at", "by");

  private static String rotate(List<String> phrasings, int index) {
    return phrasings.get(index % phrasings.size());
  }

  /** The page to read: both forms in code blocks, so nothing in them is taken for Markdown. */
  private String page(WeekPost post) {
    boolean italian = owner.language() == Language.IT;
    NumberFormat numbers = NumberFormat.getIntegerInstance(owner.language().locale());
    StringBuilder out = new StringBuilder();
    out.append(italian ? "# Post della settimana " : "# The week's post, ")
        .append(post.week())
        .append("\n\n");
    out.append("## LinkedIn\n\n")
        .append(
            (italian
                    ? "%s caratteri su %s; lo stesso testo, da incollare, è in `%s`."
                    : "%s characters of %s; the same text, ready to paste, is in `%s`.")
                .formatted(
                    numbers.format(post.linkedin().length()),
                    numbers.format(LINKEDIN_LIMIT),
                    post.text().getFileName()))
        .append("\n\n");
    fenced(out, post.linkedin());
    out.append(italian ? "## Versione breve\n\n" : "## Short form\n\n")
        .append(
            (italian
                    ? "Per Mastodon, Threads e simili: %s caratteri su %s."
                    : "For Mastodon, Threads and the like: %s characters of %s.")
                .formatted(numbers.format(post.shortForm().length()), numbers.format(SHORT_LIMIT)))
        .append("\n\n");
    fenced(out, post.shortForm());
    return out.toString().strip() + "\n";
  }

  /** A fence longer than any run of backticks in the text, so a title cannot close it. */
  private static void fenced(StringBuilder out, String text) {
    int longest = 0;
    int run = 0;
    for (char character : text.toCharArray()) {
      run = character == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    out.append(fence)
        .append("text\n")
        .append(text.strip())
        .append('\n')
        .append(fence)
        .append("\n\n");
  }
}
