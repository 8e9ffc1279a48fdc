-- The global log. seq_id is the global position: assigned under the append lock as head + 1, so it is gap-free
-- and in commit order (see Appending/PostgresAppender.cs). The hash chain links each row to the row at seq_id - 1.
CREATE TABLE {schema}.events (
    seq_id        bigint      NOT NULL PRIMARY KEY CHECK (seq_id > 0),
    id            uuid        NOT NULL,
    stream_id     text        NOT NULL,
    version       bigint      NOT NULL CHECK (version > 0),
    type          text        NOT NULL,
    data          jsonb       NOT NULL,
    metadata      jsonb       NOT NULL,
    recorded_at   timestamptz NOT NULL,
    previous_hash text        NOT NULL,
    hash          text        NOT NULL,
    CONSTRAINT events_id_unique UNIQUE (id),
    CONSTRAINT events_stream_version_unique UNIQUE (stream_id, version)
);

-- One row per stream: its current version is what optimistic concurrency checks against.
CREATE TABLE {schema}.streams (
    id      text        NOT NULL PRIMARY KEY,
    version bigint      NOT NULL CHECK (version > 0),
    created timestamptz NOT NULL,
    updated timestamptz NOT NULL
);
