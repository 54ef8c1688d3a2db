CREATE TABLE "notice_totals" (
	"kind_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"reason" text NOT NULL,
	"send_status" text NOT NULL,
	"delivery_status" text,
	"settlement_status" text NOT NULL,
	"created_on" date NOT NULL,
	"sent_day" date,
	"created_by" uuid,
	"notices" bigint NOT NULL,
	"amount" numeric(17, 2) NOT NULL,
	CONSTRAINT "notice_totals_key" UNIQUE NULLS NOT DISTINCT("kind_id","channel","reason","send_status","delivery_status","settlement_status","created_on","sent_day","created_by")
);
--> statement-breakpoint
CREATE TABLE "notice_totals_delta" (
	"kind_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"reason" text NOT NULL,
	"send_status" text NOT NULL,
	"delivery_status" text,
	"settlement_status" text NOT NULL,
	"created_on" date NOT NULL,
	"sent_day" date,
	"created_by" uuid,
	"notices" bigint NOT NULL,
	"amount" numeric(17, 2) NOT NULL
);
--> statement-breakpoint
-- Registry totals rollup (docs/performance.md "Registry search"). Triggers APPEND signed deltas (lock-free for
-- concurrent writers); notice_totals_compact() folds them into notice_totals. Truth = notice_totals + notice_totals_delta.
CREATE OR REPLACE FUNCTION notice_totals_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO notice_totals_delta
  SELECT f.receivable_kind_id, c.channel, c.reason, c.send_status, c.delivery_status, c.settlement_status, c.created_on,
         (c.sent_at AT TIME ZONE 'Europe/Warsaw')::date, c.created_by, count(*), sum(c.total_amount)
  FROM new_rows c JOIN debtor_files f ON f.id = c.file_id
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION notice_totals_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO notice_totals_delta
  SELECT f.receivable_kind_id, c.channel, c.reason, c.send_status, c.delivery_status, c.settlement_status, c.created_on,
         (c.sent_at AT TIME ZONE 'Europe/Warsaw')::date, c.created_by, -count(*), -sum(c.total_amount)
  FROM old_rows c JOIN debtor_files f ON f.id = c.file_id
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- an UPDATE that changes no dimension nor the amount nets to zero and appends nothing
CREATE OR REPLACE FUNCTION notice_totals_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO notice_totals_delta
  SELECT d.kind_id, d.channel, d.reason, d.send_status, d.delivery_status, d.settlement_status, d.created_on, d.sent_day, d.created_by, sum(d.n), sum(d.a)
  FROM (
    SELECT f.receivable_kind_id AS kind_id, c.channel, c.reason, c.send_status, c.delivery_status, c.settlement_status, c.created_on,
           (c.sent_at AT TIME ZONE 'Europe/Warsaw')::date AS sent_day, c.created_by, 1 AS n, c.total_amount AS a
    FROM new_rows c JOIN debtor_files f ON f.id = c.file_id
    UNION ALL
    SELECT f.receivable_kind_id, o.channel, o.reason, o.send_status, o.delivery_status, o.settlement_status, o.created_on,
           (o.sent_at AT TIME ZONE 'Europe/Warsaw')::date, o.created_by, -1, -o.total_amount
    FROM old_rows o JOIN debtor_files f ON f.id = o.file_id
  ) d
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  HAVING sum(d.n) <> 0 OR sum(d.a) <> 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION notice_totals_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM notice_totals;
  DELETE FROM notice_totals_delta;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- a file moved to another receivable kind (no code path does it today): its notices move between kinds
CREATE OR REPLACE FUNCTION notice_totals_on_file_kind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO notice_totals_delta
  SELECT k.kind_id, c.channel, c.reason, c.send_status, c.delivery_status, c.settlement_status, c.created_on,
         (c.sent_at AT TIME ZONE 'Europe/Warsaw')::date, c.created_by, sum(k.sign), sum(k.sign * c.total_amount)
  FROM notices c CROSS JOIN (VALUES (OLD.receivable_kind_id, -1), (NEW.receivable_kind_id, 1)) AS k(kind_id, sign)
  WHERE c.file_id = NEW.id
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- folds the deltas into notice_totals (one runner at a time); returns the number of delta rows folded
CREATE OR REPLACE FUNCTION notice_totals_compact() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE folded bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('raty.notice_totals_compact'));
  WITH moved AS (DELETE FROM notice_totals_delta RETURNING *),
  agg AS (
    SELECT kind_id, channel, reason, send_status, delivery_status, settlement_status, created_on, sent_day, created_by,
           sum(notices) AS notices, sum(amount) AS amount, count(*) AS n
    FROM moved GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ),
  up AS (
    INSERT INTO notice_totals AS t (kind_id, channel, reason, send_status, delivery_status, settlement_status, created_on, sent_day, created_by, notices, amount)
    SELECT kind_id, channel, reason, send_status, delivery_status, settlement_status, created_on, sent_day, created_by, notices, amount
    FROM agg WHERE notices <> 0 OR amount <> 0
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ON CONFLICT ON CONSTRAINT notice_totals_key DO UPDATE SET notices = t.notices + excluded.notices, amount = t.amount + excluded.amount
    RETURNING 1
  )
  SELECT coalesce(sum(n), 0) INTO folded FROM agg;
  DELETE FROM notice_totals WHERE notices = 0 AND amount = 0;
  RETURN folded;
END $$;
--> statement-breakpoint
CREATE TRIGGER notices_totals_ins AFTER INSERT ON notices REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notice_totals_on_insert();
--> statement-breakpoint
CREATE TRIGGER notices_totals_upd AFTER UPDATE ON notices REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notice_totals_on_update();
--> statement-breakpoint
CREATE TRIGGER notices_totals_del AFTER DELETE ON notices REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notice_totals_on_delete();
--> statement-breakpoint
CREATE TRIGGER notices_totals_trunc AFTER TRUNCATE ON notices FOR EACH STATEMENT EXECUTE FUNCTION notice_totals_on_truncate();
--> statement-breakpoint
CREATE TRIGGER debtor_files_notice_totals AFTER UPDATE OF receivable_kind_id ON debtor_files FOR EACH ROW
  WHEN (OLD.receivable_kind_id IS DISTINCT FROM NEW.receivable_kind_id) EXECUTE FUNCTION notice_totals_on_file_kind();
--> statement-breakpoint
-- backfill from the notices present when the migration runs
INSERT INTO notice_totals (kind_id, channel, reason, send_status, delivery_status, settlement_status, created_on, sent_day, created_by, notices, amount)
SELECT f.receivable_kind_id, n.channel, n.reason, n.send_status, n.delivery_status, n.settlement_status, n.created_on,
       (n.sent_at AT TIME ZONE 'Europe/Warsaw')::date, n.created_by, count(*), sum(n.total_amount)
FROM notices n JOIN debtor_files f ON f.id = n.file_id
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
