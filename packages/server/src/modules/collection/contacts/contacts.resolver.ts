import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { CONTACTS_EDIT, CONTACTS_READ, requireUuid } from '../common.js';
import { ContactInput, ContactType, PartyContactsType } from './contacts.types.js';
import { createContact, deleteContact, partyContacts, updateContact } from './contacts.service.js';

@Resolver()
export class ContactsResolver {
  @Authorized(...CONTACTS_READ)
  @Query(() => PartyContactsType, { description: "A party's contacts, its departed flag and the history of SMS-consent changes." })
  async partyContacts(@Arg('partyId', () => ID) partyId: string, @Ctx() ctx: Context): Promise<PartyContactsType> {
    return (await partyContacts(ctx.sql, requireUuid(partyId, 'Party'))) as PartyContactsType;
  }

  @Authorized(...CONTACTS_EDIT)
  @Mutation(() => ContactType, { description: 'Adds a contact. A second MOBILE with SMS consent for the same party is refused (sms.consentTaken).' })
  async createContact(@Arg('partyId', () => ID) partyId: string, @Arg('input', () => ContactInput) input: ContactInput, @Ctx() ctx: Context): Promise<ContactType> {
    return (await createContact(ctx, requireUuid(partyId, 'Party'), input)) as ContactType;
  }

  @Authorized(...CONTACTS_EDIT)
  @Mutation(() => ContactType)
  async updateContact(@Arg('id', () => ID) id: string, @Arg('input', () => ContactInput) input: ContactInput, @Ctx() ctx: Context): Promise<ContactType> {
    return (await updateContact(ctx, requireUuid(id, 'Contact'), input)) as ContactType;
  }

  @Authorized(...CONTACTS_EDIT)
  @Mutation(() => Boolean)
  async deleteContact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteContact(ctx, requireUuid(id, 'Contact'));
  }
}
