// Schema migrations, applied in order and never edited once released: add a new entry instead.
// `events` is the public, hash-chained source of truth; every other table is private.

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE events (
    process_id TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    at         TEXT NOT NULL,
    payload    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL,
    PRIMARY KEY (process_id, seq)
  ) WITHOUT ROWID;

  -- Personal data: never copied into an event payload.
  CREATE TABLE volunteers (
    process_id TEXT NOT NULL,
    pseudonym  TEXT NOT NULL,
    pool_index INTEGER NOT NULL,
    line       INTEGER NOT NULL,
    name       TEXT NOT NULL,
    email      TEXT NOT NULL,
    phone      TEXT,
    attributes TEXT NOT NULL,
    PRIMARY KEY (process_id, pseudonym)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX volunteers_by_index ON volunteers (process_id, pool_index);

  CREATE TABLE organiser (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
  );

  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    process_id TEXT NOT NULL,
    seat       INTEGER NOT NULL,
    pseudonym  TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX invitations_by_holder ON invitations (process_id, pseudonym);
  `,
  `
  -- Ballots stay private until the reveal publishes them (without seats); the latest per key counts.
  CREATE TABLE ballots (
    process_id TEXT NOT NULL,
    dossier_id TEXT NOT NULL,
    round      INTEGER NOT NULL,
    seat       INTEGER NOT NULL,
    grades     TEXT NOT NULL,
    nonce      TEXT NOT NULL,
    seal       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (process_id, dossier_id, round, seat)
  ) WITHOUT ROWID;
  `,
  `
  -- Display names jurors choose for the room: shown to the facilitator and fellow jurors, never logged.
  CREATE TABLE juror_names (
    process_id   TEXT NOT NULL,
    seat         INTEGER NOT NULL,
    display_name TEXT NOT NULL,
    PRIMARY KEY (process_id, seat)
  ) WITHOUT ROWID;
  `,
  `
  -- Calls for projects: each call has its own public hash chain, like a process.
  CREATE TABLE call_events (
    call_id   TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    type      TEXT NOT NULL,
    at        TEXT NOT NULL,
    payload   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL,
    PRIMARY KEY (call_id, seq)
  ) WITHOUT ROWID;

  -- Applications as submitted, with the applicant's personal data: never copied into an event payload.
  CREATE TABLE applications (
    call_id         TEXT NOT NULL,
    ref             TEXT NOT NULL,
    token_hash      TEXT NOT NULL UNIQUE,
    lead_name       TEXT NOT NULL,
    email           TEXT NOT NULL,
    phone           TEXT,
    form            TEXT NOT NULL,
    name_key        TEXT NOT NULL,
    description_key TEXT NOT NULL,
    submitted_at    TEXT NOT NULL,
    PRIMARY KEY (call_id, ref)
  ) WITHOUT ROWID;
  CREATE INDEX applications_by_name ON applications (call_id, name_key);
  CREATE INDEX applications_by_description ON applications (call_id, description_key);

  -- Administration reviewers: their access link is the credential (hashed), their name stays private.
  CREATE TABLE reviewers (
    call_id     TEXT NOT NULL,
    reviewer_id TEXT NOT NULL,
    name        TEXT NOT NULL,
    email       TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (call_id, reviewer_id)
  ) WITHOUT ROWID;

  -- Reviews in full (their digest is logged) and the organiser's settlement texts.
  CREATE TABLE reviews (
    call_id      TEXT NOT NULL,
    ref          TEXT NOT NULL,
    reviewer_id  TEXT NOT NULL,
    review       TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    PRIMARY KEY (call_id, ref, reviewer_id)
  ) WITHOUT ROWID;
  CREATE TABLE settlements (
    call_id     TEXT NOT NULL,
    ref         TEXT NOT NULL,
    reason_text TEXT NOT NULL,
    assessment  TEXT,
    PRIMARY KEY (call_id, ref)
  ) WITHOUT ROWID;
  `,
  `
  -- The stratified option of a process's draw (private until committed; the commitment publishes the
  -- quotas and the roots): the imported quotas and the computed LOTTERY.json with its SHA-256.
  CREATE TABLE stratifications (
    process_id     TEXT PRIMARY KEY,
    quotas_file    TEXT NOT NULL,
    quotas         TEXT NOT NULL,
    pool_root      TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    lottery        TEXT,
    lottery_digest TEXT,
    stopped_early  INTEGER,
    computed_at    TEXT
  ) WITHOUT ROWID;
  `,
  `
  -- Further private links to an applicant's status page (hashed), such as the one in the decision mail:
  -- the link mailed on submission keeps working beside them.
  CREATE TABLE application_links (
    token_hash TEXT PRIMARY KEY,
    call_id    TEXT NOT NULL,
    ref        TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;

  -- Mail queued in the transaction of the write it reports, handed to the mailer right after the commit
  -- and then deleted; what a crash leaves here is sent when the server starts again.
  CREATE TABLE mail_queue (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    subject   TEXT NOT NULL,
    body      TEXT NOT NULL,
    queued_at TEXT NOT NULL
  );
  `,
  `
  -- Juror sessions: the room cookie an invitation link opens, scoped to one process and seat. Only the
  -- token's SHA-256 is kept; the organiser revokes a seat's sessions by stamping revoked_at.
  CREATE TABLE juror_sessions (
    token_hash TEXT PRIMARY KEY,
    process_id TEXT NOT NULL,
    seat       INTEGER NOT NULL,
    pseudonym  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  ) WITHOUT ROWID;
  CREATE INDEX juror_sessions_by_seat ON juror_sessions (process_id, seat);

  -- Why an invitee declined (optional, free text): for the organiser only, never logged or published.
  CREATE TABLE decline_reasons (
    process_id  TEXT NOT NULL,
    pseudonym   TEXT NOT NULL,
    seat        INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    declined_at TEXT NOT NULL,
    PRIMARY KEY (process_id, pseudonym)
  ) WITHOUT ROWID;

  -- The category of a declared conflict of interest: for the facilitator only (the log holds seat and dossier).
  CREATE TABLE conflict_reasons (
    process_id TEXT NOT NULL,
    seat       INTEGER NOT NULL,
    dossier_id TEXT NOT NULL,
    category   TEXT NOT NULL,
    PRIMARY KEY (process_id, seat, dossier_id)
  ) WITHOUT ROWID;
  `,
  `
  -- Heads of the public log shown while a confidential deliberation withheld its events (public; the
  -- chain released at publication must pass through each), and the room's projector link (hashed token).
  CREATE TABLE log_checkpoints (
    process_id TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    hash       TEXT NOT NULL,
    shown_at   TEXT NOT NULL,
    PRIMARY KEY (process_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE projector_links (
    process_id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  `
  -- The durable mail queue (server/mail/mailQueue.ts): each message is kept with its delivery status,
  -- attempts and last error, so the organiser sees every recipient's delivery and can send it again.
  -- Messages queued by an earlier version (plain text, for applicants and reviewers) are carried over.
  CREATE TABLE mail_queue_v2 (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    language        TEXT NOT NULL,
    subject         TEXT NOT NULL,
    text_body       TEXT NOT NULL,
    html_body       TEXT NOT NULL,
    process_id      TEXT,
    call_id         TEXT,
    recipient_ref   TEXT,
    status          TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts        INTEGER NOT NULL,
    last_error      TEXT,
    queued_at       TEXT NOT NULL,
    next_attempt_at TEXT,
    sent_at         TEXT,
    message_id      TEXT
  );
  INSERT INTO mail_queue_v2 (kind, recipient, language, subject, text_body, html_body, status, attempts,
    queued_at, next_attempt_at)
    SELECT 'applicationDecision', recipient, 'fr', subject, body, '', 'queued', 0, queued_at, queued_at
    FROM mail_queue;
  DROP TABLE mail_queue;
  ALTER TABLE mail_queue_v2 RENAME TO mail_queue;
  CREATE INDEX mail_queue_due ON mail_queue (status, next_attempt_at);
  CREATE INDEX mail_queue_by_process ON mail_queue (process_id);
  CREATE INDEX mail_queue_by_call ON mail_queue (call_id);
  CREATE INDEX mail_queue_by_recipient ON mail_queue (recipient);
  `,
  // Processes the server seeded as demonstrations (fictional data, recorded drand round): only these offer
  // the demo actions (the recorded round, opening a seat as its juror) and carry the demo banner.
  `
  CREATE TABLE demo_processes (
    process_id  TEXT PRIMARY KEY,
    drand_round INTEGER NOT NULL,
    secret_file TEXT NOT NULL
  );
  `,
  `
  -- The language each recipient reads (fr unless they chose en): a volunteer's from the CSV, an
  -- applicant's from the page they submitted from. And the one reminder an invitee who has not answered
  -- receives before their deadline (server/services/invitationReminders.ts), recorded so it goes once.
  ALTER TABLE volunteers ADD COLUMN language TEXT NOT NULL DEFAULT 'fr';
  ALTER TABLE applications ADD COLUMN language TEXT NOT NULL DEFAULT 'fr';
  CREATE TABLE invitation_reminders (
    process_id  TEXT NOT NULL,
    seat        INTEGER NOT NULL,
    pseudonym   TEXT NOT NULL,
    reminded_at TEXT NOT NULL,
    PRIMARY KEY (process_id, seat, pseudonym)
  ) WITHOUT ROWID;
  `,
  `
  -- Named accounts replace the single shared organiser password (the old \`organiser\` table is left
  -- unused: an existing install gets a one-time setup token on its next start). Private: personal data.
  CREATE TABLE accounts (
    id              TEXT PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT NOT NULL,
    password_hash   TEXT,
    roles           TEXT NOT NULL,
    language        TEXT NOT NULL DEFAULT 'fr',
    totp_secret     TEXT,
    totp_enabled_at TEXT,
    totp_last_step  INTEGER,
    created_at      TEXT NOT NULL,
    disabled_at     TEXT
  ) WITHOUT ROWID;
  -- Sessions now belong to an account; sessions of the shared password end here.
  DELETE FROM sessions;
  ALTER TABLE sessions ADD COLUMN account_id TEXT NOT NULL DEFAULT '';
  ALTER TABLE sessions ADD COLUMN id TEXT NOT NULL DEFAULT '';
  ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
  ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
  CREATE INDEX sessions_by_account ON sessions (account_id);
  -- Invitation and password-reset links: single use, only the token's SHA-256 is kept.
  CREATE TABLE account_links (
    token_hash TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('invitation', 'reset')),
    account_id TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
  ) WITHOUT ROWID;
  CREATE TABLE recovery_codes (
    account_id TEXT NOT NULL,
    code_hash  TEXT NOT NULL,
    used_at    TEXT,
    PRIMARY KEY (account_id, code_hash)
  ) WITHOUT ROWID;
  CREATE TABLE process_facilitators (
    process_id  TEXT NOT NULL,
    account_id  TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (process_id, account_id)
  ) WITHOUT ROWID;
  -- Who did what in the console: private, read by administrators only; never in the public log.
  CREATE TABLE audit_trail (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    account_id TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NOT NULL DEFAULT ''
  );
  `,
  // A demonstration keeps its organiser secret here too, so that the console can reveal it in one click
  // (demonstrations only: a real process's secret never stays on the server). NULL for demos seeded before.
  `
  ALTER TABLE demo_processes ADD COLUMN organiser_secret TEXT;
  `,
  // Stage one of a civic lottery: each invitee's personal registration code, printed on their letter.
  // Private. Only the SHA-256 of the code's canonical form is kept (shared/registration/registrationCode.ts);
  // one code per invitee of a process, keyed by their pseudonymous register id; single use (used_at).
  `
  CREATE TABLE registration_codes (
    process_id  TEXT NOT NULL,
    register_id TEXT NOT NULL,
    code_hash   TEXT NOT NULL UNIQUE,
    issued_at   TEXT NOT NULL,
    used_at     TEXT,
    PRIMARY KEY (process_id, register_id)
  ) WITHOUT ROWID;
  `,
  // The register of a process's stage one (server/register/, docs/register.md). Private: contact data. The
  // rows of each import are in their own table register_rows_<import_no>, filled in short batches and
  // indexed at the end; an import is in use only once its state is 'ready', so a failed import leaves
  // nothing. Only the pseudonymous ids, sizes and roots are ever published.
  `
  CREATE TABLE register_imports (
    import_no      INTEGER PRIMARY KEY AUTOINCREMENT,
    process_id     TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('importing', 'ready')),
    file_name      TEXT NOT NULL,
    stratum_column TEXT,
    row_count      INTEGER NOT NULL DEFAULT 0,
    root           TEXT,
    started_at     TEXT NOT NULL,
    finished_at    TEXT
  );
  CREATE INDEX register_imports_by_process ON register_imports (process_id, state);
  CREATE TABLE register_strata (
    import_no  INTEGER NOT NULL,
    stratum_no INTEGER NOT NULL,
    name       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    root       TEXT NOT NULL,
    PRIMARY KEY (import_no, stratum_no)
  ) WITHOUT ROWID;
  `,
  // Registration of stage one's invitees (server/registration/, docs/register.md). Private. The stage-one
  // record the organiser uploaded and its picked register ids (with their stratum); the form's eligibility
  // sentence and attributes; and each registration, stored in the transaction that spends its code.
  `
  CREATE TABLE stage_one_draws (
    process_id  TEXT PRIMARY KEY,
    record      TEXT NOT NULL,
    accepted_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE stage_one_invitees (
    process_id  TEXT NOT NULL,
    register_id TEXT NOT NULL,
    stratum     TEXT NOT NULL,
    PRIMARY KEY (process_id, register_id)
  ) WITHOUT ROWID;
  CREATE TABLE registration_forms (
    process_id  TEXT PRIMARY KEY,
    eligibility TEXT NOT NULL,
    attributes  TEXT NOT NULL,
    closed_at   TEXT
  ) WITHOUT ROWID;
  CREATE TABLE registrations (
    process_id    TEXT NOT NULL,
    register_id   TEXT NOT NULL,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL,
    phone         TEXT,
    attributes    TEXT NOT NULL,
    language      TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    PRIMARY KEY (process_id, register_id)
  ) WITHOUT ROWID;
  `,
  // Stage one's draw run in the console (server/registration/stageOneCeremony.ts, docs/register.md). Private
  // until the draw: the commitment as published (its hash is public at once), each revealed value with its
  // drand proof, and when the record was drawn. The organiser's secret is never stored, only its hash (in
  // the commitment), until they reveal it.
  `
  CREATE TABLE stage_one_ceremonies (
    process_id      TEXT PRIMARY KEY,
    commitment      TEXT NOT NULL,
    commitment_hash TEXT NOT NULL,
    committed_at    TEXT NOT NULL,
    drawn_at        TEXT
  ) WITHOUT ROWID;
  CREATE TABLE stage_one_reveals (
    process_id  TEXT NOT NULL,
    source      INTEGER NOT NULL,
    value       TEXT NOT NULL,
    beacon      TEXT,
    revealed_at TEXT NOT NULL,
    PRIMARY KEY (process_id, source)
  ) WITHOUT ROWID;
  `,
];
