import { appConfig } from '../../app-config.js';
import { SandboxGateway } from './sandbox.js';
import { TpayGateway } from './tpay.js';
import type { GatewayName, PaymentGatewayAdapter } from './types.js';

export * from './types.js';
export { SandboxGateway, sandboxGatewayRouter, signSandboxBody, sandboxNotificationBody, SANDBOX_SIGNATURE_HEADER, SANDBOX_BASE_PATH } from './sandbox.js';
export { TpayGateway } from './tpay.js';

let sandbox: SandboxGateway | undefined;
let sandboxSecret: string | undefined;
let tpay: TpayGateway | undefined;

/** The configured gateway for new online payments (RATY_PAYMENT_GATEWAY), or null when online payments are off. */
export function activeGatewayName(): GatewayName | null {
  const g = appConfig().clientZone.paymentGateway;
  return g === 'none' ? null : g;
}

/**
 * The adapter by name (for notifications a gateway is accepted only when it is the configured one).
 * The sandbox is a process singleton so that its in-memory transactions survive between requests.
 */
export function getGateway(name: string): PaymentGatewayAdapter | null {
  const cfg = appConfig().clientZone;
  if (name !== cfg.paymentGateway) return null;
  if (name === 'sandbox') return getSandboxGateway();
  if (name === 'tpay') return (tpay ??= new TpayGateway(cfg.tpay));
  return null;
}

export function getSandboxGateway(): SandboxGateway {
  const secret = appConfig().clientZone.sandboxGatewaySecret;
  if (!sandbox || sandboxSecret !== secret) {
    sandbox = new SandboxGateway(secret);
    sandboxSecret = secret;
  }
  return sandbox;
}
