-- Several app processes on one database (issue 29): a send job may be run by two workers at once (a pg-boss retry
-- while the first attempt still runs, a worker draining on SIGTERM while another picks the retry up). Each run of a
-- job registers itself in notice_send_runs and renews `alive_until` while it works; a PENDING job item remembers the
-- run that claimed it (`claimed_by`). A run sends only the notices IT claimed; it resumes a notice found SENDING only
-- when the run that claimed it is no longer alive (lease lapsed), so the same message is never handed over twice by
-- two live runs (the provider's idx stays the last guard for a run that stalled past its lease).
CREATE TABLE "notice_send_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" uuid NOT NULL REFERENCES "notice_send_jobs"("id") ON DELETE CASCADE,
	"pid" integer,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"alive_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "notice_send_runs_job_idx" ON "notice_send_runs" ("job_id");
--> statement-breakpoint
ALTER TABLE "notice_send_job_items" ADD COLUMN "claimed_by" uuid;
