import { describe, expect, it } from 'vitest';
import { PERMISSIONS, permissionsOf, rolesFor } from '../src/permissions.js';

// The staff permission table (issue 22): the server's role checks and the SPA's offered actions come from it.
describe('permission table', () => {
  it('the viewer (NOTICES_VIEW) reads soft collection but may not change, send or mass-generate (COLL-3)', () => {
    const ops = permissionsOf(['NOTICES_VIEW']);
    expect(ops).toEqual(expect.arrayContaining(['notices.read', 'notices.readMetadata', 'loans.read', 'contacts.read', 'dictionaries.read']));
    for (const op of [
      'notices.edit',
      'notices.send',
      'notices.massGenerate',
      'templates.edit',
      'contacts.edit',
      'dictionaries.edit',
      'clientZone.manageAccess',
      'settings.edit',
      'payments.edit',
    ] as const) {
      expect(ops).not.toContain(op);
    }
  });

  it('the editor (NOTICES_EDIT) may edit, send and mass-generate notices and edit templates and contacts, nothing of servicing', () => {
    const ops = permissionsOf(['NOTICES_EDIT']);
    expect(ops).toEqual(expect.arrayContaining(['notices.edit', 'notices.send', 'notices.massGenerate', 'templates.edit', 'contacts.edit']));
    expect(ops).not.toContain('payments.edit');
    expect(ops).not.toContain('settings.edit');
  });

  it('ADMIN may do everything; roles combine', () => {
    expect(permissionsOf(['ADMIN'])).toEqual(Object.keys(PERMISSIONS));
    const both = permissionsOf(['NOTICES_VIEW', 'SERVICING']);
    expect(both).toContain('payments.edit');
    expect(both).toContain('notices.read');
    expect(both).not.toContain('notices.send');
    expect(permissionsOf([])).toEqual([]);
  });

  it('rolesFor answers a copy of the roles of an operation (for @Authorized)', () => {
    expect(rolesFor('notices.edit')).toEqual(['NOTICES_EDIT']);
    const r = rolesFor('notices.read');
    r.push('ADMIN');
    expect(rolesFor('notices.read')).toEqual(['NOTICES_VIEW', 'NOTICES_EDIT']);
  });
});
