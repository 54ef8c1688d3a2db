import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../shared/ui/Badge';

const LOAN_TONES: Record<string, BadgeTone> = {
  ACTIVE: 'info',
  REPAID: 'success',
  TERMINATED: 'danger',
  TO_BE_DISBURSED: 'neutral',
  WRITTEN_OFF: 'warning',
};
const LINE_TONES: Record<string, BadgeTone> = {
  PENDING: 'neutral',
  PARTIALLY_PAID: 'warning',
  PAID: 'success',
  OVERDUE: 'danger',
};

export function LoanStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge tone={LOAN_TONES[status] ?? 'neutral'}>{t(`clientZone.status.${status}`, { defaultValue: status })}</Badge>;
}

export function LineStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge tone={LINE_TONES[status] ?? 'neutral'}>{t(`clientZone.lineStatus.${status}`, { defaultValue: status })}</Badge>;
}

const ONLINE_TONES: Record<string, BadgeTone> = {
  PENDING: 'info',
  PAID: 'success',
  FAILED: 'danger',
  CANCELLED: 'neutral',
  ERROR: 'warning',
};

/** Status of an online payment attempt ("Płatności online", issue 26). */
export function OnlinePaymentStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge tone={ONLINE_TONES[status] ?? 'neutral'}>{t(`clientZone.loan.onlineStatus.${status}`, { defaultValue: status })}</Badge>;
}
