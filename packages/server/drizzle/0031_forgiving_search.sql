-- Issue 26 "Search that forgives": staff search (debtorFiles filter.search) is diacritic- and case-insensitive and
-- matches prefixes of names and of national ids (PESEL / rodné číslo), and substrings (trigrams) of company names.
-- unaccent and pg_trgm are contrib extensions shipped with PostgreSQL (also the embedded PostgreSQL 15 binaries);
-- both are "trusted" since PostgreSQL 13, so the database owner can create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent(text) is only STABLE (it reads the dictionary named by search_path), so it cannot be indexed. This wrapper
-- names the dictionary explicitly and is declared IMMUTABLE (the usual way): lower(unaccent(x)), "Kamiński" → "kaminski",
-- "Łukasz" → "lukasz", "Ďurovčík" → "durovcik". Queries must use the very same expression to use the indexes below.
CREATE FUNCTION raty_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
--> statement-breakpoint
CREATE INDEX "parties_last_name_fold_idx" ON "parties" USING btree (raty_fold("last_name") text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "parties_first_name_fold_idx" ON "parties" USING btree (raty_fold("first_name") text_pattern_ops);
--> statement-breakpoint
CREATE INDEX "parties_company_name_trgm_idx" ON "parties" USING gin (raty_fold("company_name") gin_trgm_ops);
--> statement-breakpoint
-- a PESEL / rodné číslo prefix ("601123"): LIKE 'prefix%' needs text_pattern_ops under any database collation
CREATE INDEX "parties_national_id_prefix_idx" ON "parties" USING btree ("national_id" text_pattern_ops);
--> statement-breakpoint
-- a bare number ("544", "601123") matches the file number in any kind: the unique (receivable_kind_id, number) index
-- cannot serve it (number is its second column), so the search scanned every file
CREATE INDEX "debtor_files_number_idx" ON "debtor_files" USING btree ("number");
