-- Bank statements (issue 30): MT940 / camt.053 statements and their lines stored as received, the match decision
-- of every line with its reason, and the payments posted from them. Exactly once: a line's key (bank reference +
-- account + booking date + amount, or the NONREF fallback; packages/domain/src/statements/keys.ts) is UNIQUE, so the
-- same statement twice or overlapping statements insert — and post — nothing twice.
-- Also: loans.variable_symbol (SK contracts are paid to a shared account with the contract's VS), given to every SK
-- loan on insert by a trigger (registration through the partner API, the demo seed) and backfilled here.
ALTER TABLE "loans" ADD COLUMN "variable_symbol" text;
--> statement-breakpoint
CREATE UNIQUE INDEX "loans_variable_symbol_uq" ON "loans" ("variable_symbol") WHERE "variable_symbol" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "loans_number_key_idx" ON "loans" (upper(regexp_replace("number", '[^A-Za-z0-9]', '', 'g')));
--> statement-breakpoint
CREATE SEQUENCE "loans_variable_symbol_seq" START 9000000001 MAXVALUE 9999999999;
--> statement-breakpoint
-- VS of an SK loan: the digits of its number when they are 1–10 digits and free (SPU/2024/000123 → 2024000123),
-- else the next number of the sequence (9000000001…)
CREATE FUNCTION "raty_variable_symbol_for"("p_number" text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE d text := regexp_replace(p_number, '\D', '', 'g');
BEGIN
  IF length(d) BETWEEN 1 AND 10 THEN
    d := ltrim(d, '0');
    IF d <> '' AND NOT EXISTS (SELECT 1 FROM loans WHERE variable_symbol = d) THEN RETURN d; END IF;
  END IF;
  RETURN nextval('loans_variable_symbol_seq')::text;
END $$;
--> statement-breakpoint
CREATE FUNCTION "raty_loans_variable_symbol"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.variable_symbol IS NULL AND (
       EXISTS (SELECT 1 FROM contract_types ct WHERE ct.id = NEW.contract_type_id AND ct.country = 'SK')
       OR (NEW.contract_type_id IS NULL AND NEW.currency = 'EUR')) THEN
    NEW.variable_symbol := raty_variable_symbol_for(NEW.number);
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "loans_variable_symbol_trg" BEFORE INSERT ON "loans" FOR EACH ROW EXECUTE FUNCTION raty_loans_variable_symbol();
--> statement-breakpoint
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT l.id, l.number FROM loans l LEFT JOIN contract_types ct ON ct.id = l.contract_type_id
           WHERE l.variable_symbol IS NULL AND (ct.country = 'SK' OR (l.contract_type_id IS NULL AND l.currency = 'EUR'))
           ORDER BY l.number LOOP
    UPDATE loans SET variable_symbol = raty_variable_symbol_for(r.number) WHERE id = r.id;
  END LOOP;
END $$;
--> statement-breakpoint
CREATE TABLE "bank_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"format" text NOT NULL,
	"dialect" text NOT NULL,
	"account" text NOT NULL,
	"currency" varchar(3) NOT NULL,
	"statement_number" text,
	"sequence" integer,
	"opening_balance" numeric(15, 2) NOT NULL,
	"opening_date" date NOT NULL,
	"closing_balance" numeric(15, 2) NOT NULL,
	"closing_date" date NOT NULL,
	"line_count" integer NOT NULL,
	"new_lines" integer NOT NULL,
	"sequence_gap" jsonb,
	"source" text NOT NULL,
	"file_name" text,
	"content" text NOT NULL,
	"content_sha256" text NOT NULL,
	"status" text DEFAULT 'IMPORTING' NOT NULL,
	"received_by" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "bank_statements_format_ck" CHECK ("format" IN ('MT940', 'CAMT053')),
	CONSTRAINT "bank_statements_status_ck" CHECK ("status" IN ('IMPORTING', 'IMPORTED'))
);
--> statement-breakpoint
CREATE INDEX "bank_statements_account_idx" ON "bank_statements" ("account", "closing_date");
--> statement-breakpoint
CREATE TABLE "bank_statement_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"statement_id" uuid NOT NULL REFERENCES "bank_statements"("id"),
	"ordinal" integer NOT NULL,
	"line_key" text NOT NULL,
	"account" text NOT NULL,
	"booking_date" date NOT NULL,
	"value_date" date NOT NULL,
	"direction" text NOT NULL,
	"amount" numeric(15, 2) NOT NULL,
	"currency" varchar(3) NOT NULL,
	"bank_reference" text,
	"counterparty_name" text,
	"counterparty_account" text,
	"credited_account" text,
	"title" text NOT NULL,
	"variable_symbol" text,
	"transaction_code" text,
	"raw" text NOT NULL,
	"status" text DEFAULT 'NEW' NOT NULL,
	"match_rule" text,
	"match_reason" text,
	"match_detail" text,
	"candidate_loan_ids" uuid[] DEFAULT '{}' NOT NULL,
	"loan_id" uuid REFERENCES "loans"("id"),
	"payment_id" uuid REFERENCES "payments"("id"),
	"generation" integer DEFAULT 0 NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_statement_lines_key_uq" UNIQUE ("line_key"),
	CONSTRAINT "bank_statement_lines_direction_ck" CHECK ("direction" IN ('CREDIT', 'DEBIT')),
	CONSTRAINT "bank_statement_lines_status_ck" CHECK ("status" IN ('NEW', 'MATCHED', 'POSTED', 'UNMATCHED', 'RETURNED', 'NOT_OURS'))
);
--> statement-breakpoint
CREATE INDEX "bank_statement_lines_statement_idx" ON "bank_statement_lines" ("statement_id", "ordinal");
--> statement-breakpoint
CREATE INDEX "bank_statement_lines_status_idx" ON "bank_statement_lines" ("status") WHERE "status" IN ('NEW', 'MATCHED', 'UNMATCHED');
--> statement-breakpoint
CREATE INDEX "bank_statement_lines_payer_idx" ON "bank_statement_lines" ("counterparty_account") WHERE "status" = 'POSTED';
--> statement-breakpoint
-- what was posted from a line: one part for an automatic match or an assignment, several for a split; each part is a
-- payment posted once (its idempotency key is stmt:<line>:<generation>:<part>)
CREATE TABLE "bank_line_postings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"line_id" bigint NOT NULL REFERENCES "bank_statement_lines"("id"),
	"generation" integer NOT NULL,
	"part" integer NOT NULL,
	"loan_id" uuid NOT NULL REFERENCES "loans"("id"),
	"amount" numeric(15, 2) NOT NULL,
	"payment_id" uuid REFERENCES "payments"("id"),
	"status" text DEFAULT 'PENDING' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_line_postings_part_uq" UNIQUE ("line_id", "generation", "part"),
	CONSTRAINT "bank_line_postings_status_ck" CHECK ("status" IN ('PENDING', 'POSTED', 'REVERSED', 'REFUSED'))
);
--> statement-breakpoint
CREATE INDEX "bank_line_postings_line_idx" ON "bank_line_postings" ("line_id");
--> statement-breakpoint
-- canonical account (spaces, dashes, a leading slash dropped; PL IBAN → 26-digit NRB), as the domain's normalizeAccount
CREATE FUNCTION "raty_account_key"("a" text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT nullif(regexp_replace(regexp_replace(upper(regexp_replace(coalesce(a, ''), '[\s-]', '', 'g')), '^/+', ''), '^PL(\d{26})$', '\1'), '')
$$;
--> statement-breakpoint
CREATE INDEX "loans_repayment_account_key_idx" ON "loans" (raty_account_key("repayment_account"));
