import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useFetchMutation, useFetchQuery } from '../../shared/graphqlFetch';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { safeClientNext } from './paths';
import { ClientLoginMutation, ClientMeQuery, ClientRequestOneTimePasswordMutation, ClientZoneStaffSessionQuery } from './operations';
import { useLanguage } from './useLanguage';
import './clientZone.css';
import './locales';

const FIELDS = ['login', 'password'] as const;

/**
 * /clientzone/login — PESEL + password (the one-time password from the SMS at first). The borrower's first screen,
 * often on a phone: it talks to the server with plain fetch (shared/graphqlFetch.ts) and loads Apollo Client only
 * once signed in (issue 28, SPA weight).
 */
export function ClientLoginPage() {
  const { t } = useTranslation();
  useLanguage(); // re-renders on a language switch
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [submit, { loading, error, reset }] = useFetchMutation(ClientLoginMutation, 'client');
  const formErrors = useFormErrors(error, FIELDS);
  const me = useFetchQuery(ClientMeQuery, 'client');
  // The server resolves a staff session before the borrower cookie: warn instead of looping back here.
  const staff = useFetchQuery(ClientZoneStaffSessionQuery, 'client');
  const staffEmail = staff.data?.me?.email;

  // "wyślij nowe hasło jednorazowe": the same answer whether or not the PESEL has an account
  const [otpOpen, setOtpOpen] = useState(false);
  const [otpLogin, setOtpLogin] = useState('');
  const [requestOtp, otpRequest] = useFetchMutation(ClientRequestOneTimePasswordMutation, 'client');
  const otpErrors = useFormErrors(otpRequest.error, ['login'] as const);

  async function onRequestOtp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await requestOtp({ login: otpLogin.replace(/[\s-]/g, '') });
    } catch {
      // shown through otpRequest.error
    }
  }

  if (me.data?.clientMe && !loading) return <Navigate to={safeClientNext(params.get('next'))} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await submit({ login: login.replace(/[\s-]/g, ''), password });
      // the signed-in zone uses Apollo: loaded now, without data of an earlier session (it asks the server who signed in)
      const { apolloClient } = await import('../../app/apollo');
      await apolloClient.clearStore();
      void navigate(safeClientNext(params.get('next')), { replace: true });
    } catch {
      // shown through `error`
    }
  }

  return (
    <div className="cz cz-login">
      <div className="cz-login__top">
        <div className="cz-brand" aria-hidden="true">
          <span className="logo">R</span>
          <span className="cz-brand__text">
            <span className="cz-brand__name">{t('clientZone.title')}</span>
            <span className="cz-brand__tagline">{t('clientZone.tagline')}</span>
          </span>
        </div>
        <LanguageSwitch />
      </div>
      <main className="cz-login__card" aria-labelledby="cz-login-title">
        <h1 id="cz-login-title">{t('clientZone.login.title')}</h1>
        <p className="muted">{t('clientZone.login.subtitle')}</p>
        {params.get('expired') ? <p className="banner banner--info">{t('clientZone.login.expired')}</p> : null}
        {params.get('loggedOut') && !error ? (
          <p className="banner banner--info" role="status">
            {t('clientZone.login.loggedOut')}
          </p>
        ) : null}
        {staffEmail ? (
          <p className="banner banner--info" role="status">
            {t('clientZone.login.staffSession', { email: staffEmail })}
          </p>
        ) : null}
        <ErrorBanner messages={formErrors.banner} onDismiss={error ? () => reset() : undefined} />
        <form onSubmit={onSubmit} noValidate className="form">
          <TextField
            name="login"
            label={t('clientZone.login.login')}
            hint={t('clientZone.login.loginHint')}
            inputMode="numeric"
            autoComplete="username"
            autoFocus
            required
            value={login}
            onChange={(e) => setLogin(e.target.value)}
            error={formErrors.byField.login}
          />
          <TextField
            name="password"
            type="password"
            label={t('clientZone.login.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={formErrors.byField.password}
          />
          <button type="submit" className="button button--primary button--block cz-button--large" disabled={loading}>
            {loading ? t('clientZone.login.submitting') : t('clientZone.login.submit')}
          </button>
        </form>
        {otpOpen ? (
          <section className="cz-login__otp" aria-labelledby="cz-otp-title">
            <h2 id="cz-otp-title">{t('clientZone.login.otpRequestTitle')}</h2>
            {otpRequest.data?.clientRequestOneTimePassword ? (
              <>
                <p className="banner banner--info" role="status">
                  {t('clientZone.login.otpRequestDone')}
                </p>
                <button type="button" className="button" onClick={() => setOtpOpen(false)}>
                  {t('clientZone.login.otpRequestClose')}
                </button>
              </>
            ) : (
              <form onSubmit={onRequestOtp} noValidate className="form">
                <p className="muted small">{t('clientZone.login.otpRequestText')}</p>
                <ErrorBanner messages={otpErrors.banner} onDismiss={otpRequest.error ? () => otpRequest.reset() : undefined} />
                <TextField
                  name="otpLogin"
                  label={t('clientZone.login.login')}
                  inputMode="numeric"
                  autoComplete="username"
                  required
                  value={otpLogin}
                  onChange={(e) => setOtpLogin(e.target.value)}
                  error={otpErrors.byField.login}
                />
                <div className="cz-login__otp-actions">
                  <button type="submit" className="button button--primary" disabled={otpRequest.loading}>
                    {otpRequest.loading ? t('clientZone.login.otpRequestSending') : t('clientZone.login.otpRequestSubmit')}
                  </button>
                  <button type="button" className="button" onClick={() => setOtpOpen(false)}>
                    {t('clientZone.login.otpRequestCancel')}
                  </button>
                </div>
              </form>
            )}
          </section>
        ) : (
          <p className="cz-login__otp-link">
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setOtpLogin(login);
                otpRequest.reset();
                setOtpOpen(true);
              }}
            >
              {t('clientZone.login.otpRequest')}
            </button>
          </p>
        )}
        <p className="muted small cz-login__help">{t('clientZone.login.help')}</p>
      </main>
    </div>
  );
}
