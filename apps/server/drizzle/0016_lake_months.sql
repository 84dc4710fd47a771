CREATE TABLE "lake_months" (
	"coin" text NOT NULL,
	"month" text NOT NULL,
	"manifest_key" text NOT NULL,
	"parts" text[] NOT NULL,
	"rows" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lake_months_pkey" PRIMARY KEY("coin","month")
);
