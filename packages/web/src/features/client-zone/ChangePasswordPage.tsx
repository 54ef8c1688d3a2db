import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { ClientChangePasswordMutation, ClientMeQuery } from './operations';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * /clientzone/password, and the forced variant shown instead of every page while `mustChangePassword`
 * (after a login with the one-time password from the SMS).
 */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const [change, { loading, error, reset }] = useMutation(ClientChangePasswordMutation);
  const errors = useFormErrors(error, FIELDS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    if (newPassword !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    try {
      const result = await change({ variables: { currentPassword, newPassword } });
      const me = result.data?.clientChangePassword;
      if (!me) return;
      setCurrent('');
      setNew('');
      setConfirm('');
      client.writeQuery({ query: ClientMeQuery, data: { clientMe: me } });
      if (forced) void navigate('/clientzone', { replace: true, state: { passwordChanged: true } });
      else setDone(true);
    } catch {
      // shown through `error`
    }
  }

  return (
    <section className="cz-page cz-page--narrow" aria-labelledby="cz-password-title">
      <h1 id="cz-password-title">{forced ? t('clientZone.password.forcedTitle') : t('clientZone.password.title')}</h1>
      {forced ? <p className="banner banner--info">{t('clientZone.password.forcedText')}</p> : null}
      {done ? (
        <p className="banner cz-banner--success" role="status">
          {t('clientZone.password.changed')}
        </p>
      ) : null}
      <ErrorBanner messages={errors.banner} onDismiss={error ? () => reset() : undefined} />
      <form onSubmit={onSubmit} noValidate className="form card">
        <TextField
          name="currentPassword"
          type="password"
          label={forced ? t('clientZone.password.currentForced') : t('clientZone.password.current')}
          autoComplete="current-password"
          autoFocus
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.byField.currentPassword}
        />
        <TextField
          name="newPassword"
          type="password"
          label={t('clientZone.password.new')}
          hint={t('clientZone.password.newHint')}
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          error={errors.byField.newPassword}
        />
        <TextField
          name="confirmPassword"
          type="password"
          label={t('clientZone.password.confirm')}
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => {
            setConfirm(e.target.value);
            setMismatch(false);
          }}
          error={mismatch ? t('clientZone.password.mismatch') : undefined}
        />
        <button type="submit" className="button button--primary cz-button--large" disabled={loading}>
          {loading ? t('clientZone.password.submitting') : t('clientZone.password.submit')}
        </button>
      </form>
    </section>
  );
}
