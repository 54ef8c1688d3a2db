-- Collection strategies (issue 31): per receivable kind, versioned ordered steps that the daily run executes.
-- 1. strategies: one per kind (+ optional segment); status DRAFT | ACTIVE | INACTIVE; the default one of each kind is
--    created by the server (ensureDefaultStrategies) for every kind that has none.
-- 2. strategy_versions: a saved edit is a new version; the run reads the newest version when it starts (an edit
--    applies from the next run); a file's position is its days past due, so it keeps it across versions.
-- 3. strategy_steps: the steps of a version; step_key is stable across versions (an executed step is not repeated).
-- 4. strategy_executions: one row per step × loan × episode × addressee; the unique index makes a re-run of a day
--    (a retried job, a second worker, "run now") create nothing.
-- 5. strategy_runs: each daily run with its counts.
CREATE TABLE "strategies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"receivable_kind_id" uuid NOT NULL REFERENCES "receivable_kinds"("id"),
	"name" text NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "strategies_status_ck" CHECK ("status" IN ('DRAFT', 'ACTIVE', 'INACTIVE'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "strategies_default_uq" ON "strategies" ("receivable_kind_id") WHERE "is_default";
--> statement-breakpoint
CREATE TABLE "strategy_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL REFERENCES "strategies"("id") ON DELETE CASCADE,
	"version" integer NOT NULL,
	"outstanding_from" numeric(15, 2),
	"outstanding_to" numeric(15, 2),
	"contract_type_id" uuid REFERENCES "contract_types"("id"),
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "strategy_versions_uq" UNIQUE ("strategy_id", "version")
);
--> statement-breakpoint
CREATE TABLE "strategy_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL REFERENCES "strategy_versions"("id") ON DELETE CASCADE,
	"step_key" uuid NOT NULL,
	"position" integer NOT NULL,
	"offset_days" integer NOT NULL,
	"channel" text NOT NULL,
	"template_id" uuid REFERENCES "notice_templates"("id") ON DELETE RESTRICT,
	"mode" text DEFAULT 'AUTO' NOT NULL,
	"at_time" text,
	"rule" text,
	"min_overdue" numeric(15, 2),
	"no_promise_pending" boolean DEFAULT true NOT NULL,
	"not_contacted_days" integer,
	"require_consent" boolean DEFAULT true NOT NULL,
	"not_departed" boolean DEFAULT true NOT NULL,
	"co_debtors_from_dpd" integer,
	CONSTRAINT "strategy_steps_channel_ck" CHECK ("channel" IN ('SMS', 'EMAIL', 'PHONE_CALL', 'LETTER')),
	CONSTRAINT "strategy_steps_mode_ck" CHECK ("mode" IN ('AUTO', 'REVIEW')),
	CONSTRAINT "strategy_steps_rule_ck" CHECK ("rule" IN ('UPCOMING', 'SK_DELAY')),
	CONSTRAINT "strategy_steps_uq" UNIQUE ("version_id", "offset_days")
);
--> statement-breakpoint
CREATE TABLE "strategy_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_on" date NOT NULL,
	"trigger" text NOT NULL,
	"triggered_by" uuid,
	"created" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"skipped_reasons" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"by_step" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "strategy_executions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"strategy_id" uuid NOT NULL REFERENCES "strategies"("id"),
	"version_id" uuid NOT NULL REFERENCES "strategy_versions"("id"),
	"step_key" uuid NOT NULL,
	"loan_id" uuid NOT NULL REFERENCES "loans"("id"),
	"episode" integer NOT NULL,
	"party_id" uuid NOT NULL REFERENCES "parties"("id"),
	"run_id" uuid REFERENCES "strategy_runs"("id"),
	"run_on" date NOT NULL,
	"notice_id" uuid REFERENCES "notices"("id") DEFERRABLE INITIALLY DEFERRED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_executions_uq" ON "strategy_executions" ("step_key", "loan_id", "episode", "party_id");
--> statement-breakpoint
CREATE INDEX "strategy_executions_loan_idx" ON "strategy_executions" ("loan_id", "episode");
