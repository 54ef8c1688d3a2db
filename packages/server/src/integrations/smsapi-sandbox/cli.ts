#!/usr/bin/env node
/**
 * Standalone SMSAPI sandbox:
 *   node packages/server/dist/integrations/smsapi-sandbox/cli.js --port 4010 [--host 127.0.0.1] [--token T]
 *        [--delivery-delay 500] [--latency 0] [--failure-rate 0] [--timeout-rate 0]
 * Env: RATY_SMSAPI_SANDBOX_TOKEN (default "raty-sandbox-token"); RATY_SANDBOX_ADMIN_LOOPBACK=1 opens /__sandbox/* to
 * direct loopback requests (otherwise they answer 403).
 */
import { parseArgs } from 'node:util';
import { loopbackAdminAllowed } from '../../lib/loopback.js';
import { startSmsapiSandbox } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.RATY_SMSAPI_SANDBOX_PORT ?? '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    token: { type: 'string', default: process.env.RATY_SMSAPI_SANDBOX_TOKEN ?? 'raty-sandbox-token' },
    'delivery-delay': { type: 'string' },
    latency: { type: 'string' },
    'failure-rate': { type: 'string' },
    'timeout-rate': { type: 'string' },
  },
});

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const sb = await startSmsapiSandbox({
  port: Number(values.port),
  host: values.host,
  token: values.token,
  deliveryDelayMs: num(values['delivery-delay']),
  latencyMs: num(values.latency),
  failureRate: num(values['failure-rate']),
  timeoutRate: num(values['timeout-rate']),
  // standalone: no app sessions to check; admin endpoints only from this machine and only with the explicit flag
  allowLoopbackAdmin: loopbackAdminAllowed(),
  log: (msg, extra) => process.stderr.write(`${msg} ${extra ? JSON.stringify(extra) : ''}\n`),
});
process.stdout.write(`SMSAPI sandbox listening at ${sb.url} (token "${sb.token}"); admin: ${sb.url}/__sandbox/messages, ${sb.url}/__sandbox/config\n`);
const stop = () => void sb.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
