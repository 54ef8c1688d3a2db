-- Collection holds and call tasks (issues 31 and 32): the shared ground of collection strategies, the call list and
-- forbearance.
-- 1. collection_holds: a file (or one loan of it) is out of automatic collection while a hold is active (cleared_on is
--    null): a dispute or complaint flagged by staff, a forbearance request / measure in force, a hand-over to hard
--    collection. Strategies, mass generation and reminders skip files with an active hold.
-- 2. notices: a phone-call step of a strategy is a task (task_status OPEN → DONE | CANCELLED) due on a day and assigned
--    to a collector; its logged outcome is stored with it; a promise to pay now has an amount too.
CREATE TABLE "collection_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL REFERENCES "debtor_files"("id"),
	"loan_id" uuid REFERENCES "loans"("id"),
	"reason" text NOT NULL,
	"note" text,
	"source_id" uuid,
	"since" date NOT NULL,
	"cleared_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cleared_by" uuid,
	"cleared_at" timestamp with time zone,
	CONSTRAINT "collection_holds_reason_ck" CHECK ("reason" IN ('DISPUTE', 'COMPLAINT', 'FORBEARANCE', 'HARD_COLLECTION', 'OTHER')),
	CONSTRAINT "collection_holds_cleared_ck" CHECK ("cleared_on" IS NULL OR "cleared_on" >= "since")
);
--> statement-breakpoint
CREATE INDEX "collection_holds_active_idx" ON "collection_holds" ("file_id") WHERE "cleared_on" IS NULL;
--> statement-breakpoint
CREATE INDEX "collection_holds_source_idx" ON "collection_holds" ("source_id");
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "task_status" text;
--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_task_status_ck" CHECK ("task_status" IN ('OPEN', 'DONE', 'CANCELLED'));
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "due_on" date;
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "assigned_to" uuid;
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "call_outcome" text;
--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_call_outcome_ck" CHECK ("call_outcome" IN ('REACHED', 'NO_ANSWER', 'WRONG_NUMBER', 'PROMISE', 'DISPUTE'));
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "promise_amount" numeric(15, 2);
--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_promise_amount_ck" CHECK ("promise_amount" IS NULL OR "promise_amount" > 0);
--> statement-breakpoint
CREATE INDEX "notices_tasks_idx" ON "notices" ("assigned_to", "due_on") WHERE "task_status" = 'OPEN';
