import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSearchParams } from 'react-router';
import type { ApiTokenRole, Role, SmsSettingsFieldsFragment, TestSmsConnectionMutation as TestResult, UsersQuery as UsersData } from '../../graphql/generated/graphql';
import { Badge } from '../../shared/ui/Badge';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { Checkbox } from '../../shared/ui/Checkbox';
import { Dialog } from '../../shared/ui/Dialog';
import { useCan, useRuleText } from '../../shared/hooks';
import { Tabs } from '../../shared/ui/Tabs';
import '../../shared/styles/servicing.css';
import './locales';
import {
  ActivateSmsMutation,
  ActivateSoftCollectionMutation,
  ApiTokensQuery,
  CreateApiTokenMutation,
  CreateUserMutation,
  DeactivateSmsMutation,
  DeactivateSoftCollectionMutation,
  ReminderSettingsQuery,
  RevokeApiTokenMutation,
  SoftCollectionSettingsQuery,
  TestSmsConnectionMutation,
  UpdateReminderSettingsMutation,
  UpdateSmsSettingsMutation,
  UpdateUserRolesMutation,
  UsersQuery,
  ResetUserTotpMutation,
} from './operations';
import { senderNameRules } from './senderName';
import { PasswordStrength } from '../../shared/ui/PasswordStrength';
import { LockState, UserSessionsCard } from './UserAccess';
import { ReminderRunsCard } from './ReminderRuns';
import { formatDateTime } from '../../shared/format';
import { FieldError } from '../../shared/ui/FormField';

const SECTIONS = ['collection', 'sms', 'users', 'tokens'] as const;
type Section = (typeof SECTIONS)[number];
const ROLES: readonly Role[] = ['ADMIN', 'SERVICING', 'NOTICES_EDIT', 'NOTICES_VIEW', 'ANALYST'];

/** /settings (ADMIN) — soft collection and reminders, SMS integration, users and roles, API tokens. */
export function SettingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const section: Section = (SECTIONS as readonly string[]).includes(raw ?? '') ? (raw as Section) : 'collection';
  const can = useCan();
  if (!can('settings.edit')) {
    return (
      <section className="page">
        <h1>{t('settings.title')}</h1>
        <EmptyState title={t('settings.adminOnly')} />
      </section>
    );
  }
  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <Tabs label={t('settings.title')} tabs={SECTIONS.map((key) => ({ key, label: t(`settings.tabs.${key}`) }))} active={section} onChange={(key) => setParams({ tab: key }, { replace: true })}>
        {section === 'collection' ? (
          <>
            <SoftCollectionSwitch />
            <ReminderSettingsCard />
            <ReminderRunsCard />
          </>
        ) : null}
        {section === 'sms' ? <SmsIntegration /> : null}
        {section === 'users' ? <Users /> : null}
        {section === 'tokens' ? <ApiTokens /> : null}
      </Tabs>
    </section>
  );
}

/* ---------------- soft collection + reminders ---------------- */

function SoftCollectionSwitch() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SoftCollectionSettingsQuery);
  const opts = { refetchQueries: ['SoftCollectionSettings', 'SoftCollectionStatus'] };
  const [activate, a] = useMutation(ActivateSoftCollectionMutation, opts);
  const [deactivate, d] = useMutation(DeactivateSoftCollectionMutation, opts);
  const active = data?.softCollectionSettings.active;
  return (
    <section className="card" aria-labelledby="sc-title">
      <div className="section-head">
        <h2 id="sc-title">
          {t('settings.sc.title')} {data ? <Badge tone={active ? 'success' : 'neutral'}>{t(active ? 'settings.on' : 'settings.off')}</Badge> : null}
        </h2>
      </div>
      {error ? <QueryError error={error} /> : null}
      {a.error || d.error ? <QueryError error={a.error ?? d.error} /> : null}
      {!data && loading ? <Spinner /> : null}
      {data ? (
        <>
          <p className="muted">{t('settings.sc.text')}</p>
          <Checkbox
            role="switch"
            label={t('settings.sc.switch')}
            checked={Boolean(active)}
            disabled={a.loading || d.loading}
            onChange={(e) => void (e.target.checked ? activate() : deactivate()).catch(() => undefined)}
          />
        </>
      ) : null}
    </section>
  );
}

function ReminderSettingsCard() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ReminderSettingsQuery);
  return (
    <section className="card" aria-labelledby="rem-title">
      <h2 id="rem-title">{t('settings.rem.title')}</h2>
      {error ? <QueryError error={error} /> : null}
      {!data && loading ? <Spinner /> : null}
      {data ? <ReminderForm key={JSON.stringify(data.reminderSettings)} initial={data.reminderSettings} /> : null}
    </section>
  );
}

function ReminderForm({ initial }: { initial: { upcomingEnabled: boolean; upcomingDays: number; skDelayEnabled: boolean } }) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const [form, setForm] = useState({ ...initial, upcomingDays: String(initial.upcomingDays) });
  const [daysError, setDaysError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [save, { loading, error }] = useMutation(UpdateReminderSettingsMutation, { refetchQueries: ['ReminderSettings'] });
  const errors = useFormErrors(error, ['upcomingDays', 'upcomingEnabled', 'skDelayEnabled']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    if (!/^\d+$/.test(form.upcomingDays.trim())) {
      setDaysError(ruleText('integer'));
      return;
    }
    setDaysError(undefined);
    try {
      await save({ variables: { upcomingEnabled: form.upcomingEnabled, upcomingDays: Number(form.upcomingDays), skDelayEnabled: form.skDelayEnabled } });
      setSaved(true);
    } catch {
      // shown below
    }
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="rem-title">
      <ErrorBanner messages={errors.banner} />
      <div className="form-grid">
        <Checkbox
          label={t('settings.rem.upcomingEnabled')}
          checked={form.upcomingEnabled}
          onChange={(e) => setForm({ ...form, upcomingEnabled: e.target.checked })}
          error={errors.byField.upcomingEnabled}
        />
        <TextField
          name="upcomingDays"
          label={t('settings.rem.upcomingDays')}
          inputMode="numeric"
          value={form.upcomingDays}
          onChange={(e) => setForm({ ...form, upcomingDays: e.target.value })}
          error={daysError ?? errors.byField.upcomingDays}
        />
        <Checkbox
          label={t('settings.rem.skDelayEnabled')}
          checked={form.skDelayEnabled}
          onChange={(e) => setForm({ ...form, skDelayEnabled: e.target.checked })}
          error={errors.byField.skDelayEnabled}
        />
      </div>
      <div className="toolbar">
        <button type="submit" className="button button--primary" disabled={loading}>
          {t('settings.save')}
        </button>
        {saved ? (
          <span role="status" className="muted">
            {t('settings.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}

/* ---------------- SMS integration ---------------- */

const SMS_FIELDS = ['endpointUrl', 'backupEndpointUrl', 'profileToken', 'smsToken', 'senderName'] as const;

function SmsIntegration() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SoftCollectionSettingsQuery);
  if (error) return <QueryError error={error} />;
  if (!data && loading) return <Spinner />;
  if (!data) return null;
  return <SmsForm key={data.softCollectionSettings.sms.updatedAt ?? 'new'} sms={data.softCollectionSettings.sms} title={t('settings.sms.title')} />;
}

function SmsForm({ sms, title }: { sms: SmsSettingsFieldsFragment; title: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const ruleText = useRuleText();
  const [form, setForm] = useState({
    endpointUrl: sms.endpointUrl ?? '',
    backupEndpointUrl: sms.backupEndpointUrl ?? '',
    senderName: sms.senderName ?? '',
    // write-only: never prefilled
    profileToken: '',
    smsToken: '',
  });
  const [saved, setSaved] = useState(false);
  const [test, setTest] = useState<TestResult['testSmsConnection'] | null>(null);
  const refetch = { refetchQueries: ['SoftCollectionSettings', 'SoftCollectionStatus'] };
  const [save, s] = useMutation(UpdateSmsSettingsMutation, refetch);
  const [runTest, tt] = useMutation(TestSmsConnectionMutation, refetch);
  const [activate, a] = useMutation(ActivateSmsMutation, refetch);
  const [deactivate, d] = useMutation(DeactivateSmsMutation, refetch);
  const errors = useFormErrors(s.error, SMS_FIELDS);
  const senderIssues = senderNameRules(form.senderName);
  const senderError = senderIssues.length > 0 ? senderIssues.map((r) => ruleText(r, { max: 11 })).join(' ') : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    if (senderIssues.length > 0) return;
    try {
      await save({
        variables: {
          input: {
            endpointUrl: form.endpointUrl.trim(),
            backupEndpointUrl: form.backupEndpointUrl.trim() || null,
            senderName: form.senderName.trim() || null,
            profileToken: form.profileToken || null,
            smsToken: form.smsToken || null,
          },
        },
      });
      setForm({ ...form, profileToken: '', smsToken: '' });
      setSaved(true);
    } catch {
      // shown by the form
    }
  }

  const tokenState = (set: boolean) => <Badge tone={set ? 'success' : 'warning'}>{t(set ? 'settings.sms.tokenSet' : 'settings.sms.tokenNotSet')}</Badge>;

  return (
    <section className="card" aria-labelledby="sms-title">
      <div className="section-head">
        <h2 id="sms-title">
          {title} <Badge tone={sms.active ? 'success' : 'neutral'}>{t(sms.active ? 'settings.sms.active' : 'settings.sms.inactive')}</Badge>
        </h2>
        <span className="pill-list">
          <button
            type="button"
            className="button"
            disabled={tt.loading}
            onClick={() =>
              void runTest()
                .then((r) => setTest(r.data?.testSmsConnection ?? null))
                .catch(() => undefined)
            }
          >
            {tt.loading ? t('settings.sms.testing') : t('settings.sms.test')}
          </button>
          {sms.active ? (
            <button type="button" className="button" disabled={d.loading} onClick={() => void deactivate().catch(() => undefined)}>
              {t('settings.sms.deactivate')}
            </button>
          ) : (
            <button type="button" className="button button--primary" disabled={a.loading} onClick={() => void activate().catch(() => undefined)}>
              {t('settings.sms.activate')}
            </button>
          )}
        </span>
      </div>
      {tt.error || a.error || d.error ? <QueryError error={tt.error ?? a.error ?? d.error} /> : null}
      {test ? (
        <div className={test.ok ? 'result-box' : 'result-box result-box--error'} role="status">
          {test.ok ? (
            <>
              <strong>{t('settings.sms.testOk')}</strong> {t('settings.sms.points', { points: test.points ?? '—' })}
              {test.username ? ` · ${t('settings.sms.username', { name: test.username })}` : ''}
              {test.senderNames?.length ? ` · ${t('settings.sms.senders', { names: test.senderNames.join(', ') })}` : ''}
            </>
          ) : (
            <>
              <strong>{t('settings.sms.testFailed')}</strong>
              {test.reason ? ` ${t(`settings.sms.reason.${test.reason}`, { defaultValue: test.reason })}.` : ''} {t('settings.sms.gatewayAnswer', { message: test.message })}
              {test.providerCode ? ` (${t('settings.sms.code', { code: test.providerCode })})` : ''}
            </>
          )}
        </div>
      ) : sms.lastTestAt ? (
        <p className="muted small">
          {t('settings.sms.lastTest', { at: formatDateTime(sms.lastTestAt, lang) })}: {sms.lastTestOk ? t('settings.sms.testOk') : t('settings.sms.testFailed')}{' '}
          {lastTestNote(sms.lastTestOk, sms.lastTestMessage, t)}
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate aria-labelledby="sms-title">
        <ErrorBanner messages={errors.banner} />
        <div className="form-grid">
          <TextField
            name="endpointUrl"
            type="url"
            label={t('settings.sms.endpointUrl')}
            placeholder="https://api.smsapi.pl/"
            value={form.endpointUrl}
            onChange={(e) => setForm({ ...form, endpointUrl: e.target.value })}
            error={errors.byField.endpointUrl}
          />
          <TextField
            name="backupEndpointUrl"
            type="url"
            label={t('settings.sms.backupEndpointUrl')}
            placeholder="https://api2.smsapi.pl/"
            value={form.backupEndpointUrl}
            onChange={(e) => setForm({ ...form, backupEndpointUrl: e.target.value })}
            error={errors.byField.backupEndpointUrl}
          />
          <div>
            <TextField
              name="profileToken"
              type="password"
              autoComplete="new-password"
              label={t('settings.sms.profileToken')}
              value={form.profileToken}
              onChange={(e) => setForm({ ...form, profileToken: e.target.value })}
              error={errors.byField.profileToken}
              hint={t('settings.sms.tokenHint')}
            />
            <div className="small">{tokenState(sms.profileTokenSet)}</div>
          </div>
          <div>
            <TextField
              name="smsToken"
              type="password"
              autoComplete="new-password"
              label={t('settings.sms.smsToken')}
              value={form.smsToken}
              onChange={(e) => setForm({ ...form, smsToken: e.target.value })}
              error={errors.byField.smsToken}
              hint={t('settings.sms.tokenHint')}
            />
            <div className="small">{tokenState(sms.smsTokenSet)}</div>
          </div>
          <TextField
            name="senderName"
            label={t('settings.sms.senderName')}
            value={form.senderName}
            onChange={(e) => setForm({ ...form, senderName: e.target.value })}
            error={senderError ?? errors.byField.senderName}
            hint={t('settings.sms.senderHint')}
          />
        </div>
        <div className="toolbar">
          <button type="submit" className="button button--primary" disabled={s.loading}>
            {t('settings.save')}
          </button>
          {saved ? (
            <span role="status" className="muted">
              {t('settings.sms.savedNote')}
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}

/* ---------------- users ---------------- */

type User = UsersData['users'][number];

function Users() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(UsersQuery);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [sessionsOf, setSessionsOf] = useState<User | null>(null);
  return (
    <>
      <section className="card" aria-labelledby="users-title">
        <div className="section-head">
          <h2 id="users-title">{t('settings.users.title')}</h2>
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            {t('settings.users.add')}
          </button>
        </div>
        {error ? <QueryError error={error} /> : null}
        {!data && loading ? <Spinner /> : null}
        {data ? (
          <table className="data-table">
            <caption className="visually-hidden">{t('settings.users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.users.name')}</th>
                <th scope="col">{t('settings.users.email')}</th>
                <th scope="col">{t('settings.users.roles')}</th>
                <th scope="col">{t('settings.users.status')}</th>
                <th scope="col">{t('settings.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.users.map((u) => (
                <tr key={u.id}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>
                    <span className="pill-list">
                      {u.roles.map((r) => (
                        <Badge key={r} tone={r === 'ADMIN' ? 'info' : 'neutral'}>
                          {t(`roles.${r}`)}
                        </Badge>
                      ))}
                    </span>
                  </td>
                  <td>
                    <span className="pill-list">
                      {u.active ? <Badge tone="success">{t('settings.users.active')}</Badge> : <Badge tone="warning">{t('settings.users.inactive')}</Badge>}
                      <Badge tone={u.totpEnabled ? 'info' : 'neutral'}>{t(u.totpEnabled ? 'settings.users.totpOn' : 'settings.users.totpOff')}</Badge>
                    </span>
                    <LockState id={u.id} email={u.email} lockedUntil={u.lockedUntil} />
                  </td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => setEditing(u)} aria-label={t('settings.users.editFor', { name: u.email })}>
                      {t('settings.users.editRoles')}
                    </button>{' '}
                    <button type="button" className="button button--small" onClick={() => setSessionsOf(u)} aria-label={t('settings.users.sessionsFor', { name: u.email })}>
                      {t('settings.users.sessions')}
                    </button>{' '}
                    <ResetTotpButton id={u.id} email={u.email} enrolled={u.totpEnabled} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {editing === 'new' ? <NewUserDialog onClose={() => setEditing(null)} /> : null}
        {editing && editing !== 'new' ? <RolesDialog user={editing} onClose={() => setEditing(null)} /> : null}
      </section>
      {sessionsOf ? <UserSessionsCard key={sessionsOf.id} user={sessionsOf} onClose={() => setSessionsOf(null)} /> : null}
    </>
  );
}

function RoleChecks({ roles, onChange, error }: { roles: readonly Role[]; onChange: (roles: Role[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="span-all" style={{ border: 0, padding: 0, margin: 0 }} aria-invalid={error ? true : undefined}>
      <legend className="field__label">{t('settings.users.roles')}</legend>
      <div className="pill-list" style={{ gap: 16, marginTop: 6 }}>
        {ROLES.map((r) => (
          <Checkbox key={r} label={t(`roles.${r}`)} checked={roles.includes(r)} onChange={(e) => onChange(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))} />
        ))}
      </div>
      <FieldError error={error} />
    </fieldset>
  );
}

function DialogFooter({ formId, onClose, saving }: { formId: string; onClose: () => void; saving: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button" onClick={onClose}>
        {t('settings.cancel')}
      </button>
      <button type="submit" form={formId} className="button button--primary" disabled={saving}>
        {t('settings.save')}
      </button>
    </>
  );
}

/** Issue 20: another administrator resets a user's second factor (lost phone); the user's sessions end; audited. */
function ResetTotpButton({ id, email, enrolled }: { id: string; email: string; enrolled: boolean }) {
  const { t } = useTranslation();
  const [reset, { loading, data, error }] = useMutation(ResetUserTotpMutation, { refetchQueries: ['Users'] });
  if (data?.resetUserTotp) return <span className="small">{t('settings.users.totpResetDone')}</span>;
  if (!enrolled) return null; // nothing to reset
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={loading}
        aria-label={t('settings.users.resetTotpFor', { name: email })}
        onClick={() => {
          if (window.confirm(t('settings.users.resetTotpConfirm', { name: email }))) void reset({ variables: { id } }).catch(() => undefined);
        }}
      >
        {t('settings.users.resetTotp')}
      </button>
      {error ? <span className="small field__error">{error.message}</span> : null}
    </>
  );
}

function RolesDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>([...user.roles]);
  const [active, setActive] = useState(user.active);
  const [save, { loading, error }] = useMutation(UpdateUserRolesMutation, { refetchQueries: ['Users'] });
  const errors = useFormErrors(error, ['roles', 'active']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await save({ variables: { id: user.id, roles, active } });
      onClose();
    } catch {
      // shown by the form
    }
  }
  return (
    <Dialog title={t('settings.users.rolesTitle', { name: user.name })} onClose={onClose} footer={<DialogFooter formId="roles-form" onClose={onClose} saving={loading} />}>
      <form id="roles-form" className="form" onSubmit={submit} noValidate>
        <ErrorBanner messages={errors.banner} />
        <RoleChecks roles={roles} onChange={setRoles} error={errors.byField.roles} />
        <Checkbox label={t('settings.users.activeLabel')} checked={active} onChange={(e) => setActive(e.target.checked)} error={errors.byField.active} />
      </form>
    </Dialog>
  );
}

const USER_FIELDS = ['email', 'name', 'password', 'locale', 'roles'] as const;

function NewUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ email: '', name: '', password: '', locale: 'pl', roles: ['NOTICES_VIEW'] as Role[] });
  const [create, { loading, error }] = useMutation(CreateUserMutation, { refetchQueries: ['Users'] });
  const errors = useFormErrors(error, USER_FIELDS);
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await create({ variables: { input: { ...form, email: form.email.trim(), name: form.name.trim() } } });
      onClose();
    } catch {
      // shown by the form
    }
  }
  return (
    <Dialog title={t('settings.users.add')} onClose={onClose} footer={<DialogFooter formId="user-form" onClose={onClose} saving={loading} />}>
      <form id="user-form" className="form" onSubmit={submit} noValidate>
        <ErrorBanner messages={errors.banner} />
        <div className="form-grid">
          <TextField
            name="email"
            type="email"
            label={t('settings.users.email')}
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            error={errors.byField.email}
            autoFocus
          />
          <TextField name="name" label={t('settings.users.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={errors.byField.name} />
          <TextField
            name="password"
            type="password"
            autoComplete="new-password"
            label={t('settings.users.password')}
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            error={errors.byField.password}
            hint={t('settings.users.passwordHint')}
          />
          <PasswordStrength password={form.password} userInputs={[form.email, form.name]} />
          <SelectField
            name="locale"
            label={t('settings.users.locale')}
            value={form.locale}
            onChange={(e) => setForm({ ...form, locale: e.target.value })}
            options={[
              { value: 'pl', label: 'Polski' },
              { value: 'en', label: 'English' },
            ]}
            error={errors.byField.locale}
          />
          <RoleChecks roles={form.roles} onChange={(roles) => setForm({ ...form, roles })} error={errors.byField.roles} />
        </div>
      </form>
    </Dialog>
  );
}

/* ---------------- API tokens ---------------- */

function ApiTokens() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const { data, loading, error } = useQuery(ApiTokensQuery);
  const [form, setForm] = useState({ name: '', role: 'ANALYST' as ApiTokenRole });
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [create, c] = useMutation(CreateApiTokenMutation, { refetchQueries: ['ApiTokens'] });
  const [revoke, r] = useMutation(RevokeApiTokenMutation, { refetchQueries: ['ApiTokens'] });
  const errors = useFormErrors(c.error, ['name', 'role']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setCopied(false);
    try {
      const res = await create({ variables: { name: form.name.trim(), role: form.role } });
      const created = res.data?.createApiToken;
      if (created) {
        setSecret({ name: created.apiToken.name, token: created.token });
        setForm({ ...form, name: '' });
      }
    } catch {
      // shown by the form
    }
  }
  async function copy() {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="tok-new-title">
        <h2 id="tok-new-title">{t('settings.tokens.newTitle')}</h2>
        <form className="toolbar" onSubmit={submit} noValidate aria-labelledby="tok-new-title">
          <TextField name="name" label={t('settings.tokens.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={errors.byField.name} />
          <SelectField
            name="role"
            label={t('settings.tokens.role')}
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value as ApiTokenRole })}
            options={(['ANALYST', 'PARTNER'] as const).map((v) => ({ value: v, label: t(`settings.tokens.role_${v}`) }))}
            error={errors.byField.role}
          />
          <button type="submit" className="button button--primary" disabled={c.loading}>
            {t('settings.tokens.create')}
          </button>
        </form>
        <ErrorBanner messages={errors.banner} />
        {secret ? (
          <div className="result-box result-box--info" role="status">
            <p style={{ marginTop: 0 }}>
              <strong>{t('settings.tokens.createdTitle', { name: secret.name })}</strong> {t('settings.tokens.onceNote')}
            </p>
            <div className="secret">
              <code aria-label={t('settings.tokens.secret')} style={{ flex: 1 }}>
                {secret.token}
              </code>
              <button type="button" className="button button--small" onClick={() => void copy()}>
                {copied ? t('settings.tokens.copied') : t('settings.tokens.copy')}
              </button>
            </div>
            <button type="button" className="link-button" style={{ marginTop: 8 }} onClick={() => setSecret(null)}>
              {t('settings.tokens.hide')}
            </button>
          </div>
        ) : null}
      </section>
      <section className="card" aria-labelledby="tok-title">
        <h2 id="tok-title">{t('settings.tokens.title')}</h2>
        {error || r.error ? <QueryError error={error ?? r.error} /> : null}
        {!data && loading ? <Spinner /> : null}
        {data && data.apiTokens.length === 0 ? <EmptyState title={t('settings.tokens.empty')} /> : null}
        {data && data.apiTokens.length > 0 ? (
          <table className="data-table">
            <caption className="visually-hidden">{t('settings.tokens.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('settings.tokens.name')}</th>
                <th scope="col">{t('settings.tokens.role')}</th>
                <th scope="col">{t('settings.tokens.created')}</th>
                <th scope="col">{t('settings.tokens.lastUsed')}</th>
                <th scope="col">{t('settings.users.status')}</th>
                <th scope="col">{t('settings.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.apiTokens.map((tok) => (
                <tr key={tok.id}>
                  <td>{tok.name}</td>
                  <td>{t(`settings.tokens.role_${tok.role}`)}</td>
                  <td className="small">{formatDateTime(tok.createdAt, lang)}</td>
                  <td className="small">{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, lang) : t('settings.tokens.never')}</td>
                  <td>
                    {tok.revokedAt ? (
                      <Badge tone="neutral">{t('settings.tokens.revokedAt', { at: formatDateTime(tok.revokedAt, lang) })}</Badge>
                    ) : (
                      <Badge tone="success">{t('settings.tokens.activeToken')}</Badge>
                    )}
                  </td>
                  <td>
                    {tok.revokedAt ? null : (
                      <button
                        type="button"
                        className="button button--small srv-button--danger"
                        disabled={r.loading}
                        aria-label={t('settings.tokens.revokeFor', { name: tok.name })}
                        onClick={() => {
                          if (window.confirm(t('settings.tokens.revokeConfirm', { name: tok.name }))) {
                            void revoke({ variables: { id: tok.id } }).catch(() => undefined);
                          }
                        }}
                      >
                        {t('settings.tokens.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}

/**
 * The stored result of the last connection test in the user's language: the server keeps the gateway's own words
 * (English), so a success is told by our text, the pre-filled sandbox is named, and a failure quotes the gateway.
 */
function lastTestNote(ok: boolean | null | undefined, message: string | null | undefined, t: TFunction): string {
  if (!message) return '';
  if (message.startsWith('Local SMSAPI sandbox')) return `(${t('settings.sms.sandboxPrefilled')})`;
  return ok ? '' : `(${t('settings.sms.gatewayAnswer', { message })})`;
}
