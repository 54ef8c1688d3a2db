import type { FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ContactReason, NoticeChannel } from '../../graphql/generated/graphql';
import { CHANNELS, REASONS } from '../../shared/collection/notices';
import { CollectionKindsQuery } from '../../shared/collection/operations';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { SelectField } from '../../shared/ui/SelectField';
import { TextField } from '../../shared/ui/TextField';
import type { Params } from './massParams';

type MassParamsFormProps = {
  params: Params;
  set: <K extends keyof Params>(key: K, value: Params[K]) => void;
  /** the error of one parameter (client-side or the server's) */
  fieldError: (key: string) => string | undefined;
  /** errors that belong to no parameter */
  banner: readonly string[];
  preparing: boolean;
  onSubmit: (e: FormEvent) => void;
  onClear: () => void;
};

/** "Parametry": which files and addressees the preparation takes (COLL-6). */
export function MassParamsForm({ params: p, set, fieldError, banner, preparing, onSubmit, onClear }: MassParamsFormProps) {
  const { t } = useTranslation();
  const kinds = useQuery(CollectionKindsQuery);
  const kindOptions = [{ value: '', label: t('massGen.chooseKind') }, ...(kinds.data?.receivableKinds ?? []).map((k) => ({ value: k.code, label: `${k.code} — ${k.name}` }))];
  const dueLabel = p.reason === 'UPCOMING' ? t('massGen.dueNext') : t('massGen.dueLast');

  return (
    <form className="card mass__params" onSubmit={onSubmit} aria-label={t('massGen.params')} noValidate>
      <h2 className="card__title">{t('massGen.params')}</h2>
      <ErrorBanner messages={banner} />
      <div className="coll-filters__grid">
        <SelectField name="kindCode" label={t('massGen.kind')} value={p.kindCode} options={kindOptions} required onChange={(e) => set('kindCode', e.target.value)} error={fieldError('kindCode')} />
        <TextField
          name="fileNumberFrom"
          label={t('massGen.fileFrom')}
          value={p.fileNumberFrom}
          disabled={!p.kindCode}
          onChange={(e) => set('fileNumberFrom', e.target.value)}
          error={fieldError('fileNumberFrom')}
        />
        <TextField
          name="fileNumberTo"
          label={t('massGen.fileTo')}
          value={p.fileNumberTo}
          disabled={!p.kindCode}
          onChange={(e) => set('fileNumberTo', e.target.value)}
          error={fieldError('fileNumberTo')}
        />
        <SelectField
          name="channel"
          label={t('massGen.channel')}
          value={p.channel}
          options={CHANNELS.map((c) => ({ value: c, label: t(`notices.channel.${c}`) }))}
          onChange={(e) => set('channel', e.target.value as NoticeChannel)}
          error={fieldError('channel')}
        />
        <SelectField
          name="reason"
          label={t('massGen.reason')}
          value={p.reason}
          required
          options={[{ value: '', label: t('massGen.chooseReason') }, ...REASONS.map((r) => ({ value: r, label: t(`notices.reason.${r}`) }))]}
          onChange={(e) => set('reason', e.target.value as ContactReason | '')}
          error={fieldError('reason')}
        />
      </div>
      <fieldset className="coll-fieldset mass__conditions">
        <legend>{t('massGen.filesWithItems')}</legend>
        <div className="mass__cond">
          <label className="coll-check">
            <input type="checkbox" checked={p.dueOn && p.reason !== 'OTHER'} disabled={!p.reason || p.reason === 'OTHER'} onChange={(e) => set('dueOn', e.target.checked)} />
            {dueLabel}
          </label>
          <TextField
            name="dueWithinDays"
            type="number"
            min={0}
            label={t('massGen.days')}
            className="mass__num"
            value={p.dueWithinDays}
            disabled={!p.dueOn || p.reason === 'OTHER' || !p.reason}
            onChange={(e) => set('dueWithinDays', e.target.value)}
            error={fieldError('dueWithinDays')}
          />
        </div>
        <div className="mass__cond">
          <label className="coll-check">
            <input type="checkbox" checked={p.amountOn} onChange={(e) => set('amountOn', e.target.checked)} />
            {t('massGen.amountRange')}
          </label>
          <TextField
            name="amountFrom"
            inputMode="decimal"
            label={t('massGen.amountFrom')}
            className="mass__amount"
            value={p.amountFrom}
            disabled={!p.amountOn}
            onChange={(e) => set('amountFrom', e.target.value)}
            error={fieldError('amountFrom')}
          />
          <TextField
            name="amountTo"
            inputMode="decimal"
            label={t('massGen.amountTo')}
            className="mass__amount"
            value={p.amountTo}
            disabled={!p.amountOn}
            onChange={(e) => set('amountTo', e.target.value)}
            error={fieldError('amountTo')}
          />
        </div>
        <div className="mass__cond">
          <label className="coll-check">
            <input type="checkbox" checked={p.skipOn} onChange={(e) => set('skipOn', e.target.checked)} />
            {t('massGen.skip')}
          </label>
          <TextField
            name="skipNoticeWithinDays"
            type="number"
            min={0}
            label={t('massGen.days')}
            className="mass__num"
            value={p.skipNoticeWithinDays}
            disabled={!p.skipOn}
            onChange={(e) => set('skipNoticeWithinDays', e.target.value)}
            error={fieldError('skipNoticeWithinDays')}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={preparing}>
          {preparing ? t('massGen.preparing') : t('massGen.prepare')}
        </button>
        <button type="button" className="button button--ghost" onClick={onClear}>
          {t('massGen.clear')}
        </button>
      </div>
    </form>
  );
}
