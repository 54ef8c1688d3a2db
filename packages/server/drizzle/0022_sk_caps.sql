-- SK caps (issue 16): the maximum RPMN and the maximum Odplata become dated rows of the append-only legal_rates table
-- (kinds SK_MAX_RPMN, SK_MAX_ODPLATA; value in percent), with the same history rules as the NBP reference rate: no
-- UPDATE or DELETE (trigger of 0015), a correction is a new row for the same kind and date with a reason, audited.
-- The SK rows of the apr_caps dictionary (MAX_APR → SK_MAX_RPMN, MAX_ODPLATA → SK_MAX_ODPLATA) are copied with their
-- note as the source, then removed from apr_caps, so one table holds them; apr_caps keeps only its legacy PL rows,
-- which no rule reads (PL maxima derive from the reference rate, MPKK is the domain's statutory table), and the
-- dictionaries API no longer writes it.
ALTER TABLE "legal_rates" DROP CONSTRAINT "legal_rates_kind_ck";
--> statement-breakpoint
ALTER TABLE "legal_rates" ADD CONSTRAINT "legal_rates_kind_ck" CHECK ("kind" IN ('NBP_REFERENCE', 'PL_MAX_INTEREST_FORMULA', 'PL_MAX_LATE_INTEREST_FORMULA', 'SK_MAX_RPMN', 'SK_MAX_ODPLATA'));
--> statement-breakpoint
ALTER TABLE "legal_rates" DROP CONSTRAINT "legal_rates_shape_ck";
--> statement-breakpoint
ALTER TABLE "legal_rates" ADD CONSTRAINT "legal_rates_shape_ck" CHECK ("withdrawn"
	OR ("kind" IN ('NBP_REFERENCE', 'SK_MAX_RPMN', 'SK_MAX_ODPLATA') AND "value" IS NOT NULL)
	OR ("kind" IN ('PL_MAX_INTEREST_FORMULA', 'PL_MAX_LATE_INTEREST_FORMULA') AND "multiplier" IS NOT NULL AND "spread" IS NOT NULL));
--> statement-breakpoint
INSERT INTO "legal_rates" ("kind", "valid_from", "value", "source")
	SELECT CASE "kind" WHEN 'MAX_APR' THEN 'SK_MAX_RPMN' ELSE 'SK_MAX_ODPLATA' END, "valid_from", "value",
	       coalesce(nullif(trim("note"), ''), 'apr_caps dictionary (migrated)')
	FROM "apr_caps" WHERE "country" = 'SK' AND "kind" IN ('MAX_APR', 'MAX_ODPLATA')
	ORDER BY "valid_from", "kind";
--> statement-breakpoint
DELETE FROM "apr_caps" WHERE "country" = 'SK' AND "kind" IN ('MAX_APR', 'MAX_ODPLATA');
