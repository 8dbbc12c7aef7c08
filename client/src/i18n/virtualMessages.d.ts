// The message dictionaries built by vite.config.ts from messages.ts (loadMessages.ts types them).
declare module 'virtual:messages/loaders' {
  /** `<area>/<language>` (and `all/<language>`) → the import of that dictionary. */
  const loaders: Readonly<
    Record<string, () => Promise<{ default: Readonly<Record<string, string>> }>>
  >;
  export default loaders;
}
declare module 'virtual:messages/*' {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}
