import { makeIssue } from '@raty/domain';
import { BadUserInput } from '../../graphql/errors.js';
import type { Strategy } from './strategies.service.js';
import type { CollectionStrategyType, StrategyChannelEnum, StrategyModeEnum } from './strategies.types.js';

export function requireUuid(v: string, field: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) throw new BadUserInput([makeIssue(field, 'uuid', 'Not a valid id')]);
  return v;
}

export function toStrategy(s: Strategy): CollectionStrategyType {
  return {
    id: s.id,
    kindCode: s.kindCode,
    name: s.name,
    status: s.status,
    isDefault: s.isDefault,
    version: s.current.version,
    outstandingFrom: s.current.outstandingFrom,
    outstandingTo: s.current.outstandingTo,
    steps: s.current.steps.map((st) => ({
      key: st.key,
      position: st.position,
      offsetDays: st.offsetDays,
      channel: st.channel as StrategyChannelEnum,
      templateId: st.templateId,
      mode: st.mode as StrategyModeEnum,
      atTime: st.atTime,
      rule: st.rule,
      minOverdue: st.conditions.minOverdue,
      noPromisePending: st.conditions.noPromisePending,
      notContactedDays: st.conditions.notContactedDays,
      requireConsent: st.conditions.requireConsent,
      notDeparted: st.conditions.notDeparted,
      coDebtorsFromDpd: st.coDebtorsFromDpd,
    })),
  };
}
