package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    assertThat(root.getAppender("STDERR")).isInstanceOf(ConsoleLogging.Stderr.class);
    assertThat(context.getLogger("io.invito.pipeline.Pipeline").isInfoEnabled()).isFalse();
    assertThat(context.getLogger("io.invito.schedule.Daemon").isInfoEnabled()).isTrue();
    assertThat(context.getLogger("net.fortuna.ical4j.data").isWarnEnabled()).isFalse();
    assertThat(context.getLogger("org.quartz.core").isWarnEnabled()).isTrue();
    assertThat(context.getLogger("org.flywaydb.core").isInfoEnabled()).isFalse();
  }

  @Test
  void writesEachEventOnStandardErrorAsTheXmlsPatternDid() {
    LoggerContext context = new LoggerContext();
    ConsoleLogging.apply(context);
    PrintStream err = System.err;
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(written, true, StandardCharsets.UTF_8));
      context.getLogger("io.invito.pipeline.Pipeline").warn("source {} failed", "x");
      context.getLogger("io.invito.pipeline.Pipeline").info("not shown");
      context.getLogger("io.invito.schedule.Daemon").info("fetch fired");
    } finally {
      System.setErr(err);
    }

    assertThat(written.toString(StandardCharsets.UTF_8))
        .matches(
            "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  Pipeline - source x failed\\R"
                + "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  Daemon - fetch fired\\R");
  }
}
