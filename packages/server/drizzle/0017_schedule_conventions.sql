-- Lender conventions of a contract type (issue 19, docs/domain.md §3.8): rounding, installmentMultiple,
-- partPeriodInterest, emi, payoffInterest, earlyMoney. '{}' = every default = the engine's behaviour before.
ALTER TABLE "contract_types" ADD COLUMN "schedule_conventions" jsonb DEFAULT '{}'::jsonb NOT NULL;
