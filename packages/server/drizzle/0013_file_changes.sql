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
CREATE TRIGGER debtor_files_file_changes_upd AFTER UPDATE ON debtor_files REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_file_id();
--> statement-breakpoint
CREATE TRIGGER debtor_files_file_changes_del AFTER DELETE ON debtor_files REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_file_id();
--> statement-breakpoint
CREATE TRIGGER debtor_files_file_changes_tru AFTER TRUNCATE ON debtor_files FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER file_parties_file_changes_ins AFTER INSERT ON file_parties REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_file();
--> statement-breakpoint
CREATE TRIGGER file_parties_file_changes_upd AFTER UPDATE ON file_parties REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_file();
--> statement-breakpoint
CREATE TRIGGER file_parties_file_changes_del AFTER DELETE ON file_parties REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_file();
--> statement-breakpoint
CREATE TRIGGER file_parties_file_changes_tru AFTER TRUNCATE ON file_parties FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER loans_file_changes_ins AFTER INSERT ON loans REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_file();
--> statement-breakpoint
CREATE TRIGGER loans_file_changes_upd AFTER UPDATE ON loans REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_file();
--> statement-breakpoint
CREATE TRIGGER loans_file_changes_del AFTER DELETE ON loans REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_file();
--> statement-breakpoint
CREATE TRIGGER loans_file_changes_tru AFTER TRUNCATE ON loans FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER installments_file_changes_ins AFTER INSERT ON installments REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER installments_file_changes_upd AFTER UPDATE ON installments REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER installments_file_changes_del AFTER DELETE ON installments REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER installments_file_changes_tru AFTER TRUNCATE ON installments FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER payments_file_changes_ins AFTER INSERT ON payments REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER payments_file_changes_upd AFTER UPDATE ON payments REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER payments_file_changes_del AFTER DELETE ON payments REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER payments_file_changes_tru AFTER TRUNCATE ON payments FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER payment_allocations_file_changes_ins AFTER INSERT ON payment_allocations REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER payment_allocations_file_changes_upd AFTER UPDATE ON payment_allocations REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER payment_allocations_file_changes_del AFTER DELETE ON payment_allocations REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER payment_allocations_file_changes_tru AFTER TRUNCATE ON payment_allocations FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER penalty_rates_file_changes_ins AFTER INSERT ON penalty_rates REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER penalty_rates_file_changes_upd AFTER UPDATE ON penalty_rates REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER penalty_rates_file_changes_del AFTER DELETE ON penalty_rates REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER penalty_rates_file_changes_tru AFTER TRUNCATE ON penalty_rates FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER schedule_versions_file_changes_ins AFTER INSERT ON schedule_versions REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER schedule_versions_file_changes_upd AFTER UPDATE ON schedule_versions REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER schedule_versions_file_changes_del AFTER DELETE ON schedule_versions REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER schedule_versions_file_changes_tru AFTER TRUNCATE ON schedule_versions FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER loan_balances_file_changes_ins AFTER INSERT ON loan_balances REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER loan_balances_file_changes_upd AFTER UPDATE ON loan_balances REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER loan_balances_file_changes_del AFTER DELETE ON loan_balances REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_loan();
--> statement-breakpoint
CREATE TRIGGER loan_balances_file_changes_tru AFTER TRUNCATE ON loan_balances FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER parties_file_changes_upd AFTER UPDATE ON parties REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_party_id();
--> statement-breakpoint
CREATE TRIGGER parties_file_changes_del AFTER DELETE ON parties REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_party_id();
--> statement-breakpoint
CREATE TRIGGER parties_file_changes_tru AFTER TRUNCATE ON parties FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER contacts_file_changes_ins AFTER INSERT ON contacts REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_party();
--> statement-breakpoint
CREATE TRIGGER contacts_file_changes_upd AFTER UPDATE ON contacts REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_party();
--> statement-breakpoint
CREATE TRIGGER contacts_file_changes_del AFTER DELETE ON contacts REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_party();
--> statement-breakpoint
CREATE TRIGGER contacts_file_changes_tru AFTER TRUNCATE ON contacts FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER addresses_file_changes_ins AFTER INSERT ON addresses REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_party();
--> statement-breakpoint
CREATE TRIGGER addresses_file_changes_upd AFTER UPDATE ON addresses REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_party();
--> statement-breakpoint
CREATE TRIGGER addresses_file_changes_del AFTER DELETE ON addresses REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION file_changes_by_party();
--> statement-breakpoint
CREATE TRIGGER addresses_file_changes_tru AFTER TRUNCATE ON addresses FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
--> statement-breakpoint
CREATE TRIGGER receivable_kinds_file_changes_upd AFTER UPDATE OR DELETE OR TRUNCATE ON receivable_kinds FOR EACH STATEMENT EXECUTE FUNCTION file_changes_all();
