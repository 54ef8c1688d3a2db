-- issue 20: staff TOTP secrets are stored encrypted (AES-256-GCM, modules/auth/totp.service.ts + lib/secret-box.ts:
-- `gcm1:<key id>:<base64>`). The database refuses a plain secret from now on; the rows written before this migration
-- (plain base32) are encrypted by the startup step `resealTotpSecrets` (main.ts), which then VALIDATEs the constraint
-- (NOT VALID here: SQL cannot encrypt with the application's key).
ALTER TABLE "users" ADD CONSTRAINT "users_totp_secret_sealed" CHECK ("totp_secret" IS NULL OR "totp_secret" LIKE 'gcm1:%') NOT VALID;
