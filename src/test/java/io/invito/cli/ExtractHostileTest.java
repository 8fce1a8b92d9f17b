package io.invito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.invito.testing.HostileDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invito extract} on a calendar that used to print a raw StackOverflowError trace. */
class ExtractHostileTest {
  @TempDir Path dir;

  @Test
  void readsTheEventsAroundFiveThousandNestedAlarmsWithoutATrace() throws IOException {
    Path calendar = dir.resolve("alarms.ics");
    Files.writeString(calendar, HostileDocuments.nestedAlarms(5_000, LocalDate.of(2026, 12, 3)));

    CliRun result = CliRun.invito("extract", calendar.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("before the trap").contains("after the trap");
    assertThat(result.err()).doesNotContain("StackOverflowError").doesNotContain("\tat ");
  }
}
