package io.invito.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * invito's logging, set up in code rather than from a {@code logback.xml}: logs go to standard
 * error, so standard output stays for results; invito's own warnings, the scheduler's news, and
 * libraries only when something is wrong. Reading the XML cost every command, {@code --version}
 * aside, about a quarter of its start-up CPU (Logback's XML configurator loads some 300 classes and
 * a SAX parser). A {@code -Dlogback.configurationFile=FILE} or a {@code logback-test.xml} on the
 * class path (the tests') still configures Logback as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null
        || ConsoleLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    apply(context);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** What the {@code logback.xml} of earlier versions said, applied to the context. */
  static void apply(LoggerContext context) {
    Stderr stderr = new Stderr();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.start();
    context.getLogger("io.invito.schedule").setLevel(Level.INFO);
    context.getLogger("io.invito").setLevel(Level.WARN);
    context.getLogger("org.quartz").setLevel(Level.WARN);
    context.getLogger("org.flywaydb").setLevel(Level.WARN);
    context.getLogger("net.fortuna.ical4j").setLevel(Level.ERROR);
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
  }

  /**
   * Standard error, each event in {@value #PATTERN}. The pattern's encoder is made on the first
   * event, not at start: parsing the pattern loads some 200 classes, a tenth of a second of CPU in
   * every run that reaches Logback (Rome's and ical4j's loggers do, in every {@code extract} of
   * feeds or calendars), and most runs log nothing.
   */
  static final class Stderr extends AppenderBase<ILoggingEvent> {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";
    private PatternLayoutEncoder encoder;

    @Override
    protected void append(ILoggingEvent event) {
      // doAppend, which calls this, holds the appender's lock: one encoder, made once.
      if (encoder == null) {
        encoder = new PatternLayoutEncoder();
        encoder.setContext(getContext());
        encoder.setPattern(PATTERN);
        encoder.start();
      }
      byte[] line = encoder.encode(event);
      // System.err as it is now (a test or a caller may have replaced it), as ConsoleAppender did.
      System.err.write(line, 0, line.length);
      System.err.flush();
    }
  }
}
