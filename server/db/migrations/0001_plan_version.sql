-- Plans can be registered and changed (POST and PATCH /api/plans): a version for the optimistic lock, as measures
-- have, and the time of the last change, which the snapshot's revision reads. A plan saved before has version 1.
ALTER TABLE "plans" ADD COLUMN "version" integer NOT NULL DEFAULT 1 CHECK ("version" >= 1);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "updated_at" timestamp with time zone NOT NULL DEFAULT now();
