-- A host that answers 5xx to request after request (without Retry-After) is paused as a whole, not
-- only the one source that asked: the streak is kept here so that it outlives the process, and the
-- pause itself goes to host_pauses like a Retry-After. A success deletes the host's row.
-- host is the fetcher's host:port key; written in the SQL that H2 2.x and PostgreSQL 15 share.
CREATE TABLE host_server_errors (
  host CHARACTER VARYING(300) NOT NULL,
  in_a_row INTEGER NOT NULL,
  last_error_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT host_server_errors_pk PRIMARY KEY (host)
);
