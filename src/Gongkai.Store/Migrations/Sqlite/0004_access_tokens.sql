-- Personal access tokens of the web application's API (docs/store.md, "Accounts"): a machine client sends
-- `Authorization: Bearer <token>` and acts as the account that created it, with that account's scope. Only the
-- token's SHA-256 is kept (the token is 256 random bits, so a fast hash is enough); the prefix lets its owner
-- recognise it. Times are Unix milliseconds (UTC).
CREATE TABLE access_tokens (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    prefix       TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NULL,
    last_used_at INTEGER NULL,
    revoked_at   INTEGER NULL
);
CREATE INDEX access_tokens_account ON access_tokens (account_id);
