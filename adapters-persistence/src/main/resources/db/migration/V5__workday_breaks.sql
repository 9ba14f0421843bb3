-- Which day holds a break: every break id (finished or running) of every day, so a break is found
-- by its id with one indexed lookup instead of a scan of the tenant's day documents. The store
-- writes these rows in the same transaction as the day's document, on every insert and update, so
-- the two are never out of step. A break id belongs to one day for good (ids are never reused), so
-- break_id alone, after tenant_id, is the key.
--
-- The rows of days that exist already are filled in by the next migration, 5.1
-- (WorkdayBreaksBackfill, in Java): the break ids live only inside the JSON documents, and H2 has
-- no portable way to unnest a JSON array into rows (PostgreSQL's jsonb_array_elements has no H2
-- counterpart), so portable SQL cannot read them out.
--
-- An upgrade across this migration stops every server of an older version first: an older server
-- would write days without their rows here, and their breaks would not be found.
CREATE TABLE workday_breaks (
    tenant_id  UUID NOT NULL,
    break_id   UUID NOT NULL,
    workday_id UUID NOT NULL,
    CONSTRAINT pk_workday_breaks PRIMARY KEY (tenant_id, break_id),
    CONSTRAINT fk_workday_breaks_workday FOREIGN KEY (tenant_id, workday_id)
        REFERENCES workdays (tenant_id, id)
);

-- A day's rows are replaced whenever the day is written.
CREATE INDEX ix_workday_breaks_workday ON workday_breaks (tenant_id, workday_id);
