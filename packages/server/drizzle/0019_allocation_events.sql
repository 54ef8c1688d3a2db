-- Allocation events (docs/domain.md §5.4): payment_allocations holds every movement of a payment's money — its
-- POSTING on the value date and each later APPLICATION of its deposit to an installment component as a pair
-- (OVERPAYMENT −x, component +x) on the date it was applied. Existing rows are postings on their payment's date; the
-- applications of existing loans are backfilled by replay at startup (src/modules/loans/backfill.ts, audited,
-- idempotent: ledger_backfills records that it ran).
ALTER TABLE "payment_allocations" ADD COLUMN "kind" text DEFAULT 'POSTING' NOT NULL;
--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD COLUMN "effective_date" date;
--> statement-breakpoint
UPDATE "payment_allocations" a SET "effective_date" = p."payment_date" FROM "payments" p WHERE p."id" = a."payment_id";
--> statement-breakpoint
ALTER TABLE "payment_allocations" ALTER COLUMN "effective_date" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_kind_ck" CHECK ("kind" IN ('POSTING', 'APPLICATION'));
--> statement-breakpoint
CREATE TABLE "ledger_backfills" (
	"name" text PRIMARY KEY NOT NULL,
	"loans" integer NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL
);
