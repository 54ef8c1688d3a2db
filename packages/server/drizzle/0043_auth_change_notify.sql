-- Issue 28: the staff session cache (src/modules/auth/session-cache.ts) must drop a session the moment anything an
-- actor is made of changes — in every process. Whatever changes a session or a user's identity, roles or `active`
-- flag, by any path (the app's services, a script, psql), fires one statement-level trigger that
-- 1. NOTIFYs `raty_auth_changed` at commit: every app process's listener empties its session cache;
-- 2. raises the NOTICE `raty_auth_changed` to the connection that made the change: the app process that made it
--    then holds the answer back until every process has acknowledged emptying its cache (the revocation barrier),
--    so a logout, an ended session, a password change, a deactivation or a role change is refused by every process
--    once its request has answered (docs/operations.md "Several processes").
-- `last_seen_at` updates (at most one a minute per session) do not fire it: only the columns an actor is read from.
CREATE FUNCTION "raty_auth_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('raty_auth_changed', '');
	RAISE NOTICE 'raty_auth_changed';
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_auth_changed" AFTER DELETE OR UPDATE OF "id", "kind", "user_id", "client_account_id", "expires_at", "enrolment_only" OR TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION "raty_auth_changed"();
--> statement-breakpoint
CREATE TRIGGER "users_auth_changed" AFTER DELETE OR UPDATE OF "id", "email", "name", "roles", "locale", "active" OR TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "raty_auth_changed"();
