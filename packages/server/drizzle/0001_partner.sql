CREATE TABLE "client_numbers" (
	"client_id" bigserial PRIMARY KEY NOT NULL,
	"party_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_numbers_party_id_unique" UNIQUE("party_id")
);
--> statement-breakpoint
CREATE TABLE "client_profiles" (
	"party_id" uuid PRIMARY KEY NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_approvals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"approval_code" text NOT NULL,
	"value" text,
	"valid_from" date,
	"valid_to" date,
	"text" text
);
--> statement-breakpoint
CREATE TABLE "contract_details" (
	"loan_id" uuid PRIMARY KEY NOT NULL,
	"application_id" text,
	"action_id" text,
	"payment_form" text,
	"invoice_number" text,
	"sale_place_code" text,
	"dealer_code" text,
	"contract_status_code" text,
	"first_payment_percentage" numeric(9, 4),
	"method_rpmn" varchar(1),
	"rate_calculated_by" text NOT NULL,
	"installment_calculated_by" text NOT NULL,
	"rpmn" numeric(9, 4),
	"odplata" numeric(9, 4),
	"interest_rate" numeric(9, 4),
	"last_installment" numeric(15, 2),
	"received_at" date,
	"barcode" text,
	"request" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contract_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"value" text,
	"date" date,
	"date2" date
);
--> statement-breakpoint
CREATE TABLE "contract_optional_data" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"data_code" text,
	"data_desc" text,
	"data_nocode" text
);
--> statement-breakpoint
CREATE TABLE "contract_products" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"product_code" text NOT NULL,
	"price" numeric(15, 2) NOT NULL,
	"contract_price" numeric(15, 2) NOT NULL,
	"producer" text,
	"brand" text,
	"serial_no" text
);
--> statement-breakpoint
ALTER TABLE "contract_types" ADD COLUMN "receivable_kind_id" uuid;--> statement-breakpoint
ALTER TABLE "client_numbers" ADD CONSTRAINT "client_numbers_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_profiles" ADD CONSTRAINT "client_profiles_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_approvals" ADD CONSTRAINT "contract_approvals_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_details" ADD CONSTRAINT "contract_details_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_notes" ADD CONSTRAINT "contract_notes_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_optional_data" ADD CONSTRAINT "contract_optional_data_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_products" ADD CONSTRAINT "contract_products_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_approvals_loan_idx" ON "contract_approvals" USING btree ("loan_id");--> statement-breakpoint
CREATE INDEX "contract_notes_loan_idx" ON "contract_notes" USING btree ("loan_id");--> statement-breakpoint
CREATE INDEX "contract_optional_data_loan_idx" ON "contract_optional_data" USING btree ("loan_id");--> statement-breakpoint
CREATE INDEX "contract_products_loan_idx" ON "contract_products" USING btree ("loan_id");--> statement-breakpoint
ALTER TABLE "contract_types" ADD CONSTRAINT "contract_types_receivable_kind_id_receivable_kinds_id_fk" FOREIGN KEY ("receivable_kind_id") REFERENCES "public"."receivable_kinds"("id") ON DELETE no action ON UPDATE no action;