-- The dashboard's database role: SELECT only, now and on tables later migrations add. Logins are
-- made members of it with `cais db readonly-login <user>` (docs/dashboard.md). Roles belong to the
-- whole server, so another database's migration may have created it already. A migrating user
-- without CREATEROLE (some managed servers) gets a warning instead of a failed upgrade: an
-- administrator can create the role and run the grants below by hand.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'cais_readonly') THEN
    BEGIN
      CREATE ROLE cais_readonly NOLOGIN;
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN
        RAISE WARNING 'role cais_readonly not created: % lacks CREATEROLE; see docs/dashboard.md', current_user;
    END;
  END IF;
  IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'cais_readonly') THEN
    GRANT USAGE ON SCHEMA public TO cais_readonly;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO cais_readonly;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO cais_readonly;
  END IF;
END
$$;
