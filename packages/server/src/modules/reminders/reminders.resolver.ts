import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { BadUserInput } from '../../graphql/errors.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { businessDate } from '../../lib/business-date.js';
import { audit } from '../common/index.js';
import { logger } from '../../logger.js';
import { missedDelayNotices, notifyUpcomingInstallment, runReminders } from './reminders.service.js';
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
class ReminderRun {
  @Field(() => Int) considered!: number;
  @Field(() => Int) sent!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) skipped!: number;
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
  @Mutation(() => ReminderRun, { description: 'Runs a reminder job now (the scheduler runs them daily at 08:00 Europe/Warsaw).' })
  async runReminders(@Arg('kind', () => ReminderKindEnum) kind: ReminderKindEnum, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null): Promise<ReminderRun> {
    const s = await getReminderSettings(ctx.sql);
    return runReminders({ sql: ctx.sql, db: ctx.db, log: ctx.log ?? logger, requestId: ctx.requestId }, kind, asOf ?? businessDate(), s.upcomingDays);
  }

  @Authorized('SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST')
  @Query(() => [MissedDelayNotice], { description: 'Slovak installments whose delay notice did not go out within 15 days of the due date (zákon 129/2010).' })
  async missedDelayNotices(@Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null): Promise<MissedDelayNotice[]> {
    const rows = await missedDelayNotices(ctx.sql, asOf ?? businessDate());
    return rows.map((r) => ({ loanId: r.loan_id, loanNumber: r.loan_number, installmentNumber: r.installment_number, dueDate: r.due_date, outcome: r.outcome, notifiedAt: r.notified_at }));
  }
}
