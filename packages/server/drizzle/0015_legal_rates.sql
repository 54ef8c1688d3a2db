-- Legal rate tables kept by admins (issue 16): the NBP reference rate and the PL formula rows (maximum interest,
-- art. 359 §2¹ KC; maximum late interest, art. 481 §2¹ KC), as append-only history. A correction is a new row for
-- the same kind and date with a reason (and the corrected row's id); the newest row of a (kind, valid_from) is the one
-- in force, a withdrawn correction removes the date. No UPDATE or DELETE (trigger). recorded_on: the business date an
-- admin recorded the row (the dashboard's staleness rule reads it; created_at is the audit stamp); null for shipped rows.
CREATE TABLE "legal_rates" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"value" numeric(9, 4),
	"multiplier" numeric(9, 4),
	"spread" numeric(9, 4),
	"source" text NOT NULL,
	"reason" text,
	"corrects_id" bigint REFERENCES "legal_rates"("id"),
	"withdrawn" boolean DEFAULT false NOT NULL,
	"recorded_on" date,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_rates_kind_ck" CHECK ("kind" IN ('NBP_REFERENCE', 'PL_MAX_INTEREST_FORMULA', 'PL_MAX_LATE_INTEREST_FORMULA')),
	CONSTRAINT "legal_rates_shape_ck" CHECK ("withdrawn" OR ("kind" = 'NBP_REFERENCE' AND "value" IS NOT NULL) OR ("kind" <> 'NBP_REFERENCE' AND "multiplier" IS NOT NULL AND "spread" IS NOT NULL)),
	CONSTRAINT "legal_rates_correction_ck" CHECK ("corrects_id" IS NULL OR length(trim(coalesce("reason", ''))) > 0)
);
--> statement-breakpoint
CREATE INDEX "legal_rates_kind_idx" ON "legal_rates" USING btree ("kind", "valid_from", "id");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION legal_rates_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'legal_rates is append-only: add a correction row with a reason';
END $$;
--> statement-breakpoint
CREATE TRIGGER "legal_rates_append_only" BEFORE UPDATE OR DELETE ON "legal_rates" FOR EACH ROW EXECUTE FUNCTION legal_rates_append_only();
--> statement-breakpoint
INSERT INTO "legal_rates" ("kind", "valid_from", "multiplier", "spread", "source") VALUES
	('PL_MAX_INTEREST_FORMULA', '2016-01-01', 2, 3.5, 'art. 359 §2¹ KC (Dz.U. 2015 poz. 1830): 2 × (reference rate + 3.5 pp)'),
	('PL_MAX_LATE_INTEREST_FORMULA', '2016-01-01', 2, 5.5, 'art. 481 §2¹ KC (Dz.U. 2015 poz. 1830): 2 × (reference rate + 5.5 pp)');
--> statement-breakpoint
INSERT INTO "legal_rates" ("kind", "valid_from", "value", "source") VALUES
	('NBP_REFERENCE', '2015-03-05', 1.50, 'NBP, RPP decision of 2015-03-04'),
	('NBP_REFERENCE', '2020-03-18', 1.00, 'NBP, RPP decision of 2020-03-17'),
	('NBP_REFERENCE', '2020-04-09', 0.50, 'NBP, RPP decision of 2020-04-08'),
	('NBP_REFERENCE', '2020-05-29', 0.10, 'NBP, RPP decision of 2020-05-28'),
	('NBP_REFERENCE', '2021-10-07', 0.50, 'NBP, RPP decision of 2021-10-06'),
	('NBP_REFERENCE', '2021-11-04', 1.25, 'NBP, RPP decision of 2021-11-03'),
	('NBP_REFERENCE', '2021-12-09', 1.75, 'NBP, RPP decision of 2021-12-08'),
	('NBP_REFERENCE', '2022-01-05', 2.25, 'NBP, RPP decision of 2022-01-04'),
	('NBP_REFERENCE', '2022-02-09', 2.75, 'NBP, RPP decision of 2022-02-08'),
	('NBP_REFERENCE', '2022-03-09', 3.50, 'NBP, RPP decision of 2022-03-08'),
	('NBP_REFERENCE', '2022-04-07', 4.50, 'NBP, RPP decision of 2022-04-06'),
	('NBP_REFERENCE', '2022-05-06', 5.25, 'NBP, RPP decision of 2022-05-05'),
	('NBP_REFERENCE', '2022-06-09', 6.00, 'NBP, RPP decision of 2022-06-08'),
	('NBP_REFERENCE', '2022-07-08', 6.50, 'NBP, RPP decision of 2022-07-07'),
	('NBP_REFERENCE', '2022-09-08', 6.75, 'NBP, RPP decision of 2022-09-07'),
	('NBP_REFERENCE', '2023-09-07', 6.00, 'NBP, RPP decision of 2023-09-06'),
	('NBP_REFERENCE', '2023-10-05', 5.75, 'NBP, RPP decision of 2023-10-04'),
	('NBP_REFERENCE', '2025-05-08', 5.25, 'NBP, RPP decision of 2025-05-07'),
	('NBP_REFERENCE', '2025-07-03', 5.00, 'NBP, RPP decision of 2025-07-02'),
	('NBP_REFERENCE', '2025-09-04', 4.75, 'NBP, RPP decision of 2025-09-03'),
	('NBP_REFERENCE', '2025-10-09', 4.50, 'NBP, RPP decision of 2025-10-08'),
	('NBP_REFERENCE', '2025-11-06', 4.25, 'NBP, RPP decision of 2025-11-05'),
	('NBP_REFERENCE', '2025-12-04', 4.00, 'NBP, RPP decision of 2025-12-03 (held in January and February 2026)'),
	('NBP_REFERENCE', '2026-03-05', 3.75, 'NBP, RPP decision of 2026-03-04');
