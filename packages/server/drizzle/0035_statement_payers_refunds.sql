-- Bank statements, continued (issue 30):
-- 1. who paid: a matched or queued line, and the payment posted from it, record whether the payer (name / account on
--    the statement) is the loan's borrower — "payers who are not the borrower (recorded as such)";
-- 2. refunds of an overpayment: an outgoing transfer request, exported as a CSV file for the bank.
ALTER TABLE "bank_statement_lines" ADD COLUMN "payer_relation" text;
--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD COLUMN "payer_detail" text;
--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_payer_ck" CHECK ("payer_relation" IN ('BORROWER', 'THIRD_PARTY', 'UNKNOWN'));
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "payer_name" text;
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "payer_account" text;
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "payer_relation" text;
--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_payer_relation_ck" CHECK ("payer_relation" IN ('BORROWER', 'THIRD_PARTY', 'UNKNOWN'));
--> statement-breakpoint
CREATE TABLE "refund_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loan_id" uuid NOT NULL REFERENCES "loans"("id"),
	"line_id" bigint REFERENCES "bank_statement_lines"("id"),
	"amount" numeric(15, 2) NOT NULL,
	"currency" varchar(3) NOT NULL,
	"beneficiary_name" text NOT NULL,
	"beneficiary_account" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'REQUESTED' NOT NULL,
	"requested_on" date NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"export_id" uuid,
	"exported_by" text,
	"exported_at" timestamp with time zone,
	"cancelled_by" text,
	"cancel_reason" text,
	CONSTRAINT "refund_requests_amount_ck" CHECK ("amount" > 0),
	CONSTRAINT "refund_requests_status_ck" CHECK ("status" IN ('REQUESTED', 'EXPORTED', 'CANCELLED'))
);
--> statement-breakpoint
CREATE INDEX "refund_requests_loan_idx" ON "refund_requests" ("loan_id");
--> statement-breakpoint
CREATE INDEX "refund_requests_status_idx" ON "refund_requests" ("status", "requested_at");
