-- Issue 24 (seed 003 "POST contract": salePlaceCode / dealerCode; "POST client": consolidation).
-- 1. Sale places (obchodné miesto, predajňa) and dealers (predajca) as dictionaries kept by admins. The contract API
--    checks that the sale place exists, its cooperation has not ended on the contract's signature date, and that the
--    dealer belongs to it. Codes are unique (the seed: "overiť duplicitu").
CREATE TABLE "sale_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(30) NOT NULL,
	"name" varchar(200) NOT NULL,
	"cooperation_from" date NOT NULL,
	"cooperation_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sale_places_code_unique" UNIQUE("code"),
	CONSTRAINT "sale_places_dates_ck" CHECK ("cooperation_to" IS NULL OR "cooperation_to" >= "cooperation_from")
);
--> statement-breakpoint
CREATE TABLE "dealers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(30) NOT NULL,
	"name" varchar(200) NOT NULL,
	"sale_place_id" uuid NOT NULL REFERENCES "sale_places"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dealers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE INDEX "dealers_sale_place_idx" ON "dealers" ("sale_place_id");
--> statement-breakpoint
ALTER TABLE "contract_details" ADD COLUMN "sale_place_id" uuid REFERENCES "sale_places"("id");
--> statement-breakpoint
ALTER TABLE "contract_details" ADD COLUMN "dealer_id" uuid REFERENCES "dealers"("id");
--> statement-breakpoint
-- 2. Every partner loan gets its own repayment account: the account number is built from this sequence (domain
--    `virtualRepaymentAccount`, docs/partner-api.md "Repayment account").
CREATE SEQUENCE "partner_account_seq" START WITH 1;
--> statement-breakpoint
-- 3. Consolidation of duplicated clients: the merged party points to its survivor and is no longer a match of its
--    national id; party_merges keeps what moved.
ALTER TABLE "parties" ADD COLUMN "merged_into_id" uuid REFERENCES "parties"("id");
--> statement-breakpoint
CREATE TABLE "party_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survivor_id" uuid NOT NULL REFERENCES "parties"("id"),
	"merged_id" uuid NOT NULL REFERENCES "parties"("id"),
	"moved" jsonb NOT NULL,
	"merged_by" text,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "party_merges_survivor_idx" ON "party_merges" ("survivor_id");
