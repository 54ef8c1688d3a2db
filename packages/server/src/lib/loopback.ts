import type { IncomingMessage } from 'node:http';

/**
 * True when the TCP peer is the loopback interface and no proxy forwarded the request (no X-Forwarded-For /
 * Forwarded header: a reverse proxy on the same host would otherwise make every outside request "local").
 */
export function isDirectLoopback(req: IncomingMessage): boolean {
  if (req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined) return false;
  const a = req.socket.remoteAddress ?? '';
  return a === '127.0.0.1' || a === '::1' || a === '::ffff:127.0.0.1';
}

/** The explicit flag that lets direct loopback requests use the sandboxes' admin endpoints (tests, local development). */
export function loopbackAdminAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.RATY_SANDBOX_ADMIN_LOOPBACK === '1';
}
