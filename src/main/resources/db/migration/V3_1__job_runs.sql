-- What `invito status` shows for each scheduled job: one row per fire, written when the job starts
-- and completed when it ends, so a run cut short by a crash stays visible as never finished.
-- fire_id is Quartz's fire instance id, unique across the nodes of a cluster.
CREATE TABLE job_runs (
  fire_id CHARACTER VARYING(200) NOT NULL,
  job_name CHARACTER VARYING(200) NOT NULL,
  instance_id CHARACTER VARYING(200) NOT NULL,
  scheduled_at TIMESTAMP WITH TIME ZONE,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE,
  recovering BOOLEAN NOT NULL,
  outcome CHARACTER VARYING(20),
  message CHARACTER VARYING,
  CONSTRAINT job_runs_pk PRIMARY KEY (fire_id)
);
CREATE INDEX job_runs_job_started ON job_runs (job_name, started_at);
