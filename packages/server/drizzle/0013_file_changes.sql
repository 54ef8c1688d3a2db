CREATE TABLE "file_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "file_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"file_id" uuid,
	"xid" bigint NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "file_changes_horizon" (
	"id" integer PRIMARY KEY NOT NULL,
	"pruned_xid" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "file_changes_xid_idx" ON "file_changes" USING btree ("xid");--> statement-breakpoint
CREATE INDEX "file_changes_at_idx" ON "file_changes" USING btree ("at");--> statement-breakpoint
INSERT INTO "file_changes_horizon" ("id", "pruned_xid") VALUES (1, 0);
--> statement-breakpoint
-- Change log of the data a mass-generation preparation reads (docs/performance.md "Mass generation"). Statement-level
-- triggers append the touched debtor files with the writing transaction's id; with `set local raty.file_changes =
-- 'all'` (bulk jobs: the daily tick, seeding) a statement appends one row with file_id null (= every file) instead.
CREATE OR REPLACE FUNCTION file_changes_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO file_changes (file_id, xid, at) VALUES (NULL, pg_current_xact_id()::text::bigint, clock_timestamp());
  RETURN NULL;
END $$;
--> statement-breakpoint
-- transition table "changed" (and "changed_old" on UPDATE) with a column file_id
CREATE OR REPLACE FUNCTION file_changes_by_file() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE x bigint := pg_current_xact_id()::text::bigint; t timestamptz := clock_timestamp();
BEGIN
  IF current_setting('raty.file_changes', true) = 'all' THEN
    INSERT INTO file_changes (file_id, xid, at) VALUES (NULL, x, t);
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO file_changes (file_id, xid, at) SELECT f, x, t FROM (SELECT file_id FROM changed UNION SELECT file_id FROM changed_old) s(f);
  ELSE
    INSERT INTO file_changes (file_id, xid, at) SELECT DISTINCT file_id, x, t FROM changed;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- debtor_files: column id
CREATE OR REPLACE FUNCTION file_changes_by_file_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE x bigint := pg_current_xact_id()::text::bigint; t timestamptz := clock_timestamp();
BEGIN
  IF current_setting('raty.file_changes', true) = 'all' THEN
    INSERT INTO file_changes (file_id, xid, at) VALUES (NULL, x, t);
  ELSE
    INSERT INTO file_changes (file_id, xid, at) SELECT DISTINCT id, x, t FROM changed;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- column loan_id: the loans' files
CREATE OR REPLACE FUNCTION file_changes_by_loan() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE x bigint := pg_current_xact_id()::text::bigint; t timestamptz := clock_timestamp();
BEGIN
  IF current_setting('raty.file_changes', true) = 'all' THEN
    INSERT INTO file_changes (file_id, xid, at) VALUES (NULL, x, t);
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO file_changes (file_id, xid, at)
    SELECT DISTINCT l.file_id, x, t FROM loans l WHERE l.id IN (SELECT loan_id FROM changed UNION SELECT loan_id FROM changed_old);
  ELSE
    INSERT INTO file_changes (file_id, xid, at) SELECT DISTINCT l.file_id, x, t FROM loans l WHERE l.id IN (SELECT loan_id FROM changed);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- column party_id: the files the parties are on
CREATE OR REPLACE FUNCTION file_changes_by_party() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE x bigint := pg_current_xact_id()::text::bigint; t timestamptz := clock_timestamp();
BEGIN
  IF current_setting('raty.file_changes', true) = 'all' THEN
    INSERT INTO file_changes (file_id, xid, at) VALUES (NULL, x, t);
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO file_changes (file_id, xid, at)
    SELECT DISTINCT fp.file_id, x, t FROM file_parties fp WHERE fp.party_id IN (SELECT party_id FROM changed UNION SELECT party_id FROM changed_old);
  ELSE
    INSERT INTO file_changes (file_id, xid, at) SELECT DISTINCT fp.file_id, x, t FROM file_parties fp WHERE fp.party_id IN (SELECT party_id FROM changed);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- parties: column id
CREATE OR REPLACE FUNCTION file_changes_by_party_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE x bigint := pg_current_xact_id()::text::bigint; t timestamptz := clock_timestamp();
BEGIN
  IF current_setting('raty.file_changes', true) = 'all' THEN
    INSERT INTO file_changes (file_id, xid, at) VALUES (NULL, x, t);
  ELSE
    INSERT INTO file_changes (file_id, xid, at) SELECT DISTINCT fp.file_id, x, t FROM file_parties fp WHERE fp.party_id IN (SELECT id FROM changed);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- the triggers: one per table and event (a trigger with transition tables has one event), plus TRUNCATE (= every file)
DO $$
DECLARE
  t record;
  op text;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('debtor_files', 'file_changes_by_file_id', ARRAY['UPDATE', 'DELETE'], false),
    ('file_parties', 'file_changes_by_file', ARRAY['INSERT', 'UPDATE', 'DELETE'], true),
    ('loans', 'file_changes_by_file', ARRAY['INSERT', 'UPDATE', 'DELETE'], true),
    ('installments', 'file_changes_by_loan', ARRAY['INSERT', 'UPDATE', 'DELETE'], true),
    ('payments', 'file_changes_by_loan', ARRAY['INSERT', 'UPDATE', 'DELETE'], true),
    ('payment_allocations', 'file_changes_by_loan', ARRAY['INSERT', 'UPDATE', 'DELETE'], true),
    ('penalty_rates', 'file_changes_by_loan', ARRAY['INSERT', 'UPDATE', 'DELETE'], true),
    ('schedule_versions', 'file_changes_by_loan', ARRAY['INSERT', 'UPDATE', 'DELETE'], true),
    ('loan_balances', 'file_changes_by_loan', ARRAY['INSERT', 'UPDATE', 'DELETE'], true),
    ('parties', 'file_changes_by_party_id', ARRAY['UPDATE', 'DELETE'], false),
    ('contacts', 'file_changes_by_party', ARRAY['INSERT', 'UPDATE', 'DELETE'], true),
    ('addresses', 'file_changes_by_party', ARRAY['INSERT', 'UPDATE', 'DELETE'], true)
  ) AS x(tbl, fn, ops, old_on_update)
  LOOP
    FOREACH op IN ARRAY t.ops LOOP
      EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION %I()',
        t.tbl || '_file_changes_' || lower(left(op, 3)), op, t.tbl,
        CASE op WHEN 'INSERT' THEN 'NEW TABLE AS changed' WHEN 'DELETE' THEN 'OLD TABLE AS changed'
          ELSE CASE WHEN t.old_on_update THEN 'OLD TABLE AS changed_old NEW TABLE AS changed' ELSE 'NEW TABLE AS changed' END END,
        t.fn);
    END LOOP;
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all()', t.tbl || '_file_changes_tru', t.tbl);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE TRIGGER receivable_kinds_file_changes_upd AFTER UPDATE OR DELETE OR TRUNCATE ON receivable_kinds FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
