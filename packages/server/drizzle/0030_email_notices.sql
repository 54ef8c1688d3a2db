-- Issue 25: e-mail notices end to end, and automatic reminders recorded as notices.
-- 1. E-mail templates: a subject with the same placeholders as the text (the text is the plain-text part; the HTML
--    part is made from it when the mail is sent).
ALTER TABLE "notice_templates" ADD COLUMN "subject" text;
--> statement-breakpoint
-- 2. E-mail notices: the address (no phone), the rendered subject, whether the address was typed by hand (no consented
--    e-mail contact), when a bounce arrived. reminder_rule: the reminder job (UPCOMING | SK_DELAY) that created it —
--    the registry shows such notices as created by "system".
ALTER TABLE "notices" ADD COLUMN "email" text;
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "subject" text;
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "manual_email" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "reminder_rule" text;
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "bounced_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "reminder_log" ADD COLUMN "channel" text;
--> statement-breakpoint
-- 3. One row per run of a reminder job (schedule or "run now"): the settings screen shows the last run's counts.
CREATE TABLE "reminder_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"run_on" date NOT NULL,
	"trigger" text NOT NULL,
	"triggered_by" uuid,
	"considered" integer DEFAULT 0 NOT NULL,
	"sent" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"skipped_reasons" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "reminder_runs_kind_idx" ON "reminder_runs" USING btree ("kind","started_at");
--> statement-breakpoint
-- 4. Existing reminder_log rows: the notices the jobs created are marked as the system's; legacy e-mail reminders kept
--    the address in the note ("E-mail to …").
UPDATE "notices" n SET "reminder_rule" = r."kind" FROM "reminder_log" r WHERE r."notice_id" = n."id";
--> statement-breakpoint
UPDATE "notices" SET "email" = substring("note" from '^E-mail to (.*)$'), "note" = NULL
WHERE "reminder_rule" IS NOT NULL AND "channel" = 'EMAIL' AND "email" IS NULL AND "note" LIKE 'E-mail to %';
--> statement-breakpoint
UPDATE "reminder_log" r SET "channel" = n."channel" FROM "notices" n WHERE n."id" = r."notice_id" AND r."channel" IS NULL;
--> statement-breakpoint
-- 5. reminder_log rows sent or failed without a notice (before reminders were recorded as notices) become notices
--    (reason UPCOMING, or OVERDUE for the Slovak delay notice; channel SMS, the only channel those jobs used; the
--    text was not kept), with the installment as their item, so the registry lists every reminder ever sent.
WITH src AS (
	SELECT DISTINCT ON (r."id") r."id" AS log_id, gen_random_uuid() AS notice_id, r."kind", r."outcome", r."detail", r."run_on", r."created_at",
		l."id" AS loan_id, l."file_id", i."number", i."due_date", i."total", p."id" AS party_id, k."code" AS kind_code,
		coalesce(p."company_name", concat_ws(' ', upper(p."last_name"), upper(p."first_name"))) AS name,
		(SELECT c."value" FROM "contacts" c WHERE c."party_id" = p."id" AND c."type" = 'MOBILE' AND c."sms_consent" LIMIT 1) AS mobile,
		(p."death_date" IS NOT NULL OR p."bankruptcy_date" IS NOT NULL) AS departed
	FROM "reminder_log" r
	JOIN "loans" l ON l."id" = r."loan_id"
	JOIN "installments" i ON i."loan_id" = l."id" AND i."version" = l."schedule_version" AND i."number" = r."installment_number"
	JOIN "debtor_files" f ON f."id" = l."file_id"
	JOIN "receivable_kinds" k ON k."id" = f."receivable_kind_id"
	JOIN "file_parties" fp ON fp."file_id" = l."file_id" AND fp."role" = 'BORROWER'
	JOIN "parties" p ON p."id" = fp."party_id"
	WHERE r."notice_id" IS NULL AND r."outcome" IN ('SENT', 'FAILED')
	ORDER BY r."id", fp."party_id"
), n AS (
	INSERT INTO "notices" ("id", "file_id", "party_id", "reason", "channel", "created_on", "phone", "addressee_name", "addressee_consent", "addressee_departed",
		"total_amount", "send_status", "sent_at", "failure_reason", "failure_retryable", "reminder_rule", "created_at")
	SELECT notice_id, file_id, party_id, CASE WHEN kind = 'SK_DELAY' THEN 'OVERDUE' ELSE 'UPCOMING' END, 'SMS', run_on, mobile, name, mobile IS NOT NULL, departed,
		total, outcome, CASE WHEN outcome = 'SENT' THEN created_at END, CASE WHEN outcome = 'FAILED' THEN coalesce(detail, 'send failed') END,
		CASE WHEN outcome = 'FAILED' THEN false END, kind, created_at
	FROM src RETURNING "id"
), it AS (
	INSERT INTO "notice_items" ("notice_id", "loan_id", "installment_number", "kind_code", "year", "due_date", "item_type", "selected", "overdue_balance", "future_balance", "overpayment_balance", "amount_due")
	SELECT notice_id, loan_id, "number", kind_code, extract(year FROM due_date)::int, due_date, 'INSTALLMENT', true,
		CASE WHEN due_date < run_on THEN total ELSE 0 END, CASE WHEN due_date < run_on THEN 0 ELSE total END, 0, total
	FROM src WHERE EXISTS (SELECT 1 FROM n WHERE n."id" = src.notice_id) RETURNING 1
)
UPDATE "reminder_log" r SET "notice_id" = src.notice_id, "channel" = 'SMS' FROM src WHERE r."id" = src.log_id AND (SELECT count(*) FROM it) >= 0;
