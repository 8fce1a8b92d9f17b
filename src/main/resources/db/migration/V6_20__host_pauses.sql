-- A host that asked us to wait (429 or 503 with Retry-After) is left alone until then by every
-- process that shares the store: the next `invito run`, `serve`, and the other nodes of a cluster.
-- The pause used to live in one process's memory and was forgotten when it ended.
-- host is the fetcher's host:port key; Written in the SQL that H2 2.x and PostgreSQL 15 share.
CREATE TABLE host_pauses (
  host CHARACTER VARYING(300) NOT NULL,
  paused_until TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT host_pauses_pk PRIMARY KEY (host)
);
