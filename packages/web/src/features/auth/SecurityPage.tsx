import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { PasswordStrength } from '../../shared/ui/PasswordStrength';
import {
  ChangePasswordMutation,
  ConfirmTotpEnrolmentMutation,
  EndOtherStaffSessionsMutation,
  EndStaffSessionMutation,
  MySecurityQuery,
  StaffSessionsQuery,
  StartTotpEnrolmentMutation,
} from './operations';
import { formatDateTime } from '../../shared/format';

/** The staff user's own security (issue 20): second factor, active sessions, password. */
export function SecurityPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MySecurityQuery, { fetchPolicy: 'network-only' });
  if (loading && !data) return <Spinner />;
  if (error) return <QueryError error={error} />;
  const sec = data!.mySecurity;
  return (
    <div className="page">
      <h1>{t('security.title')}</h1>
      <TotpSection totpEnabled={sec.totpEnabled} enrolmentRequired={sec.enrolmentRequired} codesLeft={sec.recoveryCodesLeft} onDone={() => void refetch()} />
      {sec.enrolmentRequired ? null : (
        <>
          <SessionsSection />
          <PasswordSection />
        </>
      )}
    </div>
  );
}

function TotpSection({ totpEnabled, enrolmentRequired, codesLeft, onDone }: { totpEnabled: boolean; enrolmentRequired: boolean; codesLeft: number; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [start, startState] = useMutation(StartTotpEnrolmentMutation);
  const [confirm, confirmState] = useMutation(ConfirmTotpEnrolmentMutation);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const errors = useFormErrors(confirmState.error ?? startState.error, ['code'] as const);
  const pending = startState.data?.startTotpEnrolment;

  async function onConfirm(e: FormEvent) {
    e.preventDefault();
    try {
      const r = await confirm({ variables: { code: code.trim() } });
      setCodes(r.data?.confirmTotpEnrolment ?? []);
    } catch {
      // shown through the error state
    }
  }

  return (
    <section className="card" aria-labelledby="totp-title">
      <h2 id="totp-title">{t('security.totpTitle')}</h2>
      {enrolmentRequired && !codes ? <p className="banner banner--info">{t('security.enrolRequired')}</p> : null}
      {codes ? (
        <div data-testid="recovery-codes">
          <h3>{t('security.recoveryTitle')}</h3>
          <p>{t('security.recoveryHint')}</p>
          <ul className="recovery-codes">
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <button type="button" className="button button--primary" onClick={() => (enrolmentRequired ? void navigate('/files', { replace: true }) : onDone())}>
            {t('security.continue')}
          </button>
        </div>
      ) : totpEnabled ? (
        <p data-testid="totp-status">{t('security.totpOn', { n: codesLeft })}</p>
      ) : (
        <>
          <p data-testid="totp-status">{t('security.totpOff')}</p>
          <ErrorBanner messages={errors.banner} />
          {!pending ? (
            <button type="button" className="button button--primary" onClick={() => void start().catch(() => undefined)} disabled={startState.loading}>
              {t('security.start')}
            </button>
          ) : (
            <form onSubmit={onConfirm} noValidate className="form">
              <p>{t('security.scan')}</p>
              <img src={pending.qrDataUrl} alt={t('security.qrAlt')} width={220} height={220} />
              <p>
                <code data-testid="totp-secret">{pending.secret}</code>
              </p>
              <TextField name="code" label={t('security.code')} autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} error={errors.byField.code} />
              <button type="submit" className="button button--primary" disabled={confirmState.loading}>
                {t('security.confirm')}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}

function SessionsSection() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(StaffSessionsQuery, { fetchPolicy: 'network-only' });
  const [end, endState] = useMutation(EndStaffSessionMutation);
  const [endOthers, endOthersState] = useMutation(EndOtherStaffSessionsMutation);
  const fmt = (d: string) => formatDateTime(d, i18n.language, { seconds: true });
  const others = (data?.staffSessions ?? []).filter((s) => !s.current).length;
  return (
    <section className="card" aria-labelledby="sessions-title">
      <div className="section-head">
        <h2 id="sessions-title">{t('security.sessionsTitle')}</h2>
        {others > 0 ? (
          <button
            type="button"
            className="button"
            disabled={endOthersState.loading}
            onClick={() =>
              void endOthers()
                .then(() => refetch())
                .catch(() => undefined)
            }
          >
            {t('security.endOthers')}
          </button>
        ) : null}
      </div>
      {error || endState.error || endOthersState.error ? <QueryError error={error ?? endState.error ?? endOthersState.error} /> : null}
      <table className="table" data-testid="sessions">
        <thead>
          <tr>
            <th>{t('security.device')}</th>
            <th>{t('security.ip')}</th>
            <th>{t('security.started')}</th>
            <th>{t('security.lastSeen')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(data?.staffSessions ?? []).map((s) => (
            <tr key={s.id}>
              <td>{s.userAgent ?? '—'}</td>
              <td>{s.ip ?? '—'}</td>
              <td>{fmt(s.createdAt)}</td>
              <td>{fmt(s.lastSeenAt)}</td>
              <td>
                {s.current ? (
                  <em>{t('security.current')}</em>
                ) : (
                  <button
                    type="button"
                    className="button button--ghost"
                    disabled={endState.loading}
                    onClick={() =>
                      void end({ variables: { id: s.id } })
                        .then(() => refetch())
                        .catch(() => undefined)
                    }
                  >
                    {t('security.end')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PasswordSection() {
  const { t } = useTranslation();
  const [change, state] = useMutation(ChangePasswordMutation);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const errors = useFormErrors(state.error, ['currentPassword', 'newPassword'] as const);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    try {
      await change({ variables: { currentPassword: current, newPassword: next } });
      setDone(true);
      setCurrent('');
      setNext('');
    } catch {
      // shown through the error state
    }
  }
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t('security.passwordTitle')}</h2>
      {done ? <p className="banner banner--success">{t('security.passwordChanged')}</p> : null}
      <ErrorBanner messages={errors.banner} />
      <form onSubmit={onSubmit} noValidate className="form">
        <TextField
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t('security.currentPassword')}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.byField.currentPassword}
        />
        <TextField
          name="newPassword"
          type="password"
          autoComplete="new-password"
          label={t('security.newPassword')}
          hint={t('security.newPasswordHint')}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={errors.byField.newPassword}
        />
        <PasswordStrength password={next} />
        <button type="submit" className="button button--primary" disabled={state.loading}>
          {t('security.changePassword')}
        </button>
      </form>
    </section>
  );
}
