package io.invito.schedule;

import io.invito.pipeline.Pipeline;
import java.time.Clock;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Builds jobs with their constructor arguments, so a job never looks up the pipeline itself. */
final class PipelineJobFactory implements JobFactory {
  private final Pipeline pipeline;
  private final Clock clock;

  PipelineJobFactory(Pipeline pipeline, Clock clock) {
    this.pipeline = pipeline;
    this.clock = clock;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<? extends Job> type = bundle.getJobDetail().getJobClass();
    if (type == FetchJob.class) {
      return new FetchJob(pipeline, clock);
    }
    if (type == DraftJob.class) {
      return new DraftJob(pipeline, clock);
    }
    if (type == DigestJob.class) {
      return new DigestJob(pipeline, clock);
    }
    if (type == CallJob.class) {
      return new CallJob(pipeline, clock);
    }
    throw new SchedulerException("no job of type " + type.getName() + " is known to invito");
  }
}
