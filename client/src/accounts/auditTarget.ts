// What the audit trail's "Objet" column says: a human label for the row's target (an account's e-mail,
// a process's or a call's title), the raw id kept only as a secondary detail.

import type { FormMessage } from '../ui/formMessage';

export interface AuditLookups {
  /** Account id → e-mail. */
  accounts: ReadonlyMap<string, string>;
  /** Process id → title (empty when the reader may not list processes). */
  processes: ReadonlyMap<string, string>;
  /** Call id → title. */
  calls: ReadonlyMap<string, string>;
}

/** The kind of thing an action is about, from its name or its console route. */
function targetKind(action: string): 'account' | 'process' | 'call' | undefined {
  if (action.startsWith('account.') || action === 'session.signIn') return 'account';
  if (action.startsWith('process.')) return 'process';
  const route = / \/api\/(accounts|processes|calls)\//.exec(action);
  if (route === null) return undefined;
  return route[1] === 'accounts' ? 'account' : route[1] === 'processes' ? 'process' : 'call';
}

/** The label of an audit row's target, or undefined when the row has no target. */
export function describeAuditTarget(
  action: string,
  target: string,
  lookups: AuditLookups,
): FormMessage | undefined {
  if (target === '') return undefined;
  const email = lookups.accounts.get(target);
  if (email !== undefined) return { key: 'account.audit.target.account', values: { email } };
  const kind = targetKind(action);
  if (kind === 'process') {
    const title = lookups.processes.get(target);
    return title === undefined
      ? { key: 'account.audit.target.someProcess' }
      : { key: 'account.audit.target.process', values: { title } };
  }
  if (kind === 'call') {
    const title = lookups.calls.get(target);
    return title === undefined
      ? { key: 'account.audit.target.someCall' }
      : { key: 'account.audit.target.call', values: { title } };
  }
  if (kind === 'account') return { key: 'account.audit.target.someAccount' };
  return { key: 'account.audit.target.other' };
}
