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
];
