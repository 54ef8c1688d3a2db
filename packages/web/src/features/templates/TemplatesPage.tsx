import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ContactReason, NoticeChannel, TemplateFieldsFragment } from '../../graphql/generated/graphql';
import { hasErrorCode, toFormErrors } from '../../shared/errors/graphqlErrors';
import { currentLanguage } from '../../shared/i18n/i18n';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors, useLiveFormErrors } from '../../shared/ui/useFormErrors';
import '../../shared/styles/collection.css';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { NormalisationNotice, SmsCounter } from '../../shared/collection/SmsCounter';
import './locales';
import { CreateTemplateMutation, DeleteTemplateMutation, PreviewTemplateQuery, TemplatePlaceholdersQuery, TemplatesQuery, UpdateTemplateMutation } from './operations';
import { CHANNELS, isSmsChannel, REASONS } from '../../shared/collection/notices';
import { formatDateTime } from '../../shared/format';
import { FormField } from '../../shared/ui/FormField';
import { useCan } from '../../shared/hooks';

type Normalisation = Parameters<typeof NormalisationNotice>[0]['normalisation'];
type Selection = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string };

/** /templates — "Obsługa szablonów powiadomień" (COLL-4.2). */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const mayEdit = can('templates.edit');
  const lang = i18n.resolvedLanguage ?? 'pl';
  const list = useQuery(TemplatesQuery, { fetchPolicy: 'cache-and-network' });
  const [sel, setSel] = useState<Selection>({ kind: 'none' });
  const [confirmDelete, setConfirmDelete] = useState<TemplateFieldsFragment | null>(null);
  const [del, delState] = useMutation(DeleteTemplateMutation);
  const delErrors = useFormErrors(delState.error, []);
  const [deleting, setDeleting] = useState('');
  // CONFLICT (template.inUse): say it in the UI language, naming the template
  const inUse = hasErrorCode(delState.error, 'CONFLICT');
  const [info, setInfo] = useState('');
  const [norm, setNorm] = useState<Normalisation>(null);
  const templates = list.data?.noticeTemplates ?? [];
  const editing = sel.kind === 'edit' ? templates.find((x) => x.id === sel.id) : undefined;

  return (
    <section className="page templates" aria-labelledby="templates-title">
      <div className="coll-toolbar">
        <h1 id="templates-title">{t('templates.title')}</h1>
        <span className="coll-toolbar__spacer" />
        {mayEdit ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setInfo('');
              setSel({ kind: 'new' });
            }}
          >
            {t('templates.add')}
          </button>
        ) : null}
      </div>
      {info ? (
        <p className="banner banner--success" role="status">
          {info}
        </p>
      ) : null}
      <NormalisationNotice normalisation={norm} />
      <ErrorBanner messages={inUse ? [t('templates.inUse', { name: deleting })] : delErrors.banner} />
      <div className="templates__layout">
        <section className="card templates__list" aria-labelledby="templates-list-title">
          <h2 id="templates-list-title" className="visually-hidden">
            {t('templates.list')}
          </h2>
          {list.error ? <QueryError error={list.error} /> : null}
          {list.loading && !list.data ? <Spinner /> : null}
          {list.data && templates.length === 0 ? <EmptyState title={t('templates.empty')}>{t('templates.emptyHint')}</EmptyState> : null}
          {templates.length > 0 ? (
            <div className="table-wrap">
              <table className="data-table data-table--compact data-table--select">
                <caption className="visually-hidden">{t('templates.list')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('templates.name')}</th>
                    <th scope="col" className="num">
                      {t('templates.usedBy')}
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">{t('templates.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {templates.map((tpl) => (
                    <tr key={tpl.id} className={sel.kind === 'edit' && sel.id === tpl.id ? 'row--current' : undefined}>
                      <td>
                        <button
                          type="button"
                          className="link-button strong"
                          onClick={() => {
                            setInfo('');
                            setNorm(null);
                            setSel({ kind: 'edit', id: tpl.id });
                          }}
                        >
                          {tpl.name}
                        </button>
                        <div className="muted small">
                          {t(`notices.channel.${tpl.channel}`)} · {t(`notices.reasonShort.${tpl.reason}`)} · {formatDateTime(tpl.updatedAt, lang)}
                        </div>
                      </td>
                      <td className="num">{tpl.usedBy}</td>
                      <td className="nowrap">
                        {mayEdit ? (
                          <>
                            {/* a template in use cannot be deleted (the server refuses, template.inUse): disabled, with the reason */}
                            <button
                              type="button"
                              className="button button--small button--danger-ghost"
                              aria-label={t('templates.deleteNamed', { name: tpl.name })}
                              disabled={tpl.usedBy > 0}
                              title={tpl.usedBy > 0 ? t('templates.inUseReason', { count: tpl.usedBy }) : undefined}
                              aria-describedby={tpl.usedBy > 0 ? `template-in-use-${tpl.id}` : undefined}
                              onClick={() => setConfirmDelete(tpl)}
                            >
                              {t('templates.delete')}
                            </button>
                            {tpl.usedBy > 0 ? (
                              <span id={`template-in-use-${tpl.id}`} className="muted small templates__in-use">
                                {t('templates.inUseReason', { count: tpl.usedBy })}
                              </span>
                            ) : null}
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
        <section className="card templates__editor" aria-label={t('templates.editor')}>
          {sel.kind === 'none' ? (
            <EmptyState title={t('templates.pick')}>{t('templates.pickHint')}</EmptyState>
          ) : sel.kind === 'new' ? (
            <TemplateEditor
              key="new"
              mayEdit={mayEdit}
              onSaved={(tpl, n) => {
                void list.refetch();
                setInfo(t('templates.saved'));
                setNorm(n);
                setSel({ kind: 'edit', id: tpl.id });
              }}
              onCancel={() => setSel({ kind: 'none' })}
            />
          ) : editing ? (
            <TemplateEditor
              key={editing.id}
              mayEdit={mayEdit}
              template={editing}
              onSaved={(_tpl, n) => {
                setInfo(t('templates.saved'));
                setNorm(n);
                void list.refetch();
              }}
              onCancel={() => setSel({ kind: 'none' })}
            />
          ) : (
            <Spinner />
          )}
        </section>
      </div>
      <ConfirmDialog
        open={!!confirmDelete}
        tone="danger"
        title={t('templates.deleteTitle')}
        confirmLabel={t('templates.delete')}
        cancelLabel={t('notices.common.cancel')}
        onCancel={() => setConfirmDelete(null)}
        onConfirm={() => {
          const tpl = confirmDelete;
          setConfirmDelete(null);
          if (!tpl) return;
          setDeleting(tpl.name);
          void del({ variables: { id: tpl.id } })
            .then(() => {
              setInfo(t('templates.deleted', { name: tpl.name }));
              if (sel.kind === 'edit' && sel.id === tpl.id) setSel({ kind: 'none' });
              void list.refetch();
            })
            .catch(() => undefined);
        }}
      >
        <p>{t('templates.deleteText', { name: confirmDelete?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

const FIELDS = ['name', 'channel', 'reason', 'text', 'promiseAddendum', 'subject'] as const;
type Target = 'text' | 'promiseAddendum';

function TemplateEditor({
  template,
  mayEdit,
  onSaved,
  onCancel,
}: {
  template?: TemplateFieldsFragment;
  /** the user's roles allow editing templates (issue 22); otherwise every field is disabled and there is no Save */
  mayEdit: boolean;
  onSaved: (tpl: TemplateFieldsFragment, normalisation: Normalisation) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [name, setName] = useState(template?.name ?? '');
  const [channel, setChannel] = useState<NoticeChannel>(template?.channel ?? 'SMS');
  const [reason, setReason] = useState<ContactReason>(template?.reason ?? 'OVERDUE');
  const [text, setText] = useState(template?.text ?? '');
  const [addendum, setAddendum] = useState(template?.promiseAddendum ?? '');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const email = channel === 'EMAIL';
  const [preview, setPreview] = useState<{ text: string; characters: number | null; parts: number | null; subject?: string | null } | null>(null);
  const [previewNorm, setPreviewNorm] = useState<Parameters<typeof NormalisationNotice>[0]['normalisation']>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const addendumRef = useRef<HTMLTextAreaElement>(null);
  const lastTarget = useRef<Target>('text');
  const placeholders = useQuery(TemplatePlaceholdersQuery, { variables: { reason } });
  const [create, createState] = useMutation(CreateTemplateMutation);
  const [update, updateState] = useMutation(UpdateTemplateMutation);
  const saveError = createState.error ?? updateState.error;
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useLiveFormErrors(saveError, FIELDS, formRef);
  const previewErrors = toFormErrors(previewError, FIELDS, t, currentLanguage());
  const overdue = reason === 'OVERDUE';
  const sms = isSmsChannel(channel);
  const lang = currentLanguage();

  function insertTag(token: string, scope: string) {
    const target: Target = scope === 'addendum' ? 'promiseAddendum' : lastTarget.current === 'promiseAddendum' && overdue ? 'promiseAddendum' : 'text';
    const el = target === 'text' ? textRef.current : addendumRef.current;
    const value = target === 'text' ? text : addendum;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    const next = value.slice(0, start) + token + value.slice(end);
    if (target === 'text') setText(next);
    else setAddendum(next);
    requestAnimationFrame(() => {
      if (!el) return;
      el.focus();
      el.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function runPreview() {
    setPreviewError(null);
    try {
      const { data } = await client.query({
        query: PreviewTemplateQuery,
        variables: { input: { channel, reason, text, promiseAddendum: overdue && addendum ? addendum : null, subject: email ? subject : null } },
        fetchPolicy: 'network-only',
      });
      if (data) {
        const r = data.previewTemplate;
        setPreview({ text: r.text, characters: r.length?.characters ?? null, parts: r.length?.parts ?? null, subject: r.subject });
        setPreviewNorm(r.normalisation);
      }
    } catch (e) {
      setPreview(null);
      setPreviewError(e);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = { name: name.trim(), channel, reason, text, promiseAddendum: overdue && addendum.trim() ? addendum : null, subject: email ? subject : null };
    try {
      const res = template ? (await update({ variables: { id: template.id, input } })).data?.updateNoticeTemplate : (await create({ variables: { input } })).data?.createNoticeTemplate;
      if (res) {
        setText(res.template.text);
        setAddendum(res.template.promiseAddendum ?? '');
        onSaved(res.template, res.normalisation);
      }
    } catch {
      // shown by errors
    }
  }

  function tagKey(e: KeyboardEvent<HTMLButtonElement>, token: string, scope: string) {
    if (e.key === 'Enter') {
      e.preventDefault();
      insertTag(token, scope);
    }
  }

  const tags = placeholders.data?.templatePlaceholders ?? [];
  const textTags = tags.filter((p) => p.scope !== 'addendum');
  const addendumTags = tags.filter((p) => p.scope === 'addendum');
  const tagList = (list: typeof tags, label: string) => (
    <ul className="tag-list" aria-label={label}>
      {list.map((p) => (
        <li key={p.tag}>
          <button
            type="button"
            className="tag-list__tag"
            title={t('templates.tagHint')}
            aria-label={t('templates.insertTag', { tag: p.token, label: lang === 'pl' ? p.labelPl : p.label })}
            onDoubleClick={() => insertTag(p.token, p.scope)}
            onKeyDown={(e) => tagKey(e, p.token, p.scope)}
          >
            <code>{p.token}</code>
            <span className="muted small">{lang === 'pl' ? p.labelPl : p.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} onChange={errors.clearOnChange} aria-labelledby="template-editor-title" noValidate className="template-editor">
      <h2 id="template-editor-title">{template ? t('templates.editTitle', { name: template.name }) : t('templates.addTitle')}</h2>
      <fieldset className="fieldset-plain" disabled={!mayEdit}>
        <div className="coll-grid3">
          <TextField name="name" label={t('templates.name')} value={name} required maxLength={100} onChange={(e) => setName(e.target.value)} error={errors.byField.name} />
          <SelectField
            name="channel"
            label={t('templates.channel')}
            value={channel}
            options={CHANNELS.map((c) => ({ value: c, label: t(`notices.channel.${c}`) }))}
            onChange={(e) => setChannel(e.target.value as NoticeChannel)}
            error={errors.byField.channel}
          />
          <SelectField
            name="reason"
            label={t('templates.reason')}
            value={reason}
            options={REASONS.map((r) => ({ value: r, label: t(`notices.reason.${r}`) }))}
            onChange={(e) => setReason(e.target.value as ContactReason)}
            error={errors.byField.reason}
          />
        </div>
        {email ? (
          <TextField
            name="subject"
            label={t('templates.subject')}
            hint={t('templates.subjectHint')}
            value={subject}
            required
            maxLength={200}
            onChange={(e) => setSubject(e.target.value)}
            error={errors.byField.subject}
          />
        ) : null}
        <div className="template-editor__body">
          <div className="template-editor__texts">
            <FormField
              label={t('templates.text')}
              error={errors.byField.text}
              id="template-text"
              describedBy="template-text-counter"
              after={<SmsCounter text={text} sms={sms} id="template-text-counter" />}
            >
              {(control) => (
                <textarea
                  {...control}
                  ref={textRef}
                  name="text"
                  className="field__input coll-textarea"
                  rows={5}
                  value={text}
                  onFocus={() => (lastTarget.current = 'text')}
                  onChange={(e) => setText(e.target.value)}
                />
              )}
            </FormField>
            {overdue ? (
              <FormField label={t('templates.addendum')} error={errors.byField.promiseAddendum} hint={t('templates.addendumHint')} id="template-addendum">
                {(control) => (
                  <textarea
                    {...control}
                    ref={addendumRef}
                    name="promiseAddendum"
                    className="field__input coll-textarea"
                    rows={2}
                    value={addendum}
                    onFocus={() => (lastTarget.current = 'promiseAddendum')}
                    onChange={(e) => setAddendum(e.target.value)}
                  />
                )}
              </FormField>
            ) : null}
          </div>
          <aside className="template-editor__tags" aria-labelledby="tags-title">
            <h3 id="tags-title">{t('templates.tags')}</h3>
            <p className="muted small">{t('templates.tagHint')}</p>
            {placeholders.error ? <QueryError error={placeholders.error} /> : null}
            {tagList(textTags, t('templates.tags'))}
            {overdue && addendumTags.length > 0 ? (
              <>
                <h4>{t('templates.addendumTags')}</h4>
                {tagList(addendumTags, t('templates.addendumTags'))}
              </>
            ) : null}
          </aside>
        </div>
        <section className="template-editor__preview" aria-labelledby="preview-title">
          <div className="coll-toolbar">
            <h3 id="preview-title">{t('templates.preview')}</h3>
            <button type="button" className="button" onClick={() => void runPreview()} disabled={!text.trim()}>
              {t('templates.generatePreview')}
            </button>
          </div>
          <ErrorBanner messages={previewErrors.banner.concat(Object.values(previewErrors.byField))} />
          <NormalisationNotice normalisation={previewNorm} />
          {preview ? (
            <>
              {preview.subject ? <p className="strong">{t('templates.previewSubject', { subject: preview.subject })}</p> : null}
              <p className="coll-sms-text" data-testid="template-preview">
                {preview.text}
              </p>
              {preview.parts !== null ? (
                <p className="muted small">{t('notices.sms.length', { characters: preview.characters, parts: preview.parts, perPart: preview.parts > 1 ? 153 : 160 })}</p>
              ) : null}
            </>
          ) : (
            <p className="muted small">{t('templates.previewHint')}</p>
          )}
        </section>
      </fieldset>
      {/* errors of Save (permission refusals included) next to it, in the user's language */}
      <ErrorBanner messages={errors.banner} />
      <div className="form-actions">
        {mayEdit ? (
          <button type="submit" className="button button--primary" disabled={createState.loading || updateState.loading}>
            {t('notices.common.save')}
          </button>
        ) : null}
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('notices.common.cancel')}
        </button>
      </div>
    </form>
  );
}
