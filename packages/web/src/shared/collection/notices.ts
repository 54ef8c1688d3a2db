// Soft-collection enums shared by the notice screens (registry, notice forms, templates, mass generation).

export const REASONS = ['OVERDUE', 'UPCOMING', 'OTHER'] as const;
export const CHANNELS = ['SMS', 'EXTERNAL_SMS', 'PHONE_CALL', 'EMAIL'] as const;
export const SEND_STATUSES = ['DRAFT', 'QUEUED', 'SENDING', 'SENT', 'FAILED', 'BOUNCED'] as const;
export const SETTLEMENT_STATUSES = ['SETTLED', 'PARTIALLY_SETTLED', 'UNSETTLED'] as const;
/** SMSAPI delivery statuses (docs/domain-collection.md §6). */
export const DELIVERY_STATUSES = ['QUEUE', 'ACCEPTED', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'REJECTED', 'EXPIRED', 'UNKNOWN', 'NOT_FOUND', 'RENEWAL', 'STOP'] as const;

export const isSmsChannel = (channel: string) => channel === 'SMS' || channel === 'EXTERNAL_SMS';
