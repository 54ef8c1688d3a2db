-- Reversal events (issue 18, docs/domain.md §5.4): the undoing of a reversed payment is read as dated negative events
-- (kind REVERSAL, on the reversal's business date) beside the POSTING and APPLICATION events it had reached by then,
-- so a reversed payment's events sum to 0. Existing reversed payments had no events at all (the replay dropped them);
-- they get their events when their loan is next replayed (src/modules/loans/backfill.ts, REVERSAL_EVENTS_BACKFILL:
-- once at startup, audited, idempotent).
ALTER TABLE "payment_allocations" DROP CONSTRAINT "payment_allocations_kind_ck";
--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_kind_ck" CHECK ("kind" IN ('POSTING', 'APPLICATION', 'REVERSAL'));
--> statement-breakpoint
-- Money paid before its due date (issue 19, docs/domain.md §3.8): the loan's convention, fixed when its schedule was
-- built (the contract type's earlyMoney then, kept in the INITIAL version's terms). Payment posting reads it:
-- APPLY_AT_ONCE pays the next installment at once and re-amortises the rest (schedule version reason EARLY_MONEY).
ALTER TABLE "loans" ADD COLUMN "early_money" text DEFAULT 'DEPOSIT_UNTIL_DUE' NOT NULL;
--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_early_money_ck" CHECK ("early_money" IN ('DEPOSIT_UNTIL_DUE', 'APPLY_AT_ONCE'));
--> statement-breakpoint
UPDATE "loans" l SET "early_money" = 'APPLY_AT_ONCE' FROM "schedule_versions" v
WHERE v."loan_id" = l."id" AND v."version" = 1 AND v."terms"->'conventions'->>'earlyMoney' = 'APPLY_AT_ONCE';
