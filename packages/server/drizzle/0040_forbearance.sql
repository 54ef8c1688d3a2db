-- Forbearance before enforcement (issue 32; EU consumer credit directive 2023/2225 art. 35).
-- 1. forbearance_cases: one request → assessment → offer → acceptance → in force → completed / broken (or refused /
--    withdrawn) per row. Business dates (requested_on, offered_on, accepted_on, in_force_on, ended_on) drive the rules;
--    the *_at columns are audit stamps. `offer` is the measure and its parameters; `schedule_version` the version it
--    produced. While a case is open a FORBEARANCE collection hold (source_id = the case id) keeps the file out of
--    automatic collection.
-- 2. forbearance_policies: per contract type (null = every other type): the grace (days) after which an unpaid
--    installment of the new schedule breaks the measure, and the cap on default charges (a fixed amount per loan).
-- 3. loan_handovers: a loan handed to hard collection or enforcement (there was no such event before issue 32), with
--    the reason why no forbearance was offered when none was (required then). Read by the pre-enforcement report.
CREATE TABLE "forbearance_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loan_id" uuid NOT NULL REFERENCES "loans"("id"),
	"file_id" uuid NOT NULL REFERENCES "debtor_files"("id"),
	"status" text DEFAULT 'REQUESTED' NOT NULL,
	"requested_by" text NOT NULL,
	"requested_by_user" uuid,
	"requested_by_party" uuid,
	"requested_on" date NOT NULL,
	"reason" text NOT NULL,
	"monthly_income" numeric(15, 2),
	"monthly_expenses" numeric(15, 2),
	"situation" text,
	"help_asked" text NOT NULL,
	"help_note" text,
	"assessment_note" text,
	"assessed_on" date,
	"assessed_by" uuid,
	"offer" jsonb,
	"offer_summary" jsonb,
	"offered_on" date,
	"offered_by" uuid,
	"acceptance_channel" text,
	"accepted_on" date,
	"accepted_by_party" uuid,
	"acceptance_recorded_by" uuid,
	"in_force_on" date,
	"schedule_version" integer,
	"kept_installments" integer,
	"grace_days" integer,
	"ended_on" date,
	"end_note" text,
	"amount_forgiven" numeric(15, 2) DEFAULT '0' NOT NULL,
	"currency" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forbearance_cases_status_ck" CHECK ("status" IN ('REQUESTED', 'ASSESSED', 'OFFERED', 'ACCEPTED', 'IN_FORCE', 'COMPLETED', 'BROKEN', 'REFUSED', 'WITHDRAWN')),
	CONSTRAINT "forbearance_cases_requested_by_ck" CHECK ("requested_by" IN ('STAFF', 'BORROWER')),
	CONSTRAINT "forbearance_cases_help_ck" CHECK ("help_asked" IN ('TERM_EXTENSION', 'PAYMENT_HOLIDAY', 'RATE_REDUCTION', 'ARREARS_PLAN', 'PARTIAL_FORGIVENESS', 'REFINANCING', 'OTHER')),
	CONSTRAINT "forbearance_cases_channel_ck" CHECK ("acceptance_channel" IS NULL OR "acceptance_channel" IN ('CLIENT_ZONE', 'PHONE', 'LETTER', 'EMAIL', 'IN_PERSON'))
);
--> statement-breakpoint
CREATE INDEX "forbearance_cases_loan_idx" ON "forbearance_cases" ("loan_id");
--> statement-breakpoint
CREATE INDEX "forbearance_cases_file_idx" ON "forbearance_cases" ("file_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "forbearance_cases_open_uq" ON "forbearance_cases" ("loan_id") WHERE "status" IN ('REQUESTED', 'ASSESSED', 'OFFERED', 'ACCEPTED', 'IN_FORCE');
--> statement-breakpoint
CREATE TABLE "forbearance_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_type_id" uuid REFERENCES "contract_types"("id"),
	"grace_days" integer DEFAULT 30 NOT NULL,
	"default_charge_cap" numeric(15, 2),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forbearance_policies_grace_ck" CHECK ("grace_days" BETWEEN 0 AND 365),
	CONSTRAINT "forbearance_policies_cap_ck" CHECK ("default_charge_cap" IS NULL OR "default_charge_cap" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "forbearance_policies_type_uq" ON "forbearance_policies" (coalesce("contract_type_id", '00000000-0000-0000-0000-000000000000'::uuid));
--> statement-breakpoint
CREATE TABLE "loan_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loan_id" uuid NOT NULL REFERENCES "loans"("id"),
	"file_id" uuid NOT NULL REFERENCES "debtor_files"("id"),
	"kind" text NOT NULL,
	"handed_on" date NOT NULL,
	"no_forbearance_reason" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loan_handovers_kind_ck" CHECK ("kind" IN ('HARD_COLLECTION', 'ENFORCEMENT'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "loan_handovers_loan_kind_uq" ON "loan_handovers" ("loan_id", "kind");
