import { useTranslation } from 'react-i18next';
import { normaliseSmsText, smsLength, SMS_MAX_PARTS, SMS_MAX_UNITS, SMS_WARN_PARTS } from './sms';

/**
 * Live character / SMS-part counter (GSM-7: 160 single, 153 per part) and the normalisation notice
 * (COLL-4.2). Computed client-side with the domain's rules (see sms.ts).
 */
export function SmsCounter({ text, sms, id }: { text: string; sms: boolean; id?: string }) {
  const { t } = useTranslation();
  if (!sms) {
    return (
      <p className="sms-counter" id={id} aria-live="polite">
        {t('notices.sms.characters', { count: [...text].length })}
      </p>
    );
  }
  const length = smsLength(text);
  const norm = normaliseSmsText(text);
  const replaced = norm.replaced.map((r) => `${r.from}→${r.to === ' ' ? '␣' : r.to}`).join(' ');
  const removed = norm.removed.map((r) => r.char).join(' ');
  return (
    <div className="sms-counter" id={id} aria-live="polite">
      <span className="sms-counter__len" data-testid="sms-counter">
        {t('notices.sms.length', { characters: length.characters, parts: length.parts, perPart: length.perPart })}
      </span>
      {length.units !== length.characters ? <span className="muted small"> · {t('notices.sms.units', { units: length.units })}</span> : null}
      {length.parts > SMS_MAX_PARTS ? (
        <p className="sms-counter__warn sms-counter__warn--error" data-testid="sms-parts-warning">
          {t('notices.sms.tooLong', { parts: length.parts, maxParts: SMS_MAX_PARTS, maxUnits: SMS_MAX_UNITS })}
        </p>
      ) : length.parts > SMS_WARN_PARTS ? (
        <p className="sms-counter__warn" data-testid="sms-parts-warning">
          {t('notices.sms.manyParts', { parts: length.parts })}
        </p>
      ) : null}
      {replaced || removed ? (
        <>
          <p className="sms-counter__norm" role="status">
            {t('notices.sms.normalised')}
            {replaced ? ` ${t('notices.sms.replaced', { chars: replaced })}` : ''}
            {removed ? ` ${t('notices.sms.removed', { chars: removed })}` : ''}
          </p>
          {/* exactly what will be sent: the same normaliser the server applies on save (packages/domain) */}
          <div className="sms-counter__sent">
            <span className="sms-counter__sent-label">{t('notices.sms.sentText')}:</span>
            <p className="coll-sms-text" data-testid="sms-sent-text">
              {norm.text}
            </p>
          </div>
        </>
      ) : null}
    </div>
  );
}

type Normalisation =
  | {
      changed: boolean;
      replaced: ReadonlyArray<{ from: string; to: string; count: number }>;
      removed: ReadonlyArray<{ char: string; count: number }>;
    }
  | null
  | undefined;

/** The server's report after saving/rendering (what was replaced/removed). */
export function NormalisationNotice({ normalisation }: { normalisation: Normalisation }) {
  const { t } = useTranslation();
  if (!normalisation?.changed) return null;
  const replaced = normalisation.replaced.map((r) => `${r.from}→${r.to}`).join(' ');
  const removed = normalisation.removed.map((r) => r.char).join(' ');
  return (
    <div className="banner banner--info" role="status">
      <div className="banner__body">
        <strong className="banner__title">{t('notices.sms.normalisedTitle')}</strong>
        <p className="banner__text">
          {replaced ? t('notices.sms.replaced', { chars: replaced }) : ''} {removed ? t('notices.sms.removed', { chars: removed }) : ''}
        </p>
      </div>
    </div>
  );
}
