CREATE TABLE "api_request_counts" (
	"minute" timestamp with time zone NOT NULL,
	"task" text NOT NULL,
	"requests" bigint DEFAULT 0 NOT NULL,
	"errors" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "api_request_counts_pk" PRIMARY KEY("minute","task"),
	CONSTRAINT "api_request_counts_errors_within" CHECK ("api_request_counts"."errors" >= 0 and "api_request_counts"."errors" <= "api_request_counts"."requests")
);
--> statement-breakpoint
ALTER TABLE "alert_rules" ADD COLUMN "min_requests" integer;
--> statement-breakpoint
ALTER TABLE "alert_rules" DROP CONSTRAINT "alert_rules_kind_known";
--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_kind_known" CHECK ("alert_rules"."kind" in ('stale', 'failed_runs', 'credits_low', 'price_above', 'price_below', 'price_move', 'error_rate'));
