import type { CheckResult } from '../../shared/figures/checks';
import type { LibraryCheckInputs } from './library-checks';

/** A request to the checks worker: the library to check, numbered so only the latest reply is used. */
export interface ChecksWorkerRequest {
  id: number;
  inputs: LibraryCheckInputs;
}

/** The worker's reply: the checks of request `id`, or why they failed. */
export type ChecksWorkerReply =
  { id: number; ok: true; results: CheckResult[] } | { id: number; ok: false; message: string };
