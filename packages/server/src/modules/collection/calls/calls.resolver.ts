import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { DateScalar } from '../../../graphql/scalars.js';
import { CALLS_ASSIGN, CALLS_WORK } from '../common.js';
import { CallTaskFilterInput, CallTaskType, LogCallOutcomeInput } from './calls.types.js';
import { assignCallTasks, callTasks, createCallTask, logCallOutcome } from './calls.service.js';

/** A collector's call list (issue 31): "my calls today", outcomes, assignment, tasks by hand. */
@Resolver()
export class CallTasksResolver {
  @Authorized(...CALLS_WORK)
  @Query(() => [CallTaskType], { description: 'My calls today: the OPEN call tasks due on or before `date` (default: the business date) assigned to me or to nobody.' })
  async myCallTasks(@Arg('date', () => DateScalar, { nullable: true }) date: string | null, @Ctx() ctx: Context): Promise<CallTaskType[]> {
    return callTasks(ctx, { dueOn: date, mine: true });
  }

  @Authorized(...CALLS_WORK)
  @Query(() => [CallTaskType], { description: 'The OPEN call tasks due on or before `filter.dueOn`, of one assignee or unassigned.' })
  async callTasks(@Arg('filter', () => CallTaskFilterInput, { nullable: true }) filter: CallTaskFilterInput | null, @Ctx() ctx: Context): Promise<CallTaskType[]> {
    return callTasks(ctx, filter ?? {});
  }

  @Authorized(...CALLS_WORK)
  @Mutation(() => ID, { description: 'Logs the outcome of a call task (it becomes DONE); PROMISE needs promiseDate and promiseAmount; DISPUTE places a DISPUTE hold.' })
  async logCallOutcome(@Arg('input', () => LogCallOutcomeInput) input: LogCallOutcomeInput, @Ctx() ctx: Context): Promise<string> {
    return logCallOutcome(ctx, input);
  }

  @Authorized(...CALLS_WORK)
  @Mutation(() => ID, { description: 'A call task by hand for a party of the file, due on `dueOn` (today or later), unassigned.' })
  async createCallTask(
    @Arg('fileId', () => ID) fileId: string,
    @Arg('partyId', () => ID) partyId: string,
    @Arg('dueOn', () => DateScalar) dueOn: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return createCallTask(ctx, { fileId, partyId, dueOn, note });
  }

  @Authorized(...CALLS_ASSIGN)
  @Mutation(() => Number, { description: 'Assigns OPEN call tasks to a collector (userId null: unassigns); the number of tasks.' })
  async assignCallTasks(@Arg('taskIds', () => [ID]) taskIds: string[], @Arg('userId', () => ID, { nullable: true }) userId: string | null, @Ctx() ctx: Context): Promise<number> {
    return assignCallTasks(ctx, taskIds, userId);
  }
}
