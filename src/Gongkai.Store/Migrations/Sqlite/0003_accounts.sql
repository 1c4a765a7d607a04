-- Accounts of the web application (docs/store.md, "Accounts"): users with their role and scope, the
-- data-protection keys and the server-side sign-in sessions, so that every instance of the application serves
-- the same users; and the audit log. Times are Unix milliseconds (UTC), compared alike by both engines.
CREATE TABLE accounts (
    id                INTEGER PRIMARY KEY,
    user_name         TEXT NOT NULL,
    normalized_name   TEXT NOT NULL UNIQUE,
    password_hash     TEXT NULL,
    security_stamp    TEXT NOT NULL,
    concurrency_stamp TEXT NOT NULL,
    role              TEXT NOT NULL,          -- admin | region | unit
    scope             TEXT NULL,              -- region: a region path; unit: a unit code
    lockout_enabled   INTEGER NOT NULL,
    lockout_end       INTEGER NULL,
    access_failed     INTEGER NOT NULL,
    created_at        INTEGER NOT NULL
);

-- ASP.NET Core data-protection key ring (one XML element per key).
CREATE TABLE protection_keys (
    name       TEXT PRIMARY KEY,
    xml        TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- Sign-in sessions: the cookie carries only the key; the ticket (protected bytes) stays here.
CREATE TABLE sessions (
    key        TEXT PRIMARY KEY,
    account_id INTEGER NULL REFERENCES accounts (id) ON DELETE CASCADE,
    ticket     BLOB NOT NULL,
    expires_at INTEGER NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- Who did what, when, to which resource (sign-in, sign-out, uploads, account changes).
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    actor    TEXT NULL,
    action   TEXT NOT NULL,
    resource TEXT NULL,
    detail   TEXT NULL,
    address  TEXT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
