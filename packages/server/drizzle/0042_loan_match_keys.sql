-- Issue 30 "Speed": the statement matching looks loans up by their canonical repayment account and loan-number key for
-- every line of a statement at once (tens of thousands of keys). Stored, the keys are compared as they are, instead of
-- three regexp_replace per loan on every look-up (the planner seq-scans for such key sets). Same expressions as the
-- expression indexes of migration 0025, which these columns' indexes replace.
ALTER TABLE "loans" ADD COLUMN "repayment_account_key" text GENERATED ALWAYS AS (raty_account_key("repayment_account")) STORED;
--> statement-breakpoint
ALTER TABLE "loans" ADD COLUMN "number_key" text GENERATED ALWAYS AS (upper(regexp_replace("number", '[^A-Za-z0-9]', '', 'g'))) STORED;
--> statement-breakpoint
DROP INDEX IF EXISTS "loans_repayment_account_key_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "loans_number_key_idx";
--> statement-breakpoint
CREATE INDEX "loans_repayment_account_key_idx" ON "loans" ("repayment_account_key");
--> statement-breakpoint
CREATE INDEX "loans_number_key_idx" ON "loans" ("number_key");
