// The mass-generation parameters as typed in the form, and their API input (COLL-6).
import type { ContactReason, MassParamsInput, NoticeChannel } from '../../graphql/generated/graphql';
import { normaliseAmount } from '../../shared/format';

export type Params = {
  kindCode: string;
  fileNumberFrom: string;
  fileNumberTo: string;
  channel: NoticeChannel;
  reason: ContactReason | '';
  dueOn: boolean;
  dueWithinDays: string;
  amountOn: boolean;
  amountFrom: string;
  amountTo: string;
  skipOn: boolean;
  skipNoticeWithinDays: string;
};
export const EMPTY: Params = {
  kindCode: '',
  fileNumberFrom: '',
  fileNumberTo: '',
  channel: 'SMS',
  reason: '',
  dueOn: false,
  dueWithinDays: '7',
  amountOn: false,
  amountFrom: '0,00', // Polish decimal comma; normaliseAmount reads both
  amountTo: '0,00',
  skipOn: false,
  skipNoticeWithinDays: '7',
};
export const PARAM_FIELDS = ['kindCode', 'fileNumberFrom', 'fileNumberTo', 'channel', 'reason', 'dueWithinDays', 'amountFrom', 'amountTo', 'skipNoticeWithinDays'] as const;

export function toInput(p: Params): MassParamsInput {
  return {
    kindCode: p.kindCode,
    fileNumberFrom: p.kindCode && p.fileNumberFrom.trim() ? p.fileNumberFrom.trim() : null,
    fileNumberTo: p.kindCode && p.fileNumberTo.trim() ? p.fileNumberTo.trim() : null,
    channel: p.channel,
    reason: p.reason as ContactReason,
    dueWithinDays: p.dueOn && p.reason !== 'OTHER' ? Number(p.dueWithinDays) : null,
    amountFrom: p.amountOn ? normaliseAmount(p.amountFrom) : null,
    amountTo: p.amountOn ? normaliseAmount(p.amountTo) : null,
    skipNoticeWithinDays: p.skipOn ? Number(p.skipNoticeWithinDays) : null,
  };
}
