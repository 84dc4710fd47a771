CREATE TABLE "alert_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alert_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" varchar(100) NOT NULL,
	"kind" text NOT NULL,
	"symbol" text,
	"convert" text,
	"threshold" double precision NOT NULL,
	"window_minutes" integer,
	"plan_credits" integer,
	"fire_after" integer DEFAULT 1 NOT NULL,
	"recover_after" integer DEFAULT 2 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" text DEFAULT 'ok' NOT NULL,
	"streak" integer DEFAULT 0 NOT NULL,
	"state_since" timestamp with time zone,
	"evaluated_at" timestamp with time zone,
	"notified_at" timestamp with time zone,
	CONSTRAINT "alert_rules_name_unique" UNIQUE("name"),
	CONSTRAINT "alert_rules_kind_known" CHECK ("alert_rules"."kind" in ('stale', 'failed_runs', 'credits_low', 'price_above', 'price_below', 'price_move')),
	CONSTRAINT "alert_rules_state_known" CHECK ("alert_rules"."state" in ('ok', 'firing')),
	CONSTRAINT "alert_rules_holds_positive" CHECK ("alert_rules"."fire_after" >= 1 and "alert_rules"."recover_after" >= 1)
);
--> statement-breakpoint
CREATE TABLE "alert_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alert_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"rule_id" integer NOT NULL,
	"symbol" text,
	"convert" text,
	"fired_at" timestamp with time zone NOT NULL,
	"trigger_at" timestamp with time zone NOT NULL,
	"trigger_value" double precision,
	"message" text NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "alert_events_rule_id_fk" FOREIGN KEY ("rule_id") REFERENCES "alert_rules"("id") ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX "alert_events_trigger_at_idx" ON "alert_events" USING btree ("trigger_at");
--> statement-breakpoint
CREATE UNIQUE INDEX "alert_events_one_open_idx" ON "alert_events" USING btree ("rule_id") WHERE "alert_events"."resolved_at" is null;
