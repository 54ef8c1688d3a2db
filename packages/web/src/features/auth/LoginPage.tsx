import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { hasErrorCode } from '../../shared/errors/graphqlErrors';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { MeQuery } from '../../shared/session';
import { LoginMutation, MySecurityQuery } from './operations';

const FIELDS = ['email', 'password', 'totpCode'] as const;

/** Only same-app paths are accepted as the post-login target. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/files';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // second step (issue 20): shown once the server asks for the code of an enrolled user
  const [needsCode, setNeedsCode] = useState(false);
  const [totpCode, setTotpCode] = useState('');
  const [login, { loading, error, reset }] = useMutation(LoginMutation);
  const formErrors = useFormErrors(error, FIELDS);

  // Wrong credentials come back as UNAUTHENTICATED: say so plainly instead of the generic text.
  const banner = hasErrorCode(error, 'UNAUTHENTICATED') ? [t('auth.invalidCredentials')] : formErrors.banner;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const result = await login({ variables: { email: email.trim(), password, totpCode: needsCode ? totpCode.trim() : null } });
      const user = result.data?.login;
      if (!user) return;
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: user } });
      // an administrator without a second factor must set one up before anything else
      const security = await client.query({ query: MySecurityQuery, fetchPolicy: 'network-only' });
      if (security.data?.mySecurity.enrolmentRequired) void navigate('/security?enrol=1', { replace: true });
      else void navigate(safeNext(params.get('next')), { replace: true });
    } catch (e) {
      const rule = (e as { errors?: { extensions?: { fields?: { rule: string }[] } }[] }).errors?.[0]?.extensions?.fields?.[0]?.rule;
      if (rule === 'auth.totpRequired') setNeedsCode(true);
      // shown through `error`
    }
  }

  return (
    <div className="login">
      <div className="login__lang">
        <LanguageSwitch />
      </div>
      <main className="login__card" aria-labelledby="login-title">
        <div className="login__brand" aria-hidden="true">
          <span className="logo">R</span>
          <span className="login__product">{t('app.name')}</span>
        </div>
        <h1 id="login-title">{t('auth.title')}</h1>
        <p className="muted">{t('auth.subtitle')}</p>
        {params.get('expired') ? <p className="banner banner--info">{t('auth.sessionExpired')}</p> : null}
        <ErrorBanner messages={banner} onDismiss={error ? () => reset() : undefined} />
        <form onSubmit={onSubmit} noValidate className="form">
          <TextField
            name="email"
            type="email"
            label={t('auth.email')}
            autoComplete="username"
            autoFocus
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={formErrors.byField.email}
          />
          <TextField
            name="password"
            type="password"
            label={t('auth.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={formErrors.byField.password}
          />
          {needsCode ? (
            <TextField
              name="totpCode"
              label={t('auth.totpCode')}
              hint={t('auth.totpCodeHint')}
              autoComplete="one-time-code"
              inputMode="text"
              autoFocus
              required
              value={totpCode}
              onChange={(e) => setTotpCode(e.target.value)}
              error={formErrors.byField.totpCode}
            />
          ) : null}
          <button type="submit" className="button button--primary button--block" disabled={loading}>
            {loading ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
