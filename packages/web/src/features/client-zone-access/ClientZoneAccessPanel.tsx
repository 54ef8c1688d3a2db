import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ClientZoneAccountStatus, GrantClientZoneAccessMutation as GrantResult } from '../../graphql/generated/graphql';
import { hasErrorCode } from '../../shared/errors/graphqlErrors';
import { currentLanguage } from '../../shared/i18n/i18n';
import { Badge, type BadgeTone } from '../../shared/ui/Badge';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { ClearClientZoneLockoutMutation, ClientZoneAccessPreviewQuery, GrantClientZoneAccessMutation, RevokeClientZoneAccessMutation } from './operations';
import './clientZoneAccess.css';
import './locales';
import { formatDateTime } from '../../shared/format';
import { useCan } from '../../shared/hooks';

const STATUS_TONE: Record<ClientZoneAccountStatus, BadgeTone> = {
  NONE: 'neutral',
  PASSWORD_CHANGE_REQUIRED: 'info',
  OTP_EXPIRED: 'warning',
  ACTIVE: 'success',
  LOCKED: 'danger',
  REVOKED: 'neutral',
};

// the mutations' errors name the loan (field loanId): show them in the banner without the field prefix
const FIELDS = ['loanId', 'partyId'] as const;

function useErrorLines(error: unknown): string[] {
  const errors = useFormErrors(error, FIELDS);
  return [...Object.values(errors.byField), ...errors.banner];
}

/**
 * CZ-2 procedure "Dostęp do strefy klienta" for the borrower of a loan: before running, the login (national id)
 * and the masked mobile number; "Grant access" / "Reset password" sends a one-time password by SMS and shows the
 * result; "Revoke access" ends the account's sessions.
 */
export function ClientZoneAccessPanel({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const titleId = useId();
  const [result, setResult] = useState<GrantResult['grantClientZoneAccess'] | null>(null);
  const [revokedAt, setRevokedAt] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);

  const can = useCan();
  const mayManage = can('clientZone.manageAccess');
  const preview = useQuery(ClientZoneAccessPreviewQuery, { variables: { loanId }, fetchPolicy: 'cache-and-network', skip: !mayManage });
  const [grant, granting] = useMutation(GrantClientZoneAccessMutation);
  const [revoke, revoking] = useMutation(RevokeClientZoneAccessMutation);
  const [unlock, unlocking] = useMutation(ClearClientZoneLockoutMutation);
  const [unlocked, setUnlocked] = useState(false);
  const grantErrors = useErrorLines(granting.error);
  const revokeErrors = useErrorLines(revoking.error);
  const unlockErrors = useErrorLines(unlocking.error);

  const p = preview.data?.clientZoneAccessPreview;
  // another loan: forget the previous result
  const [shownFor, setShownFor] = useState(loanId);
  if (shownFor !== loanId) {
    setShownFor(loanId);
    setResult(null);
    setRevokedAt(null);
    setConfirmRevoke(false);
    setUnlocked(false);
  }

  async function onUnlock() {
    try {
      await unlock({ variables: { loanId } });
      setUnlocked(true);
      await preview.refetch();
    } catch {
      // shown through unlocking.error
    }
  }

  async function onGrant() {
    setRevokedAt(null);
    revoking.reset();
    try {
      const r = await grant({ variables: { loanId } });
      if (r.data) setResult(r.data.grantClientZoneAccess);
      await preview.refetch();
    } catch {
      // shown through granting.error
    }
  }

  async function onRevoke() {
    setResult(null);
    granting.reset();
    try {
      const r = await revoke({ variables: { loanId } });
      setConfirmRevoke(false);
      setRevokedAt(r.data?.revokeClientZoneAccess.revokedAt ?? new Date().toISOString());
      await preview.refetch();
    } catch {
      // shown through revoking.error
    }
  }

  // users whose roles may not manage client-zone access (the server's permission table) do not see the procedure at all
  if (!mayManage || (!p && preview.error && hasErrorCode(preview.error, 'FORBIDDEN'))) return null;

  const exists = !!p && p.accountExists && p.accountStatus !== 'REVOKED';
  // a departed borrower ("Ubyły") is not offered "Nadaj dostęp" at all (issue #22); revoking stays possible
  const departed = !!p && p.issues.some((i) => i.rule === 'clientZone.departed');
  const busy = granting.loading || revoking.loading || unlocking.loading;

  return (
    <section className="card cza" aria-labelledby={titleId}>
      <div className="cza__head">
        <h2 id={titleId}>{t('clientZoneAccess.title')}</h2>
        {p ? <Badge tone={STATUS_TONE[p.accountStatus]}>{t(`clientZoneAccess.status.${p.accountStatus}`, { defaultValue: p.accountStatus })}</Badge> : null}
      </div>
      {preview.error && !p ? <QueryError error={preview.error} /> : null}
      {preview.loading && !p ? <Spinner label={t('clientZoneAccess.loading')} /> : null}
      {p ? (
        <>
          <dl className="cza__meta">
            <div>
              <dt>{t('clientZoneAccess.borrower')}</dt>
              <dd>{p.borrowerName}</dd>
            </div>
            <div>
              <dt>{t('clientZoneAccess.login')}</dt>
              <dd className="mono" data-testid="cza-login">
                {p.login ?? '—'}
              </dd>
            </div>
            <div>
              <dt>{t('clientZoneAccess.phone')}</dt>
              <dd className="mono" data-testid="cza-phone">
                {p.maskedPhone ?? '—'}
              </dd>
            </div>
          </dl>
          {!result && p.canGrant && p.login && p.maskedPhone ? (
            <p className="cza__remark">
              {t(exists ? 'clientZoneAccess.willReset' : 'clientZoneAccess.willCreate', { login: p.login, phone: p.maskedPhone })} <span className="muted">{t('clientZoneAccess.noIssues')}</span>
            </p>
          ) : null}
          {p.issues.length > 0 ? (
            <div className="banner banner--error" role="note">
              <div className="banner__body">
                <strong className="banner__title">{t('clientZoneAccess.issues')}</strong>
                <ul className="banner__list">
                  {p.issues.map((i) => (
                    <li key={i.rule}>{t(`clientZoneAccess.issue.${i.rule.replace(/^clientZone\./, '')}`, { defaultValue: i.message })}</li>
                  ))}
                </ul>
              </div>
            </div>
          ) : null}
          {p.lockedUntil ? (
            <div className="banner banner--error cza__locked" role="status" data-testid="cza-locked">
              <span>{t('clientZoneAccess.lockedUntil', { until: formatDateTime(p.lockedUntil, lang) })}</span>{' '}
              <button type="button" className="button" onClick={() => void onUnlock()} disabled={busy}>
                {unlocking.loading ? t('clientZoneAccess.unlocking') : t('clientZoneAccess.unlock')}
              </button>
            </div>
          ) : null}
          {unlocked && !p.lockedUntil ? (
            <p className="banner banner--info" role="status">
              {t('clientZoneAccess.unlocked')}
            </p>
          ) : null}
          <ErrorBanner messages={unlockErrors} onDismiss={unlocking.error ? () => unlocking.reset() : undefined} />
          <ErrorBanner messages={grantErrors} onDismiss={granting.error ? () => granting.reset() : undefined} />
          <ErrorBanner messages={revokeErrors} onDismiss={revoking.error ? () => revoking.reset() : undefined} />
          {result ? (
            <div className="banner cza__result" role="status">
              <strong>{result.created ? t('clientZoneAccess.resultCreated') : t('clientZoneAccess.resultReset')}</strong>
              <dl className="cza__meta">
                <div>
                  <dt>{t('clientZoneAccess.resultLogin')}</dt>
                  <dd className="mono">{result.login}</dd>
                </div>
                <div>
                  <dt>{t('clientZoneAccess.resultPhone')}</dt>
                  <dd className="mono">{result.maskedPhone}</dd>
                </div>
                <div>
                  <dt>{t('clientZoneAccess.resultSentAt')}</dt>
                  <dd>{formatDateTime(result.sentAt, lang)}</dd>
                </div>
                <div>
                  <dt>{t('clientZoneAccess.resultExpires')}</dt>
                  <dd>{formatDateTime(result.otpExpiresAt, lang)}</dd>
                </div>
              </dl>
            </div>
          ) : null}
          {revokedAt ? (
            <p className="banner banner--info" role="status">
              {t('clientZoneAccess.revoked', { at: formatDateTime(revokedAt, lang) })}
            </p>
          ) : null}
          {confirmRevoke ? (
            <div className="cza__confirm" role="group" aria-label={t('clientZoneAccess.revoke')}>
              <p>{t('clientZoneAccess.revokeConfirm')}</p>
              <div className="cza__actions">
                <button type="button" className="button cza__danger" onClick={() => void onRevoke()} disabled={busy} autoFocus>
                  {revoking.loading ? t('clientZoneAccess.revoking') : t('clientZoneAccess.revokeYes')}
                </button>
                <button type="button" className="button" onClick={() => setConfirmRevoke(false)} disabled={busy}>
                  {t('clientZoneAccess.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <div className="cza__actions">
              {departed ? null : (
                <button type="button" className="button button--primary" onClick={() => void onGrant()} disabled={busy || !p.canGrant}>
                  {granting.loading ? t('clientZoneAccess.granting') : exists ? t('clientZoneAccess.reset') : t('clientZoneAccess.grant')}
                </button>
              )}
              {exists ? (
                <button type="button" className="button" onClick={() => setConfirmRevoke(true)} disabled={busy}>
                  {t('clientZoneAccess.revoke')}
                </button>
              ) : null}
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
