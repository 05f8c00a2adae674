import { appMessages } from './app';
import { chartMessages } from './chart';
import { annotationMessages } from './annotations';
import { exportMessages } from './export';
import { figureMessages } from './figures';
import { libraryMessages } from './library';
import { importMessages } from './import';
import { deletionMessages } from './deletion';
import { searchMessages } from './search';

/** Every UI string, keyed, with one text per language; features keep their strings in their own file. */
export const messages = {
  ...appMessages,
  ...chartMessages,
  ...annotationMessages,
  ...exportMessages,
  ...figureMessages,
  ...libraryMessages,
  ...importMessages,
  ...deletionMessages,
  ...searchMessages,
} as const;

/** A key of a UI string. */
export type MessageKey = keyof typeof messages;
