// One language's dictionary, built from messages.ts by vite.config.ts (loadMessages.ts types it).
declare module 'virtual:messages/*' {
  const messages: Readonly<Record<string, string>>;
  export default messages;
}
