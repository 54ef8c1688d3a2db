import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../graphql/generated';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { formatDateTime } from '../../shared/format';

const AuditQuery = graphql(`
  query AuditScreen($filter: AuditLogFilter, $first: Int) {
    auditLog(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          at
          actorType
          actorId
          action
          entity
          entityId
          ip
          after
        }
      }
    }
  }
`);

/** Audit screen (ADMIN): every audit entry, newest first; filters by action, IP and "authentication events only". */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState('');
  const [ip, setIp] = useState('');
  const [authOnly, setAuthOnly] = useState(false);
  const { data, loading, error } = useQuery(AuditQuery, {
    variables: { filter: { action: action.trim() || null, ip: ip.trim() || null, authOnly }, first: 100 },
    fetchPolicy: 'network-only',
  });
  const fmt = (d: string) => formatDateTime(d, i18n.language, { seconds: true });
  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <div className="form form--inline" role="search">
        <TextField name="action" label={t('audit.action')} value={action} onChange={(e) => setAction(e.target.value.toUpperCase())} hint={t('audit.actionHint')} />
        <TextField name="ip" label={t('audit.ip')} value={ip} onChange={(e) => setIp(e.target.value)} />
        <label className="checkbox">
          <input type="checkbox" checked={authOnly} onChange={(e) => setAuthOnly(e.target.checked)} /> {t('audit.authOnly')}
        </label>
      </div>
      {error ? <QueryError error={error} /> : null}
      {loading && !data ? <Spinner /> : null}
      {data ? (
        <table className="data-table" data-testid="audit-table">
          <caption>{t('audit.total', { n: data.auditLog.totalCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.ip')}</th>
              <th scope="col">{t('audit.entity')}</th>
              <th scope="col">{t('audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {data.auditLog.edges.map(({ node: e }) => (
              <tr key={e.id}>
                <td className="small">{fmt(e.at)}</td>
                <td>{e.action}</td>
                <td className="small">
                  {e.actorType}
                  {e.actorId ? ` ${e.actorId.slice(0, 8)}` : ''}
                </td>
                <td>{e.ip ?? '—'}</td>
                <td className="small">
                  {e.entity}
                  {e.entityId ? ` ${e.entityId}` : ''}
                </td>
                <td className="small">{e.after ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
