CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"role" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"client_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"locale" text DEFAULT 'pl' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid NOT NULL,
	"kind" text DEFAULT 'PERMANENT' NOT NULL,
	"street" text,
	"house_number" text,
	"flat_number" text,
	"zip" text,
	"city" text,
	"country" text DEFAULT 'PL' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zip" text NOT NULL,
	"name" text NOT NULL,
	"country" text DEFAULT 'PL' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"contact_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"consent" boolean NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" text,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid NOT NULL,
	"type" text NOT NULL,
	"value" text NOT NULL,
	"note" text,
	"sms_consent" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"first_name" text,
	"last_name" text,
	"company_name" text,
	"national_id" text,
	"country" text DEFAULT 'PL' NOT NULL,
	"birth_date" date,
	"cis_id" bigint DEFAULT 0 NOT NULL,
	"consolidated_id" text,
	"death_date" date,
	"bankruptcy_date" date,
	"nonstop_banking" text DEFAULT 'UNKNOWN' NOT NULL,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"party_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" text,
	"source" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "apr_caps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country" varchar(2) NOT NULL,
	"kind" text NOT NULL,
	"valid_from" date NOT NULL,
	"value" numeric(9, 4) NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "contract_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(20) NOT NULL,
	"name" text NOT NULL,
	"country" varchar(2) DEFAULT 'PL' NOT NULL,
	"rate_calculated_by" text DEFAULT 'SYSTEM' NOT NULL,
	"installment_calculated_by" text DEFAULT 'SYSTEM' NOT NULL,
	"selling_channel_requirement" text DEFAULT 'OPTIONAL' NOT NULL,
	"apr_check_by" text DEFAULT 'SIGNATURE_DATE' NOT NULL,
	"interest_method" varchar(1) DEFAULT 'D' NOT NULL,
	"deferral_months" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_types_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "receivable_kinds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(12) NOT NULL,
	"name" text NOT NULL,
	"currency" varchar(3) DEFAULT 'PLN' NOT NULL,
	"method" text DEFAULT 'ANNUITY' NOT NULL,
	"day_count" text DEFAULT '30/360' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "receivable_kinds_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "selling_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(12) NOT NULL,
	"name" varchar(200) NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "selling_channels_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "debtor_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"receivable_kind_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "file_parties" (
	"file_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "file_parties_file_id_party_id_pk" PRIMARY KEY("file_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "installments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"number" integer NOT NULL,
	"due_date" date NOT NULL,
	"principal" numeric(15, 2) NOT NULL,
	"interest" numeric(15, 2) NOT NULL,
	"accumulated_interest" numeric(15, 2) DEFAULT '0' NOT NULL,
	"fee" numeric(15, 2) DEFAULT '0' NOT NULL,
	"total" numeric(15, 2) NOT NULL,
	"paid_principal" numeric(15, 2) DEFAULT '0' NOT NULL,
	"paid_interest" numeric(15, 2) DEFAULT '0' NOT NULL,
	"paid_fee" numeric(15, 2) DEFAULT '0' NOT NULL,
	"paid_at" date
);
--> statement-breakpoint
CREATE TABLE "loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"number" text NOT NULL,
	"contract_type_id" uuid,
	"selling_channel_id" uuid,
	"authorisation_code" text,
	"currency" varchar(3) DEFAULT 'PLN' NOT NULL,
	"principal" numeric(15, 2) NOT NULL,
	"annual_rate" numeric(9, 4) NOT NULL,
	"penalty_rate" numeric(9, 4) NOT NULL,
	"method" text NOT NULL,
	"day_count" text NOT NULL,
	"installments_count" integer NOT NULL,
	"deferral_months" integer DEFAULT 0 NOT NULL,
	"fixed_installment" numeric(15, 2),
	"down_payment" numeric(15, 2),
	"contract_price" numeric(15, 2),
	"fees" numeric(15, 2) DEFAULT '0' NOT NULL,
	"insurance" numeric(15, 2) DEFAULT '0' NOT NULL,
	"signature_date" date,
	"disbursement_date" date NOT NULL,
	"first_due_date" date NOT NULL,
	"recalculation_date" date,
	"repayment_account" text NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"apr" numeric(9, 4),
	"schedule_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loans_number_unique" UNIQUE("number"),
	CONSTRAINT "loans_authorisation_code_unique" UNIQUE("authorisation_code")
);
--> statement-breakpoint
CREATE TABLE "payment_allocations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"payment_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"installment_number" integer,
	"component" text NOT NULL,
	"amount" numeric(15, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loan_id" uuid NOT NULL,
	"payment_date" date NOT NULL,
	"amount" numeric(15, 2) NOT NULL,
	"method" text NOT NULL,
	"status" text DEFAULT 'POSTED' NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"external_id" text,
	"description" text,
	"reversed_at" timestamp with time zone,
	"reversal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text
);
--> statement-breakpoint
CREATE TABLE "penalty_rates" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"rate" numeric(9, 4) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedule_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"reason" text NOT NULL,
	"effective_date" date NOT NULL,
	"terms" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_history" ADD CONSTRAINT "party_history_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debtor_files" ADD CONSTRAINT "debtor_files_receivable_kind_id_receivable_kinds_id_fk" FOREIGN KEY ("receivable_kind_id") REFERENCES "public"."receivable_kinds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_parties" ADD CONSTRAINT "file_parties_file_id_debtor_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."debtor_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_parties" ADD CONSTRAINT "file_parties_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "installments" ADD CONSTRAINT "installments_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_file_id_debtor_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."debtor_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_contract_type_id_contract_types_id_fk" FOREIGN KEY ("contract_type_id") REFERENCES "public"."contract_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_selling_channel_id_selling_channels_id_fk" FOREIGN KEY ("selling_channel_id") REFERENCES "public"."selling_channels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "penalty_rates" ADD CONSTRAINT "penalty_rates_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_versions" ADD CONSTRAINT "schedule_versions_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_versions" ADD CONSTRAINT "schedule_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "addresses_party_idx" ON "addresses" USING btree ("party_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "cities_zip_name_uq" ON "cities" USING btree ("country","zip","name");--> statement-breakpoint
CREATE INDEX "consent_changes_party_idx" ON "consent_changes" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "contacts_party_idx" ON "contacts" USING btree ("party_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_one_consented_mobile_uq" ON "contacts" USING btree ("party_id") WHERE "contacts"."sms_consent" and "contacts"."type" = 'MOBILE';--> statement-breakpoint
CREATE INDEX "parties_national_id_idx" ON "parties" USING btree ("national_id");--> statement-breakpoint
CREATE INDEX "parties_last_name_idx" ON "parties" USING btree (lower("last_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "parties_company_name_idx" ON "parties" USING btree (lower("company_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "party_history_party_idx" ON "party_history" USING btree ("party_id");--> statement-breakpoint
CREATE UNIQUE INDEX "apr_caps_uq" ON "apr_caps" USING btree ("country","kind","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "debtor_files_kind_number_uq" ON "debtor_files" USING btree ("receivable_kind_id","number");--> statement-breakpoint
CREATE INDEX "file_parties_party_idx" ON "file_parties" USING btree ("party_id");--> statement-breakpoint
CREATE UNIQUE INDEX "installments_loan_version_number_uq" ON "installments" USING btree ("loan_id","version","number");--> statement-breakpoint
CREATE INDEX "installments_due_date_idx" ON "installments" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "loans_status_idx" ON "loans" USING btree ("status");--> statement-breakpoint
CREATE INDEX "loans_file_idx" ON "loans" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "payment_allocations_payment_idx" ON "payment_allocations" USING btree ("payment_id");--> statement-breakpoint
CREATE INDEX "payment_allocations_loan_idx" ON "payment_allocations" USING btree ("loan_id");--> statement-breakpoint
CREATE INDEX "payments_loan_date_idx" ON "payments" USING btree ("loan_id","payment_date");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_idempotency_uq" ON "payments" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_external_uq" ON "payments" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "penalty_rates_loan_idx" ON "penalty_rates" USING btree ("loan_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "schedule_versions_uq" ON "schedule_versions" USING btree ("loan_id","version");