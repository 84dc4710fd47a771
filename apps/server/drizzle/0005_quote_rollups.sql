CREATE TABLE "quote_rollups" (
	"symbol" text NOT NULL,
	"convert" text NOT NULL,
	"resolution_seconds" integer NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"open" double precision NOT NULL,
	"high" double precision NOT NULL,
	"low" double precision NOT NULL,
	"close" double precision NOT NULL,
	"count" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "quote_rollups_pkey" PRIMARY KEY("symbol","convert","resolution_seconds","bucket_start"),
	CONSTRAINT "quote_rollups_resolution_known" CHECK ("quote_rollups"."resolution_seconds" in (3600, 10800, 86400))
);
