import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../shared/ui/EmptyState';
import { useCan } from '../../shared/hooks';
import '../../shared/styles/collection.css';
import './locales';
import { createdMessageKey, NewNoticeForm } from './NewNoticeForm';
import { NoticeDetailsForm } from './NoticeDetailsForm';

function useBack(): string {
  const location = useLocation();
  const state: unknown = location.state;
  return typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string' ? state.from : '/notices';
}

function useFlash(): string | undefined {
  const state: unknown = useLocation().state;
  return typeof state === 'object' && state !== null && 'flash' in state && typeof state.flash === 'string' ? state.flash : undefined;
}

/** /notices/:id — details of one notice (from the registry). */
export function NoticeDetailsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const back = useBack();
  const flash = useFlash();
  return (
    <section className="page" aria-label={t('notices.editor.detailsTitle')}>
      <Link to={back} className="back-link">
        <span aria-hidden="true">← </span>
        {t('notices.registry.back')}
      </Link>
      <div className="card">
        <NoticeDetailsForm noticeId={id} flash={flash} onClose={() => void navigate(back)} onDeleted={() => void navigate(back)} />
      </div>
    </section>
  );
}

/** /notices/new?fileId=… — add a notice for a file. */
export function NewNoticePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const fileId = params.get('fileId') ?? '';
  const can = useCan();
  return (
    <section className="page" aria-label={t('notices.editor.addTitle')}>
      <Link to={fileId ? `/files/${encodeURIComponent(fileId)}` : '/notices'} className="back-link">
        <span aria-hidden="true">← </span>
        {t('notices.common.back')}
      </Link>
      <div className="card">
        {!can('notices.edit') ? (
          <EmptyState title={t('notices.editor.readOnlyRole')} />
        ) : fileId ? (
          <NewNoticeForm
            fileId={fileId}
            onCancel={() => void navigate(-1)}
            onCreated={(id, channel) => void navigate(`/notices/${encodeURIComponent(id)}`, { replace: true, state: { flash: t(createdMessageKey(channel)) } })}
          />
        ) : (
          <EmptyState title={t('notices.editor.noFile')} />
        )}
      </div>
    </section>
  );
}
