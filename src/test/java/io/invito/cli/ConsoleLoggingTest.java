package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The logging set up in code says what the removed logback.xml said. */
class ConsoleLoggingTest {
  @Test
  void logsWarningsToStandardErrorAndTheSchedulersNewsAndKeepsIcal4jQuiet() {
    LoggerContext context = new LoggerContext();
    ConsoleLogging.apply(context);

    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    assertThat(root.getAppender("STDERR"))
        .isInstanceOfSatisfying(
            ConsoleAppender.class,
            appender -> assertThat(appender.getTarget()).isEqualTo("System.err"));
    assertThat(context.getLogger("io.invito.pipeline.Pipeline").isInfoEnabled()).isFalse();
    assertThat(context.getLogger("io.invito.schedule.Daemon").isInfoEnabled()).isTrue();
    assertThat(context.getLogger("net.fortuna.ical4j.data").isWarnEnabled()).isFalse();
    assertThat(context.getLogger("org.quartz.core").isWarnEnabled()).isTrue();
    assertThat(context.getLogger("org.flywaydb.core").isInfoEnabled()).isFalse();
  }
}
