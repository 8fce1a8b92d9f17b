-- On-demand events (recordings, video courses) have no start: they are kept with start_at NULL,
-- which no week's query (start_at >= ? AND start_at < ?) selects, so only the digest's "watch any
-- time" section and the on-demand matching see them. H2 and PostgreSQL both accept this form.
ALTER TABLE events ALTER COLUMN start_at DROP NOT NULL;
