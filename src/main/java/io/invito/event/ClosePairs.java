package io.invito.event;

import io.invito.model.Event;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The pairs of events close enough in time to be copies of one event (within the deduplicator's
 * tolerance; a whole-day entry and anything on its date), found by sorting rather than by comparing
 * every pair: a page of thousands of events spread over months costs thousands of comparisons, not
 * millions.
 */
final class ClosePairs {
  /** Receives one pair of indices into the list, the smaller first. */
  interface Consumer {
    void accept(int first, int second);
  }

  private ClosePairs() {}

  static void forEach(List<Event> events, Duration tolerance, Consumer consumer) {
    long window = tolerance.toMillis();
    int[] timed =
        IntStream.range(0, events.size())
            .filter(index -> events.get(index).start().isPresent() && !events.get(index).allDay())
            .boxed()
            .sorted(Comparator.comparing(index -> events.get(index).requireStart().toInstant()))
            .mapToInt(Integer::intValue)
            .toArray();
    long[] at = new long[timed.length];
    for (int place = 0; place < timed.length; place++) {
      at[place] = events.get(timed[place]).requireStart().toInstant().toEpochMilli();
    }
    for (int place = 0; place < timed.length; place++) {
      for (int next = place + 1; next < timed.length && at[next] - at[place] <= window; next++) {
        emit(timed[place], timed[next], consumer);
      }
    }
    // A whole-day entry meets everything on its date, in whatever zone each was written.
    Map<LocalDate, List<Integer>> byDate = new HashMap<>();
    // A recording to watch any time has no date: it meets nothing here.
    for (int index = 0; index < events.size(); index++) {
      if (events.get(index).start().isPresent()) {
        byDate
            .computeIfAbsent(
                events.get(index).requireStart().toLocalDate(), date -> new ArrayList<>())
            .add(index);
      }
    }
    for (int index = 0; index < events.size(); index++) {
      if (!events.get(index).allDay() || events.get(index).start().isEmpty()) {
        continue;
      }
      for (int other : byDate.get(events.get(index).requireStart().toLocalDate())) {
        // Two whole-day entries are one pair, given once; a timed one only meets it from here.
        if (other != index && !(events.get(other).allDay() && other < index)) {
          emit(index, other, consumer);
        }
      }
    }
  }

  private static void emit(int one, int other, Consumer consumer) {
    consumer.accept(Math.min(one, other), Math.max(one, other));
  }
}
