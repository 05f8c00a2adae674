import { appMessages } from './app';
import { chartMessages } from './chart';

/** Every UI string, keyed, with one text per language; features keep their strings in their own file. */
export const messages = { ...appMessages, ...chartMessages } as const;

/** A key of a UI string. */
export type MessageKey = keyof typeof messages;
