import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../shared/ui/Badge';
import { formatDateTime } from '../../shared/format';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { EndAllUserSessionsMutation, EndUserSessionMutation, UnlockStaffUserMutation, UserSessionsQuery } from './operations';

/**
 * Issue 20 (docs/security.md § 3c–3d): what an admin does about a staff user's access in the user list —
 * a lock after failed logins ("locked until …", unlock) and the user's active sessions (device, IP, last seen; end one
 * or all). Every action is an audited authentication event on the server.
 */

const fmt = (d: string, lang: string) => formatDateTime(d, lang);

/** "Locked until …" with an unlock button, for a user whose account is locked now. */
export function LockState({ id, email, lockedUntil }: { id: string; email: string; lockedUntil: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  const [unlock, { loading, error }] = useMutation(UnlockStaffUserMutation, { refetchQueries: ['Users'] });
  if (!lockedUntil) return null;
  return (
    <span className="pill-list" data-testid="user-lock">
      <Badge tone="danger">{t('settings.users.lockedUntil', { at: fmt(lockedUntil, i18n.resolvedLanguage ?? 'pl') })}</Badge>
      <button
        type="button"
        className="button button--small"
        disabled={loading}
        aria-label={t('settings.users.unlockFor', { name: email })}
        onClick={() => void unlock({ variables: { id } }).catch(() => undefined)}
      >
        {t('settings.users.unlock')}
      </button>
      {error ? <span className="small field__error">{error.message}</span> : null}
    </span>
  );
}

/** The active sessions of one staff user, for an admin: end one, or all of them. */
export function UserSessionsCard({ user, onClose }: { user: { id: string; email: string; name: string }; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const { data, loading, error, refetch } = useQuery(UserSessionsQuery, { variables: { userId: user.id }, fetchPolicy: 'network-only' });
  const [end, endState] = useMutation(EndUserSessionMutation);
  const [endAll, endAllState] = useMutation(EndAllUserSessionsMutation);
  const sessions = data?.staffSessions ?? [];
  return (
    <section className="card" aria-labelledby="user-sessions-title" data-testid="user-sessions">
      <div className="section-head">
        <h2 id="user-sessions-title">{t('settings.users.sessionsTitle', { name: user.name, email: user.email })}</h2>
        <span className="pill-list">
          <button
            type="button"
            className="button"
            disabled={endAllState.loading || sessions.length === 0}
            onClick={() => {
              if (window.confirm(t('settings.users.endAllConfirm', { name: user.email })))
                void endAll({ variables: { userId: user.id } })
                  .then(() => refetch())
                  .catch(() => undefined);
            }}
          >
            {t('settings.users.endAll')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('settings.users.closeSessions')}
          </button>
        </span>
      </div>
      {error || endState.error || endAllState.error ? <QueryError error={error ?? endState.error ?? endAllState.error} /> : null}
      {!data && loading ? <Spinner /> : null}
      {data && sessions.length === 0 ? <p className="muted">{t('settings.users.noSessions')}</p> : null}
      {sessions.length ? (
        <table className="data-table">
          <caption className="visually-hidden">{t('settings.users.sessionsTitle', { name: user.name, email: user.email })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settings.users.device')}</th>
              <th scope="col">{t('settings.users.ip')}</th>
              <th scope="col">{t('settings.users.started')}</th>
              <th scope="col">{t('settings.users.lastSeen')}</th>
              <th scope="col">{t('settings.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td className="small">{s.userAgent ?? '—'}</td>
                <td>{s.ip ?? '—'}</td>
                <td className="small">{fmt(s.createdAt, lang)}</td>
                <td className="small">{fmt(s.lastSeenAt, lang)}</td>
                <td>
                  {s.current ? (
                    <em>{t('settings.users.thisSession')}</em>
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      disabled={endState.loading}
                      onClick={() =>
                        void end({ variables: { id: s.id } })
                          .then(() => refetch())
                          .catch(() => undefined)
                      }
                    >
                      {t('settings.users.endSession')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
