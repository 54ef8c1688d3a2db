-- Issue #27: month-end snapshots of every disbursed loan (docs/analytics.md § Month-end snapshots), written by the
-- analytics.month-end job from the loan engine's replay as of each month end; roll rates, vintage and cure read them.
CREATE TABLE "loan_month_ends" (
	"month_end" date NOT NULL,
	"loan_id" uuid NOT NULL,
	"currency" varchar(3) NOT NULL,
	"status" text NOT NULL,
	"outstanding" numeric(15, 2) NOT NULL,
	"outstanding_principal" numeric(15, 2) NOT NULL,
	"overdue" numeric(15, 2) NOT NULL,
	"days_past_due" integer NOT NULL,
	"bucket" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loan_month_ends_month_end_loan_id_pk" PRIMARY KEY("month_end","loan_id")
);
--> statement-breakpoint
ALTER TABLE "loan_month_ends" ADD CONSTRAINT "loan_month_ends_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "loan_month_ends_loan_idx" ON "loan_month_ends" USING btree ("loan_id","month_end");
