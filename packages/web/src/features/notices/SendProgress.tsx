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
 * Progress of a send job (COLL-4.3.3 "12/20 – the first 12 were handed over for sending"): "przekazano
 * n / N" counts a message when it is handed to SMSAPI, "w drodze k" those without an answer yet, accepted and delivered
 * separately; the bar moves with every answer (also in a batch smaller than the in-flight window). "Przerwij" says how
 * many are already on their way (they arrive); the rest go back to unsent. Failures listed per notice.
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
  const done = job?.handedOver ?? 0;
  const percent = total > 0 ? Math.round(((job?.processed ?? 0) / total) * 100) : 0;
  // the progress at the moment of the click (the abort's answer): what was handed over, what is still on its way
  const atAbort = abortState.data?.abortNoticeSendJob;

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
        <ul className="send-progress__figures" aria-label={t('notices.send.progressLabel')}>
          <li data-testid="send-in-flight">{t('notices.send.inFlight', { count: job.inFlight })}</li>
          <li data-testid="send-accepted">{t('notices.send.accepted', { count: job.sent })}</li>
          <li data-testid="send-delivered">{t('notices.send.delivered', { count: job.delivered })}</li>
        </ul>
      ) : null}
      {atAbort ? (
        <p className="send-progress__abort" role="status" data-testid="send-abort-note">
          {t('notices.send.abortRequested', { handed: atAbort.handedOver, inFlight: atAbort.inFlight })}
        </p>
      ) : null}
      {job ? (
        <p className="send-progress__status" role="status">
          {finished
            ? job.status === 'ABORTED'
              ? t('notices.send.abortedSummary', { handed: job.handedOver, sent: job.sent, aborted: job.aborted, failed: job.failed })
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
