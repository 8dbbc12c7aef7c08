/** Same minimum as the server (server/auth/password.ts); the first account's setup and a linked account share it. */
export const MIN_PASSWORD_LENGTH = 12;
