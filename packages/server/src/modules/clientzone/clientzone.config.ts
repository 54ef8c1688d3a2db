/**
 * Client zone and online payment settings (env). Pure: no imports, so config.ts can include it.
 * See docs/clientzone.md for every variable.
 */
export interface ClientZoneConfig {
  /** validity of a one-time password sent by SMS (RATY_CZ_OTP_TTL_HOURS, default 72) */
  otpTtlHours: number;
  /** borrower session lifetime (RATY_CZ_SESSION_TTL_HOURS, default 2) */
  sessionTtlHours: number;
  /** FAILED logins allowed per IP address per 15 minutes (RATY_CZ_IP_MAX_ATTEMPTS, default 30; successes do not count).
   *  The per-account guess budget is fixed: modules/auth/login-guard.ts. */
  ipMaxAttempts: number;
  /** public base URL of the SPA/app for return and notification URLs (RATY_PUBLIC_URL; else the request's origin) */
  publicUrl?: string;
  /** SPA path of a loan page the gateway returns the borrower to; `:loanId` and `:paymentId` are replaced */
  returnPath: string;
  /**
   * minutes after which an online payment still PENDING (no notification from the gateway) is shown to the borrower as
   * CANCELLED, i.e. abandoned at the gateway (RATY_CZ_PAYMENT_ABANDON_MINUTES, default 30; issue 26). A later PAID
   * notification still posts it and it becomes PAID.
   */
  paymentAbandonMinutes: number;
  /** active online payment gateway: 'sandbox' | 'tpay' | 'none' (RATY_PAYMENT_GATEWAY; default sandbox in dev/embedded mode, else none) */
  paymentGateway: 'sandbox' | 'tpay' | 'none';
  /** HMAC-SHA256 secret of the sandbox gateway's notifications (RATY_SANDBOX_GATEWAY_SECRET) */
  sandboxGatewaySecret: string;
  tpay: {
    /** Open API base URL: https://api.tpay.com (production) or https://openapi.sandbox.tpay.com (TPAY_API_URL) */
    apiUrl: string;
    clientId?: string;
    clientSecret?: string;
    /** merchant security code for the md5sum check of notifications (TPAY_SECURITY_CODE); optional, JWS is always checked */
    securityCode?: string;
    /** merchant id (TPAY_MERCHANT_ID) used in the md5sum check */
    merchantId?: string;
    /** trusted root certificate URL and allowed certificate URL prefix for the JWS (TPAY_JWS_ROOT_URL, TPAY_JWS_CERT_PREFIX) */
    jwsRootUrl: string;
    jwsCertPrefix: string;
    timeoutMs: number;
  };
}

export function loadClientZoneConfig(env: NodeJS.ProcessEnv, defaults: { sandboxes: boolean; publicUrl?: string }): ClientZoneConfig {
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
  const gw = (env.RATY_PAYMENT_GATEWAY ?? (defaults.sandboxes ? 'sandbox' : 'none')).toLowerCase();
  if (!['sandbox', 'tpay', 'none'].includes(gw)) throw new Error(`RATY_PAYMENT_GATEWAY must be sandbox, tpay or none (got ${gw})`);
  const tpaySandbox = (env.TPAY_API_URL ?? '').includes('sandbox');
  return {
    otpTtlHours: num(env.RATY_CZ_OTP_TTL_HOURS, 72),
    sessionTtlHours: num(env.RATY_CZ_SESSION_TTL_HOURS, 2),
    ipMaxAttempts: num(env.RATY_CZ_IP_MAX_ATTEMPTS, 30),
    publicUrl: defaults.publicUrl,
    returnPath: env.RATY_CZ_RETURN_PATH ?? '/clientzone/loans/:loanId?payment=:paymentId',
    paymentAbandonMinutes: num(env.RATY_CZ_PAYMENT_ABANDON_MINUTES, 30),
    paymentGateway: gw as ClientZoneConfig['paymentGateway'],
    sandboxGatewaySecret: env.RATY_SANDBOX_GATEWAY_SECRET || 'raty-sandbox-gateway-secret',
    tpay: {
      apiUrl: (env.TPAY_API_URL ?? 'https://api.tpay.com').replace(/\/+$/, ''),
      clientId: env.TPAY_CLIENT_ID || undefined,
      clientSecret: env.TPAY_CLIENT_SECRET || undefined,
      securityCode: env.TPAY_SECURITY_CODE || undefined,
      merchantId: env.TPAY_MERCHANT_ID || undefined,
      jwsRootUrl: env.TPAY_JWS_ROOT_URL ?? (tpaySandbox ? 'https://secure.sandbox.tpay.com/x509/tpay-jws-root.pem' : 'https://secure.tpay.com/x509/tpay-jws-root.pem'),
      jwsCertPrefix: env.TPAY_JWS_CERT_PREFIX ?? (tpaySandbox ? 'https://secure.sandbox.tpay.com' : 'https://secure.tpay.com'),
      timeoutMs: num(env.TPAY_TIMEOUT_MS, 15_000),
    },
  };
}
