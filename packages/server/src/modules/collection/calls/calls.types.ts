import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../../graphql/scalars.js';
import { PromiseOutcomeEnum } from '../notices/notices.types.js';

/** The outcome of a logged call (issue 31, "A collector's call list"). */
enum CallOutcomeEnum {
  REACHED = 'REACHED',
  NO_ANSWER = 'NO_ANSWER',
  WRONG_NUMBER = 'WRONG_NUMBER',
  PROMISE = 'PROMISE',
  DISPUTE = 'DISPUTE',
}
registerEnumType(CallOutcomeEnum, { name: 'CallOutcome', description: 'Outcome of a call task: PROMISE needs a date and an amount; DISPUTE places a DISPUTE hold on the file' });

@ObjectType('CallContact')
class CallContactType {
  @Field(() => ID) noticeId!: string;
  @Field(() => DateScalar) createdOn!: string;
  @Field(() => String) channel!: string;
  @Field(() => String, { nullable: true }) callOutcome!: string | null;
}

@ObjectType('CallPromise')
class CallPromiseType {
  @Field(() => ID) noticeId!: string;
  @Field(() => DateScalar) promiseDate!: string;
  @Field(() => String, { nullable: true, description: 'null: the items of the notice' }) promiseAmount!: string | null;
  @Field(() => PromiseOutcomeEnum) outcome!: PromiseOutcomeEnum;
}

@ObjectType('CallTask')
export class CallTaskType {
  @Field(() => ID) id!: string;
  @Field(() => ID) fileId!: string;
  @Field(() => Number) fileNumber!: number;
  @Field(() => String) kindCode!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => String) addresseeName!: string;
  @Field(() => String, { nullable: true, description: 'a phone number of the addressee (the consented mobile first)' }) phone!: string | null;
  @Field(() => DateScalar) dueOn!: string;
  @Field(() => ID, { nullable: true }) assignedTo!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { description: "the file's overdue balance as of the business date (currency: `currency`)" }) overdue!: string;
  @Field(() => String, { description: "the file's currency (of its receivable kind)" }) currency!: string;
  @Field(() => [CallContactType], { description: 'the last 3 contacts of the file (notices, newest first)' }) lastContacts!: CallContactType[];
  @Field(() => [CallPromiseType], { description: "the file's pending promises to pay" }) pendingPromises!: CallPromiseType[];
}

@InputType()
export class CallTaskFilterInput {
  @Field(() => DateScalar, { nullable: true, description: 'due on or before (default: the business date)' }) dueOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'only the tasks assigned to this user' }) assignedTo?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'only the unassigned tasks' }) unassigned?: boolean | null;
}

@InputType()
export class LogCallOutcomeInput {
  @Field(() => ID) taskId!: string;
  @Field(() => CallOutcomeEnum) outcome!: CallOutcomeEnum;
  @Field(() => DateScalar, { nullable: true, description: 'PROMISE: the promise-to-pay date (today or later)' }) promiseDate?: string | null;
  @Field(() => String, { nullable: true, description: "PROMISE: the amount promised (> 0, the file's currency)" }) promiseAmount?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
