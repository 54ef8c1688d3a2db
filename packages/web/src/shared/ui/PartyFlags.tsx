import { useTranslation } from 'react-i18next';
import { Badge } from './Badge';
import type { PartyRole } from '../../graphql/generated/graphql';

export function RoleBadge({ role }: { role: PartyRole }) {
  const { t } = useTranslation();
  return <Badge tone={role === 'BORROWER' ? 'info' : 'neutral'}>{t(`partyRole.${role}`)}</Badge>;
}

export function PartyFlags({ party }: { party: { smsConsent: boolean; departed: boolean; departedDate: string | null } }) {
  const { t } = useTranslation();
  return (
    <span className="flags">
      {party.smsConsent ? <Badge tone="success">{t('debtorFile.smsConsent')}</Badge> : <Badge tone="neutral">{t('debtorFile.noSmsConsent')}</Badge>}
      {party.departed ? <Badge tone="danger">{party.departedDate ? t('debtorFile.departedSince', { date: party.departedDate }) : t('debtorFile.departed')}</Badge> : null}
    </span>
  );
}

export function FileStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = status === 'ACTIVE' ? 'success' : status === 'TERMINATED' || status === 'WRITTEN_OFF' ? 'warning' : 'neutral';
  return <Badge tone={tone}>{t(`fileStatus.${status}`, { defaultValue: status })}</Badge>;
}
