import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../../graphql/scalars.js';

@ObjectType('NoticeSendFailure')
export class NoticeSendFailureType {
  @Field(() => ID) noticeId!: string;
  @Field(() => String) reason!: string;
}

@ObjectType('NoticeSendJob', { description: 'Progress of a send job: poll noticeSendJob(id) until status is DONE or ABORTED' })
export class NoticeSendJobType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'RUNNING | ABORTING | ABORTED | DONE' }) status!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'Handed over to SMSAPI so far, whether answered or not (the "12" of "12/20", COLL-4.3.3)' }) handedOver!: number;
  @Field(() => Int, { description: 'Handed over, no answer from SMSAPI yet: these arrive even after an abort' }) inFlight!: number;
  @Field(() => Int, { description: 'Accepted by SMSAPI' }) sent!: number;
  @Field(() => Int, { description: 'Accepted and reported DELIVERED by the operator' }) delivered!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int, { description: 'Not sent because of the abort (back to DRAFT)' }) aborted!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) processed!: number;
  @Field(() => Boolean) abortRequested!: boolean;
  @Field(() => [NoticeSendFailureType]) failures!: NoticeSendFailureType[];
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt!: Date | null;
}
