-- Tiltaksmonitor's tables (server/db/schema.ts describes them to the code; the server's tests run every query
-- of the code against them). Records are kept as the API contract's JSON, with the columns the database must see.
CREATE TABLE "plans" (
  "id" text PRIMARY KEY,
  "position" integer NOT NULL,
  "doc" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "areas" (
  "id" text PRIMARY KEY,
  "position" integer NOT NULL,
  "doc" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measures" (
  "id" text PRIMARY KEY,
  "plan_id" text NOT NULL REFERENCES "plans" ("id"),
  "position" integer NOT NULL,
  "version" integer NOT NULL CHECK ("version" >= 1),
  "doc" jsonb NOT NULL,
  "updated_at" timestamp with time zone NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX "measures_plan_id" ON "measures" ("plan_id");
--> statement-breakpoint
CREATE TABLE "measure_history" (
  "seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "measure_id" text NOT NULL REFERENCES "measures" ("id"),
  "entry_id" text NOT NULL,
  "recorded_at" timestamp with time zone NOT NULL,
  "entry" jsonb NOT NULL,
  CONSTRAINT "measure_history_entry" UNIQUE ("measure_id", "entry_id")
);
--> statement-breakpoint
CREATE INDEX "measure_history_recorded_at" ON "measure_history" ("recorded_at");
--> statement-breakpoint
-- The history is append-only in the database itself: whatever the application does, a recorded entry is never
-- changed or removed (TRUNCATE included).
CREATE FUNCTION "refuse_history_rewrite"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'measure_history is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "measure_history_append_only" BEFORE UPDATE OR DELETE ON "measure_history"
  FOR EACH ROW EXECUTE FUNCTION "refuse_history_rewrite"();
--> statement-breakpoint
CREATE TRIGGER "measure_history_no_truncate" BEFORE TRUNCATE ON "measure_history"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_history_rewrite"();
--> statement-breakpoint
CREATE TABLE "municipalities" (
  "number" text PRIMARY KEY,
  "doc" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metadata" (
  "key" text PRIMARY KEY,
  "value" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
  "id" text PRIMARY KEY,
  "subject" text NOT NULL UNIQUE,
  "name" text NOT NULL,
  "organisation" text NOT NULL,
  "role" text NOT NULL CHECK ("role" IN ('viewer', 'editor', 'admin'))
);
