import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../shared/ui/Badge';

const SEND_TONE: Record<string, BadgeTone> = { DRAFT: 'neutral', QUEUED: 'info', SENDING: 'info', SENT: 'success', FAILED: 'danger', BOUNCED: 'danger' };
const SETTLEMENT_TONE: Record<string, BadgeTone> = { SETTLED: 'success', PARTIALLY_SETTLED: 'warning', UNSETTLED: 'danger' };
const DELIVERY_TONE: Record<string, BadgeTone> = {
  DELIVERED: 'success',
  UNDELIVERED: 'danger',
  FAILED: 'danger',
  REJECTED: 'danger',
  EXPIRED: 'danger',
  STOP: 'danger',
};

export function SendStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge tone={SEND_TONE[status] ?? 'neutral'}>{t(`notices.sendStatus.${status}`, { defaultValue: status })}</Badge>;
}

export function SettlementBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge tone={SETTLEMENT_TONE[status] ?? 'neutral'}>{t(`notices.settlement.${status}`, { defaultValue: status })}</Badge>;
}

export function DeliveryBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge tone={DELIVERY_TONE[status] ?? 'info'}>{t(`notices.delivery.${status}`, { defaultValue: status })}</Badge>;
}
