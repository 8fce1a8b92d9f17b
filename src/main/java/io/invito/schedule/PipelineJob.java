package io.invito.schedule;

import io.invito.pipeline.Pipeline;
import java.time.Clock;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scheduled job that runs one step of the pipeline. Each kind stays its own class because Quartz
 * stores jobs by class name (in the JDBC job store too), and each declares its own concurrency
 * rule.
 */
abstract class PipelineJob implements Job {
  // Logged under the concrete class, as each job logged before they shared this code.
  private final Logger log = LoggerFactory.getLogger(getClass());
  private final String name;
  final Pipeline pipeline;
  final Clock clock;

  PipelineJob(String name, Pipeline pipeline, Clock clock) {
    this.name = name;
    this.pipeline = pipeline;
    this.clock = clock;
  }

  @Override
  public void execute(JobExecutionContext context) {
    context.setResult(JobOutcome.of(log, name, this::work));
  }

  /** Does the job's work and says what it did in one line, for the log and {@code job_runs}. */
  abstract String work();
}
