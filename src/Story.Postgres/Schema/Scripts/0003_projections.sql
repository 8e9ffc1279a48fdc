-- Projections kept as read models by the async daemon (see Projections/ProjectionDaemon.cs).
-- One row per projection: every event up to and including `position` is reflected in its read-model tables, and
-- both are always written in the same transaction. A projection that fails on an event is 'stopped' there: it keeps
-- `position` at the event before, and names the event (`error_position`) and the failure (`error`).
CREATE TABLE {schema}.projection_states (
    name           text        NOT NULL PRIMARY KEY,
    position       bigint      NOT NULL DEFAULT 0 CHECK (position >= 0),
    status         text        NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'stopped', 'rebuilding')),
    error          text,
    error_position bigint,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- The story-state projection: the StoryState of Story.Projections, one row per claim, report and pending claim.
-- `position` on each row is the log position of the last event that changed it, so a rebuild writes exactly the rows
-- that incremental processing wrote.
CREATE TABLE {schema}.story_claims (
    claim_id text   NOT NULL PRIMARY KEY,
    story_id text   NOT NULL,
    state    jsonb  NOT NULL,
    position bigint NOT NULL
);
CREATE INDEX story_claims_story_id ON {schema}.story_claims (story_id);

CREATE TABLE {schema}.story_reports (
    report_id text   NOT NULL PRIMARY KEY,
    story_id  text   NOT NULL,
    summary   jsonb  NOT NULL,
    position  bigint NOT NULL
);

-- Disputes, corrections and retractions of claims no report has made yet (StoryState.Pending).
CREATE TABLE {schema}.story_pending (
    claim_id text   NOT NULL PRIMARY KEY,
    evidence jsonb  NOT NULL,
    position bigint NOT NULL
);

-- StoryState.LastPosition: the last story fact folded, which can be behind the checkpoint (events of other streams).
CREATE TABLE {schema}.story_state_head (
    singleton     boolean NOT NULL PRIMARY KEY DEFAULT true CHECK (singleton),
    last_position bigint  NOT NULL
);

-- The claim-audit projection: one ClaimAudit (every event that touched the claim, with its envelope) per claim.
CREATE TABLE {schema}.claim_audits (
    claim_id text   NOT NULL PRIMARY KEY,
    audit    jsonb  NOT NULL,
    position bigint NOT NULL
);
