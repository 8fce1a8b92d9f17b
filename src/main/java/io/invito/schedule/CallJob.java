package io.invito.schedule;

import io.invito.pipeline.CallPlan;
import io.invito.pipeline.Pipeline;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.quartz.DisallowConcurrentExecution;

/**
 * Makes the day's call list each morning and stores it, so {@code invito calls} shows it. Running
 * it twice on a day (a missed fire, another node) finds the list already made and keeps it.
 */
@DisallowConcurrentExecution
final class CallJob extends PipelineJob {
  CallJob(Pipeline pipeline, Clock clock) {
    super("calls", pipeline, clock);
  }

  @Override
  String work() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), pipeline.config().owner().zone());
    List<CallPlan> calls = pipeline.calls(today);
    return today
        + ": "
        + calls.size()
        + " call(s): "
        + calls.stream().map(plan -> plan.contact().id()).toList();
  }
}
