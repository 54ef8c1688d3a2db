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
-- a row written without its effective date (a posting inserted by hand or by an older tool) takes the payment's date
CREATE OR REPLACE FUNCTION payment_allocations_effective_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.effective_date IS NULL THEN
    SELECT p.payment_date INTO NEW.effective_date FROM payments p WHERE p.id = NEW.payment_id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER payment_allocations_effective_date BEFORE INSERT ON payment_allocations FOR EACH ROW EXECUTE FUNCTION payment_allocations_effective_date();
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
