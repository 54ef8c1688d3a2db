-- issue 15: login security. One guess budget per login name (staff e-mail / borrower national id, known or not),
-- decided by one statement (see modules/auth/login-guard.ts); the shared rate-limit store of rate-limiter-flexible;
-- single-use one-time passwords. The old per-table counters are dropped (they were raced by parallel guesses).
CREATE TABLE "login_guards" (
	"subject" text PRIMARY KEY NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"window_ends" timestamp with time zone DEFAULT now() NOT NULL,
	"lock_level" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"lock_sms_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "login_guards_locked_idx" ON "login_guards" ("locked_until") WHERE "locked_until" IS NOT NULL;
--> statement-breakpoint
-- rate-limiter-flexible's drizzle store (RateLimiterDrizzle, one atomic upsert per hit): key, points, expire
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "client_accounts" ADD COLUMN "otp_used_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "client_accounts" DROP COLUMN "failed_attempts";
--> statement-breakpoint
ALTER TABLE "client_accounts" DROP COLUMN "locked_until";
--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "failed_logins";
--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";
