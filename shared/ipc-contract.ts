import { z } from 'zod';
import { MAX_IMPORT_FILE_BYTES } from './import-pipeline/import-file-rules';
import type { ImportFileBytes } from './import-pipeline/parsed-import-file';
import {
  importProgressSchema,
  type ImportBatch,
  type ImportProgress,
} from './import-pipeline/transfer-schema';

/** UI languages Kursnotiz ships. */
export type UiLanguage = 'de' | 'en';

/** Machine-readable error codes that cross the IPC boundary. */
export type IpcErrorCode =
  'invalid-argument' | 'cancelled' | 'io-error' | 'too-large' | 'unsupported' | 'parse-error' | 'internal';

/** An error as it crosses IPC: a code for the program and a message for the user. */
export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

/** Every call's result: a value or a serialisable error, never a thrown string. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Facts about the running app that the renderer shows in About/diagnostics. */
export interface AppInfo {
  version: string;
  electronVersion: string;
  chromeVersion: string;
  platform: string;
  systemLocale: string;
  userDataPath: string;
  isPackaged: boolean;
}

/** A file the renderer produced that main should save through a native save dialog. */
export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  /** Dialog filter, e.g. { name: 'PDF', extensions: ['pdf'] }. */
  filter: { name: string; extensions: string[] };
}

/** Where a file was saved, or that the user cancelled. */
export type SaveFileOutcome = { saved: true; path: string } | { saved: false };

/** Commands the native menu sends to the renderer. */
export type MenuCommand = 'import' | 'export-pdf' | 'about' | 'find' | 'undo' | 'redo';

/** Which files an import dialog offers: every import format, or price data (CSV) only. */
export const IMPORT_FORMATS = ['all', 'price-data'] as const;

/** One of IMPORT_FORMATS. */
export type ImportFormats = (typeof IMPORT_FORMATS)[number];

/** Calls from the renderer to main (ipcRenderer.invoke → ipcMain.handle), by channel. */
export interface RendererToMain {
  'app:get-info': () => IpcResult<AppInfo>;
  'app:set-ui-language': (language: UiLanguage) => IpcResult<null>;
  'export:save-file': (request: SaveFileRequest) => IpcResult<SaveFileOutcome>;
  /** Opens an http(s) link in the user's browser, after the renderer asked the user to confirm it. */
  'app:open-external': (url: string) => IpcResult<null>;
  /** Native open dialog (every import format, or price data only); main reads the picked files and the utility process parses them. */
  'import:pick-files': (formats: ImportFormats) => IpcResult<ImportBatch>;
  /** Parses files dropped on the window (their bytes) in the utility process. */
  'import:parse-files': (files: ImportFileBytes[]) => IpcResult<ImportBatch>;
  /** Stops the running import batch after the current file. */
  'import:cancel': () => IpcResult<null>;
}

/** Events from main to the renderer (webContents.send → ipcRenderer.on), by channel. */
export interface MainToRenderer {
  'menu:command': (command: MenuCommand) => void;
  'import:progress': (progress: ImportProgress) => void;
}

/** A renderer-to-main channel name. */
export type InvokeChannel = keyof RendererToMain;

/** A main-to-renderer channel name. */
export type EventChannel = keyof MainToRenderer;

const MAX_SAVE_BYTES = 512 * 1024 * 1024;

/** Longest link Kursnotiz hands to the browser. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** An absolute http(s) URL without spaces or control characters: the only kind of link Kursnotiz opens. */
export function isWebUrl(url: string): boolean {
  return url.length <= MAX_EXTERNAL_URL_LENGTH && /^https?:\/\/[^\s/?#]+[^\s]*$/iu.test(url);
}

/** Argument schemas, checked in main before any handler runs (one tuple per channel). */
export const invokeArgumentSchemas = {
  'app:get-info': z.tuple([]),
  'app:set-ui-language': z.tuple([z.enum(['de', 'en'])]),
  'app:open-external': z.tuple([z.string().refine(isWebUrl, 'not an http(s) link')]),
  'export:save-file': z.tuple([
    z.object({
      suggestedName: z
        .string()
        .min(1)
        .max(200)
        // A bare file name: no folders, no traversal, no control characters a dialog would misread.
        .regex(/^[^/\\:*?"<>|]+$/u)
        .refine(
          (name) => ![...name].some((char) => char.charCodeAt(0) < 0x20),
          'control character in file name',
        ),
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'file too large'),
      filter: z.object({
        name: z.string().min(1).max(60),
        extensions: z
          .array(z.string().regex(/^[a-z0-9]{1,8}$/u))
          .min(1)
          .max(5),
      }),
    }),
  ]),
  'import:pick-files': z.tuple([z.enum(IMPORT_FORMATS)]),
  'import:parse-files': z.tuple([
    z
      .array(
        z.object({
          fileName: z.string().min(1).max(255),
          bytes: z
            .instanceof(Uint8Array)
            .refine((bytes) => bytes.byteLength <= MAX_IMPORT_FILE_BYTES, 'file too large'),
          lastModifiedMs: z.number().finite().optional(),
        }),
      )
      .min(1)
      .max(5_000),
  ]),
  'import:cancel': z.tuple([]),
} satisfies { [K in InvokeChannel]: z.ZodType<Parameters<RendererToMain[K]>> };

/** Payload schemas for main-to-renderer events, checked in the preload before a listener sees them. */
export const eventPayloadSchemas = {
  'menu:command': z.enum(['import', 'export-pdf', 'about', 'find', 'undo', 'redo']),
  'import:progress': importProgressSchema,
} satisfies { [K in EventChannel]: z.ZodType<Parameters<MainToRenderer[K]>[0]> };
