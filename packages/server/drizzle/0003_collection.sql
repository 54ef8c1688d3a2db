CREATE TABLE "notice_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"notice_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"installment_number" integer NOT NULL,
	"kind_code" text NOT NULL,
	"year" integer NOT NULL,
	"due_date" date NOT NULL,
	"item_type" text,
	"selected" boolean DEFAULT true NOT NULL,
	"overdue_balance" numeric(15, 2) NOT NULL,
	"future_balance" numeric(15, 2) NOT NULL,
	"overpayment_balance" numeric(15, 2) NOT NULL,
	"amount_due" numeric(15, 2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_send_job_items" (
	"job_id" uuid NOT NULL,
	"notice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"outcome" text DEFAULT 'PENDING' NOT NULL,
	"reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_send_job_items_job_id_notice_id_pk" PRIMARY KEY("job_id","notice_id")
);
--> statement-breakpoint
CREATE TABLE "notice_send_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"status" text DEFAULT 'RUNNING' NOT NULL,
	"total" integer NOT NULL,
	"abort_requested" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notice_status_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"notice_id" uuid NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"applied" boolean DEFAULT true NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"raw" jsonb
);
--> statement-breakpoint
CREATE TABLE "notice_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"channel" text NOT NULL,
	"reason" text NOT NULL,
	"text" text NOT NULL,
	"promise_addendum" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"channel" text NOT NULL,
	"created_on" date NOT NULL,
	"promise_date" date,
	"phone" text,
	"manual_phone" boolean DEFAULT false NOT NULL,
	"text" text,
	"note" text,
	"template_id" uuid,
	"addressee_name" text NOT NULL,
	"addressee_address" text,
	"addressee_consent" boolean DEFAULT false NOT NULL,
	"addressee_departed" boolean DEFAULT false NOT NULL,
	"total_amount" numeric(15, 2) DEFAULT '0' NOT NULL,
	"send_status" text DEFAULT 'DRAFT' NOT NULL,
	"sent_at" timestamp with time zone,
	"provider_message_id" text,
	"delivery_status" text,
	"delivery_status_at" timestamp with time zone,
	"failure_reason" text,
	"failure_retryable" boolean,
	"send_job_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notice_items" ADD CONSTRAINT "notice_items_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_items" ADD CONSTRAINT "notice_items_loan_id_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_send_job_items" ADD CONSTRAINT "notice_send_job_items_job_id_notice_send_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."notice_send_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_status_history" ADD CONSTRAINT "notice_status_history_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_file_id_debtor_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."debtor_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices" ADD CONSTRAINT "notices_template_id_notice_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."notice_templates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notice_items_notice_idx" ON "notice_items" USING btree ("notice_id");--> statement-breakpoint
CREATE INDEX "notice_items_loan_idx" ON "notice_items" USING btree ("loan_id","installment_number");--> statement-breakpoint
CREATE INDEX "notice_send_job_items_pos_idx" ON "notice_send_job_items" USING btree ("job_id","position");--> statement-breakpoint
CREATE INDEX "notice_status_history_notice_idx" ON "notice_status_history" USING btree ("notice_id","at");--> statement-breakpoint
CREATE INDEX "notice_templates_reason_idx" ON "notice_templates" USING btree ("reason","name");--> statement-breakpoint
CREATE INDEX "notices_file_idx" ON "notices" USING btree ("file_id","created_on");--> statement-breakpoint
CREATE INDEX "notices_party_idx" ON "notices" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "notices_created_idx" ON "notices" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "notices_created_on_idx" ON "notices" USING btree ("created_on","id");--> statement-breakpoint
CREATE INDEX "notices_send_idx" ON "notices" USING btree ("send_status");--> statement-breakpoint
CREATE INDEX "notices_provider_idx" ON "notices" USING btree ("provider_message_id");--> statement-breakpoint
CREATE INDEX "notices_template_idx" ON "notices" USING btree ("template_id");