import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ReminderKind } from '../../graphql/generated/graphql';
import { formatDateTime, formatDate } from '../../shared/format';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { currentLanguage } from '../../shared/i18n/i18n';
import { ReminderStatusQuery, RunRemindersMutation } from './operations';

/**
 * The reminder jobs (issue 25): when they run (schedule, next run), what the last run did (sent, failed, skipped and
 * why) and "Run now" — idempotent: an installment is never reminded twice by the same rule, so a second run adds none.
 */
export function ReminderRunsCard() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { data, loading, error } = useQuery(ReminderStatusQuery, { fetchPolicy: 'cache-and-network' });
  const [run, runState] = useMutation(RunRemindersMutation, { refetchQueries: ['ReminderStatus'], awaitRefetchQueries: true });
  const [done, setDone] = useState<{ sent: number; failed: number; skipped: number } | null>(null);
  const errors = useFormErrors(runState.error, []);
  const s = data?.reminderStatus;

  async function runNow() {
    setDone(null);
    try {
      const total = { sent: 0, failed: 0, skipped: 0 };
      for (const kind of ['UPCOMING', 'SK_DELAY'] as ReminderKind[]) {
        const r = (await run({ variables: { kind } })).data?.runReminders;
        if (r) {
          total.sent += r.sent;
          total.failed += r.failed;
          total.skipped += r.skipped;
        }
      }
      setDone(total);
    } catch {
      // shown by errors
    }
  }

  return (
    <section className="card" aria-labelledby="rem-runs-title">
      <h2 id="rem-runs-title">{t('settings.remRuns.title')}</h2>
      {error ? <QueryError error={error} /> : null}
      {!s && loading ? <Spinner /> : null}
      {s ? (
        <>
          <p className="muted small">{t('settings.remRuns.businessDate', { date: formatDate(s.businessDate, lang) })}</p>
          <table className="table" aria-labelledby="rem-runs-title">
            <thead>
              <tr>
                <th scope="col">{t('settings.remRuns.job')}</th>
                <th scope="col">{t('settings.remRuns.schedule')}</th>
                <th scope="col">{t('settings.remRuns.nextRun')}</th>
                <th scope="col">{t('settings.remRuns.lastRun')}</th>
                <th scope="col">{t('settings.remRuns.counts')}</th>
              </tr>
            </thead>
            <tbody>
              {s.jobs.map((j) => (
                <tr key={j.kind} data-testid={`reminder-job-${j.kind}`}>
                  <th scope="row">
                    {t(`settings.remRuns.kind.${j.kind}`)}
                    {!j.enabled ? <span className="muted small"> ({t('settings.remRuns.off')})</span> : null}
                  </th>
                  <td>{t(`settings.remRuns.daily.${j.kind}`, { tz: j.timezone })}</td>
                  <td>{formatDateTime(j.nextRunAt, lang)}</td>
                  <td>
                    {j.lastRun ? (
                      <>
                        {formatDateTime(j.lastRun.startedAt, lang)} · {t(`settings.remRuns.trigger.${j.lastRun.trigger}`)}
                      </>
                    ) : (
                      t('settings.remRuns.never')
                    )}
                  </td>
                  <td>
                    {j.lastRun ? (
                      <>
                        {t('settings.remRuns.sent', { n: j.lastRun.sent })}, {t('settings.remRuns.failed', { n: j.lastRun.failed })}, {t('settings.remRuns.skipped', { n: j.lastRun.skipped })}
                        {j.lastRun.skippedReasons.length ? (
                          <span className="muted small">
                            {' '}
                            ({j.lastRun.skippedReasons.map((r) => `${t(`settings.remRuns.reason.${r.reason}`, { defaultValue: r.reason })}: ${r.count}`).join(', ')})
                          </span>
                        ) : null}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <ErrorBanner messages={errors.banner} />
      {done ? (
        <p className="banner banner--success" role="status">
          {t('settings.remRuns.done', done)}
        </p>
      ) : null}
      <div className="toolbar">
        <button type="button" className="button" disabled={runState.loading} onClick={() => void runNow()}>
          {runState.loading ? t('settings.remRuns.running') : t('settings.remRuns.runNow')}
        </button>
        <span className="muted small">{t('settings.remRuns.idempotent')}</span>
      </div>
    </section>
  );
}
