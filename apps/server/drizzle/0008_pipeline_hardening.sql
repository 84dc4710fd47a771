CREATE TABLE "lake_rejects" (
	"key" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"rejected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "etl_runs" DROP CONSTRAINT "etl_runs_status_known";--> statement-breakpoint
ALTER TABLE "etl_runs" ADD COLUMN "record_key" text;--> statement-breakpoint
ALTER TABLE "etl_runs" ADD CONSTRAINT "etl_runs_record_key_unique" UNIQUE("record_key");--> statement-breakpoint
ALTER TABLE "etl_runs" ADD CONSTRAINT "etl_runs_status_known" CHECK ("etl_runs"."status" in ('running', 'succeeded', 'pending', 'failed', 'interrupted'));--> statement-breakpoint
-- Earlier versions stored a failed load's whole driver message (the SQL and every parameter):
-- keep a short reason, as new runs store.
UPDATE "etl_runs" SET "error" = CASE
  WHEN "error" LIKE '%Failed query:%' THEN 'load failed: the database refused the data (details were logged)'
  ELSE left("error", 300) || '…' END
WHERE length("error") > 300 OR "error" LIKE '%Failed query:%';
