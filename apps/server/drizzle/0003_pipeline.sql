CREATE TABLE "crypto_quotes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "crypto_quotes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"symbol" text NOT NULL,
	"convert" text NOT NULL,
	"cmc_id" integer,
	"last_updated" timestamp with time zone NOT NULL,
	"price" numeric NOT NULL,
	"volume_24h" numeric,
	"market_cap" numeric,
	"percent_change_1h" numeric,
	"percent_change_24h" numeric,
	"percent_change_7d" numeric,
	"circulating_supply" numeric,
	"source_key" text NOT NULL,
	"inserted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "etl_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "etl_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"status" text NOT NULL,
	"symbols" text[] NOT NULL,
	"credits_used" integer DEFAULT 0 NOT NULL,
	"rows_inserted" integer DEFAULT 0 NOT NULL,
	"error" text,
	CONSTRAINT "etl_runs_status_known" CHECK ("etl_runs"."status" in ('running', 'succeeded', 'pending', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "etl_settings" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lake_objects" (
	"key" text PRIMARY KEY NOT NULL,
	"etag_or_hash" text NOT NULL,
	"rows" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "crypto_quotes_series_idx" ON "crypto_quotes" USING btree ("symbol","convert","last_updated");--> statement-breakpoint
CREATE INDEX "etl_runs_started_at_idx" ON "etl_runs" USING btree ("started_at");