CREATE TABLE "loan_balances" (
	"loan_id" uuid PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"overdue_principal" numeric(15, 2) NOT NULL,
	"overdue_interest" numeric(15, 2) NOT NULL,
	"penalty_interest" numeric(15, 2) NOT NULL,
	"overpayment" numeric(15, 2) NOT NULL,
	"days_past_due" integer NOT NULL,
	"outstanding" numeric(15, 2) NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loan_balances" ADD CONSTRAINT "loan_balances_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loan_balances_dpd_idx" ON "loan_balances" USING btree ("days_past_due");--> statement-breakpoint
CREATE INDEX "payment_allocations_loan_inst_idx" ON "payment_allocations" USING btree ("loan_id","installment_number");