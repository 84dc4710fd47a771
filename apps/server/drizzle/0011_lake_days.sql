CREATE TABLE "lake_days" (
	"coin" text NOT NULL,
	"day" date NOT NULL,
	"manifest_key" text NOT NULL,
	"parts" text[] NOT NULL,
	"rows" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lake_days_pkey" PRIMARY KEY("coin","day")
);
