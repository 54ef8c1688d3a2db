-- Reversal events (issue 18, docs/domain.md §5.4): the undoing of a reversed payment is read as dated negative events
-- (kind REVERSAL, on the reversal's business date) beside the POSTING and APPLICATION events it had reached by then,
-- so a reversed payment's events sum to 0. Existing reversed payments had no events at all (the replay dropped them);
-- they get their events when their loan is next replayed (src/modules/loans/backfill.ts, REVERSAL_EVENTS_BACKFILL:
-- once at startup, audited, idempotent).
ALTER TABLE "payment_allocations" DROP CONSTRAINT "payment_allocations_kind_ck";
--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_kind_ck" CHECK ("kind" IN ('POSTING', 'APPLICATION', 'REVERSAL'));
