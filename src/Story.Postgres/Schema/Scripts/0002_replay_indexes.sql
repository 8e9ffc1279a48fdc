-- Replaying a story as of a moment filters by recorded_at; audits and filtered subscriptions scan by type.
CREATE INDEX events_recorded_at ON {schema}.events (recorded_at);
CREATE INDEX events_type_seq_id ON {schema}.events (type, seq_id);
