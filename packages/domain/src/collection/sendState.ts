import { makeIssue, ValidationError, type ValidationIssue } from '../validators/errors.js';

/**
 * SMSAPI delivery statuses ("lista statusów doręczenia", https://www.smsapi.pl/docs/ — codes 401–412). `final` =
 * no further change is expected. DRAFT is SMSAPI's status of a message saved but not dispatched (no numeric code).
 */
export const SMSAPI_STATUSES = [
  { status: 'NOT_FOUND', code: 401, final: false, description: 'Wrong ID or report has expired', descriptionPl: 'Nie znaleziono wiadomości' },
  { status: 'EXPIRED', code: 402, final: true, description: 'Message expired', descriptionPl: 'Wygasła' },
  { status: 'SENT', code: 403, final: false, description: 'Sent, no final delivery report yet', descriptionPl: 'Wysłana' },
  { status: 'DELIVERED', code: 404, final: true, description: 'Delivered to the recipient', descriptionPl: 'Dostarczona' },
  { status: 'UNDELIVERED', code: 405, final: true, description: 'Undelivered (invalid number, roaming error, …)', descriptionPl: 'Niedostarczona' },
  { status: 'FAILED', code: 406, final: true, description: 'Sending failed', descriptionPl: 'Błąd wysyłki' },
  { status: 'REJECTED', code: 407, final: true, description: 'Rejected by the operator', descriptionPl: 'Odrzucona' },
  { status: 'UNKNOWN', code: 408, final: true, description: 'No report (may or may not have been delivered)', descriptionPl: 'Nieznany' },
  { status: 'QUEUE', code: 409, final: false, description: 'Waiting to be sent', descriptionPl: 'W kolejce' },
  { status: 'ACCEPTED', code: 410, final: false, description: 'Delivered to the operator', descriptionPl: 'Przyjęta przez operatora' },
  { status: 'RENEWAL', code: 411, final: false, description: 'Retrying', descriptionPl: 'Ponawiana' },
  { status: 'STOP', code: 412, final: true, description: 'Stopped', descriptionPl: 'Zatrzymana' },
  { status: 'DRAFT', code: null, final: false, description: 'Saved as a draft, not dispatched', descriptionPl: 'Szkic' },
] as const;

export type SmsapiStatus = (typeof SMSAPI_STATUSES)[number]['status'];

export const SMSAPI_STATUS_NAMES: readonly SmsapiStatus[] = SMSAPI_STATUSES.map((s) => s.status);

export const FINAL_SMSAPI_STATUSES: readonly SmsapiStatus[] = SMSAPI_STATUSES.filter((s) => s.final).map((s) => s.status);

export function isSmsapiStatus(v: unknown): v is SmsapiStatus {
  return typeof v === 'string' && (SMSAPI_STATUS_NAMES as readonly string[]).includes(v);
}

export function isFinalDeliveryStatus(status: SmsapiStatus): boolean {
  return (FINAL_SMSAPI_STATUSES as readonly string[]).includes(status);
}

/** SMSAPI numeric status code → status name. */
export function smsapiStatusFromCode(code: number): SmsapiStatus | null {
  return SMSAPI_STATUSES.find((s) => s.code === code)?.status ?? null;
}

/** Progress rank used to ignore out-of-order (older) reports. */
function rank(status: SmsapiStatus): number {
  if (isFinalDeliveryStatus(status)) return 4;
  switch (status) {
    case 'SENT':
      return 3;
    case 'ACCEPTED':
      return 2;
    case 'RENEWAL':
      return 1;
    default:
      return 0; // DRAFT, QUEUE, NOT_FOUND
  }
}

/** BOUNCED: an e-mail the SMTP server accepted came back as undeliverable (a bounce/DSN; issue 25). */
export type NoticeSendStatus = 'DRAFT' | 'QUEUED' | 'SENDING' | 'SENT' | 'FAILED' | 'BOUNCED';

export interface NoticeSendState {
  status: NoticeSendStatus;
  /** SMSAPI message id once handed over */
  providerMessageId?: string | null;
  /** when handed over to the provider (the notice's sent date) */
  sentAt?: string | null;
  /** last delivery status reported by SMSAPI (SENT state only) */
  deliveryStatus?: SmsapiStatus | null;
  deliveryStatusAt?: string | null;
  /** FAILED: reason and whether it is certain the provider did not take the message (then it may be re-queued) */
  failure?: { reason: string; retryable: boolean } | null;
}

export type SendEvent =
  | { type: 'QUEUE' }
  | { type: 'ABORT' }
  | { type: 'START' }
  | { type: 'ACCEPTED'; providerMessageId: string; sentAt: string; deliveryStatus?: SmsapiStatus }
  | { type: 'FAIL'; reason: string; retryable: boolean }
  | { type: 'DELIVERY'; status: SmsapiStatus; at?: string }
  | { type: 'BOUNCE'; reason: string };

export type SendTransition = { ok: true; state: NoticeSendState; changed: boolean } | { ok: false; issue: ValidationIssue };

export const INITIAL_SEND_STATE: NoticeSendState = { status: 'DRAFT' };

function illegal(state: NoticeSendState, event: SendEvent, rule = 'send.illegalTransition', message?: string): SendTransition {
  return {
    ok: false,
    issue: makeIssue('sendState', rule, message ?? `Event ${event.type} is not allowed in send state ${state.status}`, { from: state.status, event: event.type }),
  };
}

/**
 * Send-state machine of an SMS notice:
 *
 *   DRAFT ──QUEUE──▶ QUEUED ──START──▶ SENDING ──ACCEPTED──▶ SENT ──DELIVERY*──▶ SENT(deliveryStatus)
 *     ▲                │ ABORT            │ FAIL
 *     └────────────────┘                  ▼
 *   FAILED(retryable) ──QUEUE──▶ QUEUED   FAILED(reason, retryable)
 *
 * - A notice is never sent twice: QUEUE is only allowed from DRAFT or from a FAILED state whose failure is
 *   `retryable` (the provider certainly did not accept the message); from SENT/SENDING/QUEUED it is refused with
 *   `notice.alreadySent`.
 * - ABORT ("Przerwij") returns a QUEUED notice to DRAFT; notices already SENDING/SENT are kept.
 * - FAIL is allowed from QUEUED and SENDING.
 * - DELIVERY reports are accepted only in SENT; a report older than the current one (by progress QUEUE/DRAFT <
 *   RENEWAL < ACCEPTED < SENT < final) or any report after a final status is ignored (`changed: false`), so callbacks
 *   and polling can arrive in any order.
 */
export function nextSendState(state: NoticeSendState, event: SendEvent): SendTransition {
  switch (event.type) {
    case 'QUEUE':
      if (state.status === 'DRAFT') return { ok: true, state: { status: 'QUEUED' }, changed: true };
      if (state.status === 'FAILED' && state.failure?.retryable) return { ok: true, state: { status: 'QUEUED' }, changed: true };
      if (state.status === 'FAILED') {
        return illegal(state, event, 'send.notRetryable', 'The failed notice may have reached the provider and is not sent again');
      }
      return illegal(state, event, 'notice.alreadySent', 'The notice has already been sent or is being sent');
    case 'ABORT':
      if (state.status === 'QUEUED') return { ok: true, state: { status: 'DRAFT' }, changed: true };
      return illegal(state, event);
    case 'START':
      if (state.status === 'QUEUED') return { ok: true, state: { status: 'SENDING' }, changed: true };
      return illegal(state, event);
    case 'ACCEPTED':
      if (state.status !== 'SENDING') return illegal(state, event);
      if (!event.providerMessageId || !event.sentAt) {
        return illegal(state, event, 'send.missingProviderId', 'Accepted message needs the provider id and the sent date');
      }
      return {
        ok: true,
        changed: true,
        state: {
          status: 'SENT',
          providerMessageId: event.providerMessageId,
          sentAt: event.sentAt,
          deliveryStatus: event.deliveryStatus ?? 'QUEUE',
          deliveryStatusAt: event.sentAt,
        },
      };
    case 'FAIL':
      if (state.status !== 'QUEUED' && state.status !== 'SENDING') return illegal(state, event);
      return { ok: true, changed: true, state: { status: 'FAILED', failure: { reason: event.reason, retryable: event.retryable } } };
    case 'DELIVERY': {
      if (state.status !== 'SENT') return illegal(state, event);
      if (!isSmsapiStatus(event.status)) return illegal(state, event, 'send.unknownStatus', `Unknown SMSAPI status ${String(event.status)}`);
      const current = state.deliveryStatus ?? 'QUEUE';
      if (isFinalDeliveryStatus(current) || rank(event.status) < rank(current) || event.status === current) {
        return { ok: true, state, changed: false };
      }
      return { ok: true, changed: true, state: { ...state, deliveryStatus: event.status, deliveryStatusAt: event.at ?? state.deliveryStatusAt ?? null } };
    }
    case 'BOUNCE':
      // a bounce of an accepted e-mail; a second bounce report of the same message changes nothing
      if (state.status === 'BOUNCED') return { ok: true, state, changed: false };
      if (state.status !== 'SENT') return illegal(state, event);
      return { ok: true, changed: true, state: { ...state, status: 'BOUNCED', failure: { reason: event.reason, retryable: false } } };
    default:
      return illegal(state, event as SendEvent);
  }
}

/** Like `nextSendState` but throws `ValidationError` on an illegal transition. */
export function applySendEvent(state: NoticeSendState, event: SendEvent): NoticeSendState {
  const t = nextSendState(state, event);
  if (!t.ok) throw new ValidationError([t.issue]);
  return t.state;
}

/** "Check status" is available for a sent SMS until it is DELIVERED (COLL-4.3: the target status; then inactive). */
export function canCheckDeliveryStatus(state: NoticeSendState | null | undefined): boolean {
  return !!state && state.status === 'SENT' && state.deliveryStatus !== 'DELIVERED';
}
