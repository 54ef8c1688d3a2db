import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { Dialog } from '../../shared/ui/Dialog';
import { AbortNoticeSendJobMutation, NoticeSendJobQuery } from './operations';

const FINISHED = new Set(['DONE', 'ABORTED']);

/**
 * Progress of a send job (COLL-4.3.3): "12/20" with a progress bar, polling noticeSendJob every second,
 * "Abort" keeps the notices already handed over; failures listed per notice.
 */
export function SendProgressDialog({
  jobId,
  onClose,
  describe,
}: {
  jobId: string | null;
  onClose: (finished: boolean) => void;
  /** label of a notice in the failure list */
  describe?: (noticeId: string) => string;
}) {
  const { t } = useTranslation();
  const { data, error, startPolling, stopPolling } = useQuery(NoticeSendJobQuery, {
    variables: { id: jobId ?? '' },
    skip: !jobId,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const job = data?.noticeSendJob;
  const finished = job ? FINISHED.has(job.status) : false;

  useEffect(() => {
    if (!jobId) return;
    if (finished) {
      stopPolling();
      return;
    }
    startPolling(700);
    return () => stopPolling();
  }, [jobId, finished, startPolling, stopPolling]);

  const [abort, abortState] = useMutation(AbortNoticeSendJobMutation);
  const abortErrors = useFormErrors(abortState.error, []);

  const total = job?.total ?? 0;
  const done = job?.sent ?? 0;
  const percent = total > 0 ? Math.round(((job?.processed ?? 0) / total) * 100) : 0;

  return (
    <Dialog
      open={!!jobId}
      title={t('notices.send.title')}
      onClose={() => onClose(finished)}
      variant="compact"
      footer={
        finished || error ? (
          <button type="button" className="button button--primary" onClick={() => onClose(true)} autoFocus>
            {t('notices.common.close')}
          </button>
        ) : (
          <button
            type="button"
            className="button coll-btn-danger"
            disabled={!job || job.abortRequested || abortState.loading}
            onClick={() => {
              if (jobId) void abort({ variables: { id: jobId } }).catch(() => undefined);
            }}
          >
            {job?.abortRequested ? t('notices.send.aborting') : t('notices.send.abort')}
          </button>
        )
      }
    >
      {error ? <QueryError error={error} /> : null}
      <ErrorBanner messages={abortErrors.banner} />
      <p className="send-progress__count" aria-live="polite">
        {t('notices.send.counter', { done, total })}
      </p>
      <progress className="send-progress__bar" max={100} value={percent} aria-label={t('notices.send.progressLabel')} aria-valuetext={`${done}/${total}`} />
      {job ? (
        <p className="send-progress__status" role="status">
          {finished
            ? job.status === 'ABORTED'
              ? t('notices.send.abortedSummary', { sent: job.sent, aborted: job.aborted, failed: job.failed })
              : job.failed > 0
                ? t('notices.send.doneWithErrors', { sent: job.sent, failed: job.failed })
                : t('notices.send.doneOk', { sent: job.sent })
            : t('notices.send.running')}
        </p>
      ) : null}
      {job && job.failures.length > 0 ? (
        <div className="banner banner--error" role="alert">
          <div className="banner__body">
            <strong className="banner__title">{t('notices.send.failuresTitle')}</strong>
            <ul className="banner__list">
              {job.failures.map((f) => (
                <li key={f.noticeId}>
                  {describe ? describe(f.noticeId) : f.noticeId}: {f.reason}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
