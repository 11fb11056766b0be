// Conversation tokens, shared by every store: only their hash is ever stored.
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Tokens are stored hashed: a copy of the database does not let anyone read a conversation. */
export const hashToken = (token) => createHash('sha256').update(String(token)).digest('hex');

/** 256 random bits, URL-safe: a conversation token cannot be guessed. */
export const newToken = () => randomBytes(32).toString('base64url');

/** A candidate reference number for a left message: eight digits (the store retries on a clash). */
export const newReference = () => String(randomInt(10_000_000, 100_000_000));
