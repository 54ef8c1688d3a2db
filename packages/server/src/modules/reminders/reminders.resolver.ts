import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInput } from '../../graphql/errors.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { businessDate } from '../../lib/business-date.js';
import { audit } from '../common/index.js';
import { logger } from '../../logger.js';
import { missedDelayNotices, notifyUpcomingInstallment, reminderStatus, runReminders, type ReminderRunResult } from './reminders.service.js';
import { getReminderSettings, setReminderSettings } from './reminders.settings.js';

enum NotificationType {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(NotificationType, { name: 'NotificationType' });

export enum ReminderKindEnum {
  UPCOMING = 'UPCOMING',
  SK_DELAY = 'SK_DELAY',
}
registerEnumType(ReminderKindEnum, { name: 'ReminderKind', description: 'UPCOMING: due in N days; SK_DELAY: Slovak delay notice within 15 days of the due date' });

@InputType()
class NotifyUpcomingInstallmentInput {
  @Field(() => ID) loanId!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => DateScalar, { description: 'Due date of the installment' }) paymentDate!: string;
  @Field(() => DecimalScalar) amountDue!: string;
  @Field(() => NotificationType) notificationType!: NotificationType;
  @Field(() => String, { description: 'E-mail address or 9-digit mobile number' }) contactInfo!: string;
}

@ObjectType()
class NotifyUpcomingInstallmentResult {
  @Field(() => ID) noticeId!: string;
  @Field(() => NotificationType) channel!: NotificationType;
  @Field(() => String, { description: 'Where the reminder went' }) sentTo!: string;
  @Field(() => String, { description: 'SENT | FAILED' }) status!: string;
  @Field(() => String, { nullable: true }) providerMessageId!: string | null;
  @Field(() => String, { nullable: true }) failureReason!: string | null;
  @Field(() => String) message!: string;
  @Field(() => String) text!: string;
}

@ObjectType()
class ReminderSettings {
  @Field(() => Int, { description: 'Upcoming-installment reminders go this many days before the due date' }) upcomingDays!: number;
  @Field(() => Boolean) upcomingEnabled!: boolean;
  @Field(() => Boolean) skDelayEnabled!: boolean;
}

@ObjectType()
class ReminderSkip {
  @Field(() => String, { description: 'NO_CONSENT (no mobile or e-mail with consent), NO_CONTACT (SK delay notice: no consented mobile, no e-mail), DEPARTED' })
  reason!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
class ReminderRun {
  @Field(() => ID) id!: string;
  @Field(() => ReminderKindEnum) kind!: ReminderKindEnum;
  @Field(() => DateScalar, { description: 'Business date the run used' }) runOn!: string;
  @Field(() => String, { description: 'SCHEDULE (daily job) | MANUAL (an admin\'s "run now")' }) trigger!: string;
  @Field(() => Int, { description: 'Installments due for a reminder not yet reminded by this rule' }) considered!: number;
  @Field(() => Int) sent!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) skipped!: number;
  @Field(() => [ReminderSkip]) skippedReasons!: ReminderSkip[];
  @Field(() => DateTimeScalar) startedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType()
class ReminderJob {
  @Field(() => ReminderKindEnum) kind!: ReminderKindEnum;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => String, { description: 'cron expression (pg-boss), e.g. "0 8 * * *"' }) cron!: string;
  @Field(() => String) timezone!: string;
  @Field(() => DateTimeScalar, { description: 'When the scheduler runs it next' }) nextRunAt!: Date;
  @Field(() => ReminderRun, { nullable: true }) lastRun!: ReminderRun | null;
}

@ObjectType()
class ReminderStatus {
  @Field(() => DateScalar, { description: 'The business date a run now would use' }) businessDate!: string;
  @Field(() => Int) upcomingDays!: number;
  @Field(() => [ReminderJob]) jobs!: ReminderJob[];
}

function runOut(r: ReminderRunResult): ReminderRun {
  return { ...r, kind: r.kind as ReminderKindEnum, skippedReasons: Object.entries(r.skippedReasons).map(([reason, count]) => ({ reason, count })) };
}

@ObjectType()
class MissedDelayNotice {
  @Field(() => ID) loanId!: string;
  @Field(() => String) loanNumber!: string;
  @Field(() => Int) installmentNumber!: number;
  @Field(() => DateScalar) dueDate!: string;
  @Field(() => String, { nullable: true, description: 'SENT (late) | FAILED | SKIPPED_NO_CONTACT | null (never attempted)' }) outcome!: string | null;
  @Field(() => String, { nullable: true }) notifiedAt!: string | null;
}

@Resolver()
export class RemindersResolver {
  @Authorized('SERVICING', 'NOTICES_EDIT')
  @Mutation(() => NotifyUpcomingInstallmentResult, { description: 'MON-2: notify a borrower of an upcoming installment by e-mail or SMS; records a notice.' })
  async notifyUpcomingInstallment(@Arg('input', () => NotifyUpcomingInstallmentInput) input: NotifyUpcomingInstallmentInput, @Ctx() ctx: Context): Promise<NotifyUpcomingInstallmentResult> {
    const r = await notifyUpcomingInstallment({ sql: ctx.sql, db: ctx.db, log: ctx.log, actor: ctx.actor, requestId: ctx.requestId }, input);
    return { ...r, channel: r.channel as NotificationType };
  }

  @Authorized('SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST')
  @Query(() => ReminderSettings)
  async reminderSettings(@Ctx() ctx: Context): Promise<ReminderSettings> {
    return getReminderSettings(ctx.sql);
  }

  @Authorized('ADMIN')
  @Mutation(() => ReminderSettings)
  async updateReminderSettings(
    @Arg('upcomingDays', () => Int) upcomingDays: number,
    @Arg('upcomingEnabled', () => Boolean) upcomingEnabled: boolean,
    @Arg('skDelayEnabled', () => Boolean) skDelayEnabled: boolean,
    @Ctx() ctx: Context,
  ): Promise<ReminderSettings> {
    if (!Number.isInteger(upcomingDays) || upcomingDays < 1 || upcomingDays > 30) throw BadUserInput.field('upcomingDays', 'range', 'Days must be between 1 and 30', { min: 1, max: 30 });
    const before = await getReminderSettings(ctx.sql);
    const after = { upcomingDays, upcomingEnabled, skDelayEnabled };
    await setReminderSettings(ctx.sql, after);
    await audit(ctx, 'UPDATE', 'settings', 'reminders', before, after);
    return after;
  }

  @Authorized('ADMIN')
  @Mutation(() => ReminderRun, {
    description: 'Runs a reminder job now (the scheduler runs them daily at 08:00 Europe/Warsaw). Idempotent: an installment is never reminded twice by the same rule.',
  })
  async runReminders(@Arg('kind', () => ReminderKindEnum) kind: ReminderKindEnum, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null): Promise<ReminderRun> {
    const s = await getReminderSettings(ctx.sql);
    const by = ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null;
    const r = await runReminders({ sql: ctx.sql, db: ctx.db, log: ctx.log ?? logger, requestId: ctx.requestId }, kind, asOf ?? businessDate(), s.upcomingDays, { trigger: 'MANUAL', by });
    await audit(ctx, 'RUN', 'reminders', kind, null, { runOn: r.runOn, sent: r.sent, failed: r.failed, skipped: r.skipped });
    return runOut(r);
  }

  @Authorized('SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST')
  @Query(() => ReminderStatus, { description: 'The reminder jobs: schedule, next run, and the last run with its counts (sent, failed, skipped and why).' })
  async reminderStatus(@Ctx() ctx: Context): Promise<ReminderStatus> {
    const s = await reminderStatus(ctx.sql, new Date());
    return { ...s, jobs: s.jobs.map((j) => ({ ...j, kind: j.kind as ReminderKindEnum, lastRun: j.lastRun ? runOut(j.lastRun) : null })) };
  }

  @Authorized('SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST')
  @Query(() => [MissedDelayNotice], { description: 'Slovak installments whose delay notice did not go out within 15 days of the due date (zákon 129/2010).' })
  async missedDelayNotices(@Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null): Promise<MissedDelayNotice[]> {
    const rows = await missedDelayNotices(ctx.sql, asOf ?? businessDate());
    return rows.map((r) => ({ loanId: r.loan_id, loanNumber: r.loan_number, installmentNumber: r.installment_number, dueDate: r.due_date, outcome: r.outcome, notifiedAt: r.notified_at }));
  }
}
