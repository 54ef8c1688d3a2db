CREATE TABLE "feature_switches" (
	"key" text PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "integration_settings" (
	"provider" text PRIMARY KEY NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"profile_token_enc" text,
	"sms_token_enc" text,
	"active" boolean DEFAULT false NOT NULL,
	"last_test_at" timestamp with time zone,
	"last_test_ok" boolean,
	"last_test_message" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "sms_delivery_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"idx" text,
	"status" text NOT NULL,
	"status_code" text,
	"done_at" timestamp with time zone,
	"raw" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "kind" text DEFAULT 'REGULAR' NOT NULL;--> statement-breakpoint
CREATE INDEX "sms_dlr_provider_id_idx" ON "sms_delivery_reports" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "sms_dlr_idx_idx" ON "sms_delivery_reports" USING btree ("idx");