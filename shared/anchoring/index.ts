// Public entry of the anchoring module: describe a selection, re-find it later.
export { describeRange, InvalidRangeError, CONTEXT_CODE_POINTS } from './describe-range';
export { anchor, prepareText, DEFAULT_ANCHOR_OPTIONS, type PreparedText } from './anchor';
export type {
  AnchorMethod,
  AnchorOptions,
  AnchorResult,
  AnchorSelectors,
  AnchoredResult,
  DescribedRange,
  OrphanReason,
  OrphanResult,
} from './types';
