-- The flag-server store: overrides with versions, and the audit log they add up to.

-- One row: the number of the last committed change. Every change updates it first, which orders the writers
-- of all replicas one after another and numbers the changes 1, 2, 3... without gaps.
CREATE TABLE flag_store (
    id          boolean PRIMARY KEY DEFAULT true CHECK (id),
    sequence    bigint NOT NULL,
    last_change timestamptz
);
INSERT INTO flag_store (id, sequence) VALUES (true, 0);

-- Every flag ever changed at run time: its version (the number of its last change) and its override,
-- the JSON as it was sent, or NULL after a reset.
CREATE TABLE flag_override (
    flag     text PRIMARY KEY,
    version  bigint NOT NULL,
    override json
);

-- The audit log: one row per committed change, written in the change's transaction.
CREATE TABLE flag_audit (
    sequence   bigint PRIMARY KEY,
    time       timestamptz NOT NULL,
    actor      text NOT NULL,
    flag       text NOT NULL,
    action     text NOT NULL CHECK (action IN ('override', 'reset')),
    before     json,
    after      json,
    request_id text,
    client     text
);
CREATE INDEX flag_audit_by_flag ON flag_audit (flag, sequence DESC);

-- Append-only: a record once written is never changed or removed, whoever asks.
CREATE FUNCTION flag_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'flag_audit is append-only: % is not allowed', TG_OP;
END
$$;
CREATE TRIGGER flag_audit_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON flag_audit
    FOR EACH STATEMENT EXECUTE FUNCTION flag_audit_is_append_only();
