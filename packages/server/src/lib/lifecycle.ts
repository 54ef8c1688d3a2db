/**
 * The process's lifecycle state (issue 29, docs/operations.md "Several processes"): `draining` from the first SIGTERM /
 * SIGINT on. While draining, `/readyz` answers 503 (the proxy stops sending new requests here), HTTP answers carry
 * `Connection: close`, and long jobs (the SMS send job) stop claiming work, finish what is in flight and hand the rest
 * back to the queue for another process.
 */
let draining = false;
const listeners = new Set<() => void>();

export function isDraining(): boolean {
  return draining;
}

export function startDraining(): void {
  if (draining) return;
  draining = true;
  for (const l of listeners) l();
}
