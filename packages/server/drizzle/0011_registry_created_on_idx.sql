DROP INDEX "notices_created_on_idx";--> statement-breakpoint
CREATE INDEX "notices_created_on_idx" ON "notices" USING btree ("created_on","created_at","id");