import { format } from './language';
import type { Messages } from './loadMessages';
import type { MessageKey } from './messages';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The translator over `messages` (the shell's dictionary, and the page's). A key they lack is a bug
 * that the test of the areas (messageAreas.test.ts) catches before a release; should one slip through,
 * it is reported to `onMissing` and shows as nothing, never as a raw key.
 */
export function translator(messages: Messages, onMissing: (key: MessageKey) => void): Translate {
  return (key, values) => {
    const text = messages[key];
    if (text !== undefined) return format(text, values);
    onMissing(key);
    return '';
  };
}
