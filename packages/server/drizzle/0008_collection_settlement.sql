ALTER TABLE "notices" ADD COLUMN "settlement_status" text DEFAULT 'UNSETTLED' NOT NULL;--> statement-breakpoint
CREATE INDEX "notices_settlement_idx" ON "notices" USING btree ("settlement_status","created_at","id");--> statement-breakpoint
-- Settlement status of a notice (seed 002 §5, the domain's settlementStatus): per selected item the net of allocations
-- of payments dated on/after the notice's creation (reversed payments excluded); UNSETTLED when no item got a positive
-- amount, SETTLED when every item's paid >= its amount due, else PARTIALLY_SETTLED.
CREATE OR REPLACE FUNCTION notice_settlement_of(p_notice uuid, p_created_on date) RETURNS text LANGUAGE sql STABLE AS $$
  select case
      when not coalesce(bool_or(s.paid > 0), false) then 'UNSETTLED'
      when bool_and(greatest(s.paid, 0) >= greatest(s.amount_due, 0)) then 'SETTLED'
      else 'PARTIALLY_SETTLED' end
  from (select ni.amount_due,
          coalesce((select sum(pa.amount) from payment_allocations pa join payments p on p.id = pa.payment_id
            where pa.loan_id = ni.loan_id and pa.installment_number = ni.installment_number
              and p.status <> 'REVERSED' and p.payment_date >= p_created_on), 0) as paid
        from notice_items ni where ni.notice_id = p_notice and ni.selected) s
$$;
--> statement-breakpoint
-- statement-level: the notices with an item on a loan of the changed rows (transition table "changed", column loan_id)
CREATE OR REPLACE FUNCTION notice_settlement_by_loan() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE notices n SET settlement_status = s.st
  FROM (SELECT x.id, notice_settlement_of(x.id, x.created_on) AS st FROM notices x
        WHERE x.id IN (SELECT ni.notice_id FROM notice_items ni WHERE ni.loan_id IN (SELECT DISTINCT c.loan_id FROM changed c))) s
  WHERE n.id = s.id AND n.settlement_status IS DISTINCT FROM s.st;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- statement-level: the notices of the changed items (transition table "changed", column notice_id)
CREATE OR REPLACE FUNCTION notice_settlement_by_notice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE notices n SET settlement_status = s.st
  FROM (SELECT x.id, notice_settlement_of(x.id, x.created_on) AS st FROM notices x
        WHERE x.id IN (SELECT DISTINCT c.notice_id FROM changed c)) s
  WHERE n.id = s.id AND n.settlement_status IS DISTINCT FROM s.st;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER payment_allocations_settlement_ins AFTER INSERT ON payment_allocations REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notice_settlement_by_loan();
--> statement-breakpoint
CREATE TRIGGER payment_allocations_settlement_upd AFTER UPDATE ON payment_allocations REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notice_settlement_by_loan();
--> statement-breakpoint
CREATE TRIGGER payment_allocations_settlement_del AFTER DELETE ON payment_allocations REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notice_settlement_by_loan();
--> statement-breakpoint
CREATE TRIGGER payments_settlement_upd AFTER UPDATE ON payments REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notice_settlement_by_loan();
--> statement-breakpoint
CREATE TRIGGER payments_settlement_del AFTER DELETE ON payments REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notice_settlement_by_loan();
--> statement-breakpoint
CREATE TRIGGER notice_items_settlement_ins AFTER INSERT ON notice_items REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notice_settlement_by_notice();
--> statement-breakpoint
CREATE TRIGGER notice_items_settlement_upd AFTER UPDATE ON notice_items REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notice_settlement_by_notice();
--> statement-breakpoint
CREATE TRIGGER notice_items_settlement_del AFTER DELETE ON notice_items REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION notice_settlement_by_notice();
--> statement-breakpoint
UPDATE notices n SET settlement_status = s.st
FROM (SELECT x.id, notice_settlement_of(x.id, x.created_on) AS st FROM notices x) s
WHERE n.id = s.id AND n.settlement_status IS DISTINCT FROM s.st;
