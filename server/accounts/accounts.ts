// Named console accounts: who they are (e-mail, display name, language), what they may do (a set of roles),
// how they prove it (scrypt password, optional TOTP with single-use recovery codes), the first start
// (a one-time setup token), invitation and reset links, the facilitators of each process, and the private
// audit trail of console actions. The SQL lives in server/repositories/ (accounts, recovery codes,
// facilitator assignments, audit trail) and accountLinks.ts (account_links); TOTP is totp.ts. Personal
// data stays here: never in the public log or a log line.

import { createHash, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import type { Db } from '../db/openDatabase';
import type { AccountRoleName } from '../../shared/api/contract';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { MIN_PASSWORD_LENGTH, checkPassword, hashPassword } from '../auth/password';
import type { Sessions } from '../auth/sessions';
import { hashToken, newToken } from '../auth/tokens';
import type { MailLanguage, OutgoingMail } from '../mail/mailQueue';
import type { Clock, Random } from '../ports';
import { accountInvitationMail } from '../mail/messages/accountInvitation';
import { passwordResetMail } from '../mail/messages/passwordReset';
import { createSecretBox, type SecretBox } from './secretBox';
import { createAccountLinks } from './accountLinks';
import { createAuditTrail } from '../repositories/auditTrailRepository';
import { createFacilitatorAssignments } from '../repositories/facilitatorAssignmentsRepository';
import { createAccountsRepository, type AccountRow } from '../repositories/accountsRepository';
import { createRecoveryCodesRepository } from '../repositories/recoveryCodesRepository';
import { isTotpCode, matchingStep, newRecoveryCodeTexts, newTotpSecret, totpFor } from './totp';

/** The roles an account can hold, as the HTTP contract names them. */
export type AccountRole = AccountRoleName;

/** An account as the console shows it (never its hashes or secrets). */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  roles: AccountRole[];
  language: MailLanguage;
  totpEnabled: boolean;
  /** False while an invitation is not yet accepted. */
  active: boolean;
  createdAt: string;
  disabledAt: string | null;
}

type Row = AccountRow;

const toAccount = (row: Row): Account => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  roles: JSON.parse(row.roles) as AccountRole[],
  language: row.language,
  totpEnabled: row.totp_enabled_at !== null,
  active: row.password_hash !== null && row.disabled_at === null,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
});

const sameText = (a: string, b: string) => {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
};

function requireLongPassword(password: string) {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new KleroterionError(
      ErrorCode.ValidationFailed,
      `the password needs at least ${MIN_PASSWORD_LENGTH} characters`,
      { field: 'password' },
    );
}

export interface AccountsDeps {
  db: Db;
  clock: Clock;
  random: Random;
  sessions: Sessions;
  enqueueMail: (mail: OutgoingMail) => void;
  publicUrl: () => string;
  /** The one-time setup token; when absent and no account exists, one is drawn at random. */
  setupToken?: string;
  /** 32 bytes that encrypt TOTP secrets at rest; drawn at random when absent (in-memory tests). */
  secretKey?: Uint8Array;
}

export function createAccounts(deps: AccountsDeps) {
  const { db, clock, random, sessions } = deps;
  const box: SecretBox = createSecretBox(deps.secretKey ?? random.bytes(32), random);
  const now = () => clock.now().toISOString();
  const accounts = createAccountsRepository(db);
  const recoveryCodes = createRecoveryCodesRepository(db);
  const row = (id: string) => accounts.find(id);
  const count = () => accounts.count();
  const mustFind = (id: string) => {
    const found = row(id);
    if (found === undefined) throw new KleroterionError(ErrorCode.NotFound, 'no such account');
    return found;
  };
  const auditTrail = createAuditTrail(db, clock);
  const audit = auditTrail.record;
  const assignments = createFacilitatorAssignments(db, clock);

  // The setup token lives in memory only, hashed; it is spent when the first account exists.
  let setupTokenHash: string | undefined;
  let setupTokenShown: string | undefined;
  if (count() === 0) {
    setupTokenShown = deps.setupToken ?? newToken(random, 24);
    setupTokenHash = hashToken(setupTokenShown);
  }

  const links = createAccountLinks(db, clock, random, deps.publicUrl);
  const createLink = links.create;
  /** The account a live link opens, or TOKEN_INVALID (used, expired, replaced, or account disabled). */
  const liveLink = (token: string) => {
    const link = links.live(token);
    const account = link === undefined ? undefined : row(link.accountId);
    if (link === undefined || account === undefined || account.disabled_at !== null)
      throw new KleroterionError(
        ErrorCode.TokenInvalid,
        'this link is not valid (already used, expired, or replaced)',
      );
    return { kind: link.kind, account };
  };
  const newRecoveryCodes = (accountId: string) => {
    const codes = newRecoveryCodeTexts(random);
    recoveryCodes.replace(
      accountId,
      codes.map((code) => hashToken(code)),
    );
    return codes;
  };

  const checkSecondFactor = (found: Row, code: string): boolean => {
    if (isTotpCode(code)) {
      let secret: string;
      try {
        secret = box.open(found.totp_secret!);
      } catch {
        // Sealed under another key (accounts.key lost or replaced): no code can match.
        return false;
      }
      const step = matchingStep(totpFor(found.email, secret), code, clock.now().getTime());
      if (step === null) return false;
      // A code is accepted once: its time step must be later than the last one used.
      if (found.totp_last_step !== null && step <= found.totp_last_step) return false;
      accounts.setTotpStep(found.id, step);
      return true;
    }
    return recoveryCodes.spend(found.id, hashToken(code.toLowerCase()), now());
  };

  return {
    /** True until the first account exists. */
    setupNeeded: () => count() === 0,
    /** The token to print on the console at start, or undefined when accounts exist. */
    setupTokenToAnnounce: () => (count() === 0 ? setupTokenShown : undefined),

    /** First start: the setup token creates the first account, administrator and organiser. */
    async createFirst(input: {
      token: string;
      email: string;
      name: string;
      password: string;
      language: MailLanguage;
    }) {
      if (setupTokenHash === undefined || count() > 0)
        throw new KleroterionError(
          ErrorCode.SetupTokenInvalid,
          'the first account already exists: sign in, or ask an administrator',
        );
      if (!sameText(hashToken(input.token.trim()), setupTokenHash))
        throw new KleroterionError(ErrorCode.SetupTokenInvalid, 'wrong setup token', {
          field: 'token',
        });
      requireLongPassword(input.password);
      const hash = await hashPassword(input.password);
      const id = newToken(random, 12);
      db.transaction(() => {
        if (count() > 0)
          throw new KleroterionError(
            ErrorCode.SetupTokenInvalid,
            'the first account already exists',
          );
        accounts.insert({
          id,
          email: input.email,
          displayName: input.name,
          passwordHash: hash,
          roles: ['administrator', 'organiser'],
          language: input.language,
          createdAt: now(),
        });
        audit(id, 'account.setup', id);
      })();
      setupTokenHash = undefined;
      setupTokenShown = undefined;
      return toAccount(mustFind(id));
    },

    byId: (id: string) => {
      const found = row(id);
      return found === undefined ? undefined : toAccount(found);
    },
    /** The active (accepted, not disabled) account with this address, case-insensitively. */
    findActiveByEmail(email: string): Account | undefined {
      const found = accounts.findByEmail(email.trim());
      if (found === undefined) return undefined;
      const account = toAccount(found);
      return account.active ? account : undefined;
    },
    list: () => accounts.all().map(toAccount),

    /**
     * Checks e-mail, password and (when enrolled) the TOTP or a recovery code. The same answer for an
     * unknown address and a wrong password.
     */
    /** Whether signing in asks this account for a TOTP code (also after OpenID Connect). */
    hasSecondFactor(accountId: string): boolean {
      const found = row(accountId);
      return found !== undefined && found.totp_enabled_at !== null;
    },

    /** Checks a TOTP or recovery code of an active account with a second factor; each code works once. */
    checkSecondFactorOf(accountId: string, code: string): boolean {
      const found = row(accountId);
      if (found === undefined || found.disabled_at !== null || found.totp_enabled_at === null)
        return false;
      return checkSecondFactor(found, code.trim());
    },

    async authenticate(email: string, password: string, code: string | undefined) {
      const found = accounts.findByEmail(email.trim());
      const ok =
        found !== undefined &&
        found.password_hash !== null &&
        found.disabled_at === null &&
        (await checkPassword(password, found.password_hash));
      if (!ok || found === undefined)
        throw new KleroterionError(ErrorCode.BadCredentials, 'wrong e-mail address or password');
      if (found.totp_enabled_at !== null) {
        if (code === undefined || code.trim() === '')
          throw new KleroterionError(ErrorCode.TotpRequired, 'enter the code from your app', {
            field: 'code',
          });
        if (!checkSecondFactor(found, code.trim()))
          throw new KleroterionError(ErrorCode.TotpInvalid, 'wrong or already used code', {
            field: 'code',
          });
      }
      return toAccount(found);
    },

    /** An administrator invites someone: the account exists without a password until the link is used. */
    invite(
      actorId: string,
      input: { email: string; roles: AccountRole[]; language: MailLanguage },
    ) {
      const id = newToken(random, 12);
      return db.transaction(() => {
        if (accounts.findByEmail(input.email.trim()) !== undefined)
          throw new KleroterionError(
            ErrorCode.AccountExists,
            'an account already uses this address',
            {
              field: 'email',
            },
          );
        accounts.insert({
          id,
          email: input.email.trim(),
          displayName: '',
          passwordHash: null,
          roles: input.roles,
          language: input.language,
          createdAt: now(),
        });
        const link = createLink('invitation', id, actorId);
        deps.enqueueMail({
          ...accountInvitationMail(
            { roles: input.roles, link: link.url, expiresAt: link.expiresAt.toISOString() },
            input.language,
          ),
          kind: 'accountInvitation',
          to: input.email.trim(),
          language: input.language,
          recipientRef: id,
        });
        audit(actorId, 'account.invite', id);
        return {
          account: toAccount(mustFind(id)),
          link: link.url,
          expiresAt: link.expiresAt.toISOString(),
        };
      })();
    },

    /** A new single-use reset link (earlier ones stop working), mailed and shown to the administrator. */
    resetLink(actorId: string, accountId: string) {
      return db.transaction(() => {
        const account = mustFind(accountId);
        links.spendAllOf(accountId);
        const link = createLink(
          account.password_hash === null ? 'invitation' : 'reset',
          accountId,
          actorId,
        );
        deps.enqueueMail({
          ...passwordResetMail(
            { link: link.url, expiresAt: link.expiresAt.toISOString() },
            account.language,
          ),
          kind: 'passwordReset',
          to: account.email,
          language: account.language,
          recipientRef: accountId,
        });
        audit(actorId, 'account.resetLink', accountId);
        return { link: link.url, expiresAt: link.expiresAt.toISOString() };
      })();
    },

    /** What a link opens (for its page): the kind, the address, and the name if already set. */
    describeLink(token: string) {
      const { kind, account } = liveLink(token);
      return { kind, email: account.email, displayName: account.display_name };
    },

    /** Uses a link: sets the password (and the name, for an invitation); every session of the account ends. */
    async useLink(token: string, input: { name?: string | undefined; password: string }) {
      liveLink(token);
      requireLongPassword(input.password);
      const hash = await hashPassword(input.password);
      return db.transaction(() => {
        const { kind, account } = liveLink(token);
        const name = input.name?.trim() || account.display_name;
        if (name === '')
          throw new KleroterionError(ErrorCode.ValidationFailed, 'your name is required', {
            field: 'name',
          });
        if (!links.spend(token))
          throw new KleroterionError(ErrorCode.TokenInvalid, 'this link was just used');
        accounts.setPassword(account.id, hash, name);
        // A reset also turns two-step verification off: the person enrols again once signed in.
        if (kind === 'reset') {
          accounts.setTotp(account.id, null, null);
          recoveryCodes.replace(account.id, []);
        }
        sessions.endAllFor(account.id);
        audit(
          account.id,
          kind === 'invitation' ? 'account.acceptInvitation' : 'account.resetPassword',
          account.id,
        );
        return toAccount(mustFind(account.id));
      })();
    },

    setRoles(actorId: string, accountId: string, roles: AccountRole[]) {
      db.transaction(() => {
        mustFind(accountId);
        const admins = accounts
          .all()
          .filter(
            (other) =>
              other.id !== accountId &&
              other.disabled_at === null &&
              other.password_hash !== null &&
              other.roles.includes('"administrator"'),
          );
        if (!roles.includes('administrator') && admins.length === 0)
          throw new KleroterionError(
            ErrorCode.TransitionRefused,
            'the last administrator keeps the role',
          );
        accounts.setRoles(accountId, [...new Set(roles)]);
        audit(actorId, 'account.roles', accountId);
      })();
      return toAccount(mustFind(accountId));
    },

    /** Disables an account: it can no longer sign in, its sessions and links end. */
    disable(actorId: string, accountId: string) {
      db.transaction(() => {
        mustFind(accountId);
        if (actorId === accountId)
          throw new KleroterionError(
            ErrorCode.TransitionRefused,
            'you cannot disable your own account',
          );
        accounts.disable(accountId, now());
        links.spendAllOf(accountId);
        sessions.endAllFor(accountId);
        audit(actorId, 'account.disable', accountId);
      })();
      return toAccount(mustFind(accountId));
    },

    endSessions(actorId: string, accountId: string) {
      mustFind(accountId);
      const ended = sessions.endAllFor(accountId);
      audit(actorId, 'account.endSessions', accountId);
      return ended;
    },

    /** TOTP enrolment, step 1: a fresh secret (kept, not yet enabled), its otpauth URI and QR code. */
    async beginTotp(accountId: string) {
      const account = mustFind(accountId);
      const secret = newTotpSecret(random);
      accounts.setTotp(accountId, box.seal(secret), null);
      const uri = totpFor(account.email, secret).toString();
      const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      return {
        secret,
        uri,
        qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      };
    },

    /** Step 2: the first code from the app turns TOTP on; the recovery codes are shown once. */
    confirmTotp(accountId: string, code: string) {
      const account = mustFind(accountId);
      if (account.totp_secret === null || account.totp_enabled_at !== null)
        throw new KleroterionError(ErrorCode.TransitionRefused, 'start the enrolment first');
      const step = matchingStep(
        totpFor(account.email, box.open(account.totp_secret)),
        code,
        clock.now().getTime(),
      );
      if (step === null)
        throw new KleroterionError(ErrorCode.TotpInvalid, 'wrong code', { field: 'code' });
      return db.transaction(() => {
        accounts.setTotp(accountId, account.totp_secret, now());
        accounts.setTotpStep(accountId, step);
        audit(accountId, 'account.totpOn', accountId);
        return { recoveryCodes: newRecoveryCodes(accountId) };
      })();
    },

    disableTotp(accountId: string) {
      db.transaction(() => {
        accounts.setTotp(accountId, null, null);
        recoveryCodes.replace(accountId, []);
        audit(accountId, 'account.totpOff', accountId);
      })();
    },

    audit,
    auditTrail: auditTrail.latest,

    facilitatorsOf: assignments.facilitatorsOf,
    processesFacilitatedBy: assignments.processesFacilitatedBy,
    isFacilitatorOf: assignments.isFacilitatorOf,
    setFacilitators(actorId: string, processId: string, accountIds: string[]) {
      db.transaction(() => {
        for (const id of accountIds) {
          const account = row(id);
          if (account === undefined || !account.roles.includes('"facilitator"'))
            throw new KleroterionError(
              ErrorCode.ValidationFailed,
              'only facilitator accounts can be assigned',
              {
                field: 'accountIds',
              },
            );
        }
        assignments.replace(processId, accountIds, actorId);
        audit(actorId, 'process.facilitators', processId);
      })();
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
