import { describe, expect, it } from 'vitest';
import { describeAuditTarget, type AuditLookups } from './auditTarget';

const lookups: AuditLookups = {
  accounts: new Map([['acc-1', 'olga@exemple.fr']]),
  processes: new Map([['proc-1', 'Jury citoyen 2026']]),
  calls: new Map([['call-1', 'Appel à projets']]),
};

describe('describeAuditTarget', () => {
  it('names an account by its e-mail, whatever the action', () => {
    expect(describeAuditTarget('account.roles', 'acc-1', lookups)).toEqual({
      key: 'account.audit.target.account',
      values: { email: 'olga@exemple.fr' },
    });
  });
  it('names a process or a call by its title, from the action or the console route', () => {
    expect(describeAuditTarget('process.facilitators', 'proc-1', lookups)?.values).toEqual({
      title: 'Jury citoyen 2026',
    });
    expect(describeAuditTarget('POST /api/processes/:id/commit', 'proc-1', lookups)?.key).toBe(
      'account.audit.target.process',
    );
    expect(describeAuditTarget('PUT /api/calls/:id', 'call-1', lookups)?.key).toBe(
      'account.audit.target.call',
    );
  });
  it('says the kind without a name when the id is unknown, and nothing without a target', () => {
    expect(describeAuditTarget('POST /api/processes/:id/draw', 'gone', lookups)?.key).toBe(
      'account.audit.target.someProcess',
    );
    expect(describeAuditTarget('account.disable', 'gone', lookups)?.key).toBe(
      'account.audit.target.someAccount',
    );
    expect(describeAuditTarget('POST /api/demo', 'x', lookups)?.key).toBe(
      'account.audit.target.other',
    );
    expect(describeAuditTarget('account.setup', '', lookups)).toBeUndefined();
  });
});
