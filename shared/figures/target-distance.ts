// A percentage in brackets after a target: "Kursziel von 85,17 EUR aus (-11,65%)" is the distance to it (issue 11).
import { PRICE_CUES, nearestCue } from './keywords';

// Only the end of the clause may stand between the target and the bracket ("… 85,17 EUR aus (").
const BRACKET_OPEN_AFTER_FEW = /^\s*(?:[\p{L}]+\s*){0,2}\(\s*$/u;
const BRACKET_CLOSE = /^\s*\)/u;
const TARGET_CUES: readonly string[] = ['target', 'fair_value'];

/**
 * Whether a bracketed percentage right after a figure stands for its distance to a target or fair value:
 * the price cue nearest before the bracket is a target's. "29,40 € (+8,9 %)" after a close is the day's move.
 */
export function isBracketedTargetDistance(leftLocal: string, leftFull: string, rightLocal: string): boolean {
  if (!BRACKET_OPEN_AFTER_FEW.test(leftLocal) || !BRACKET_CLOSE.test(rightLocal)) return false;
  const cue = nearestCue(leftFull.slice(-120), PRICE_CUES, true)?.cue;
  return cue !== undefined && TARGET_CUES.includes(cue);
}

// "Das durchschnittliche Kursziel wird rund 4,2 Prozent höher bei 56,16 Franken veranschlagt": a percentage
// compared right before the target's figure is the target's distance from the price.
const COMPARED_AT_AFTER = /^\s*(?:höher|tiefer|niedriger|darüber|darunter)\s+(?:bei|als)\s*$/iu;
const BY_BEFORE = /\bum\s*$/iu;

/** Whether a percentage "X Prozent höher bei <figure>" follows a target or fair value cue: its distance. */
export function isComparedTargetDistance(leftLocal: string, rightLocal: string): boolean {
  if (!COMPARED_AT_AFTER.test(rightLocal) || BY_BEFORE.test(leftLocal)) return false;
  const cue = nearestCue(leftLocal.slice(-120), PRICE_CUES, true)?.cue;
  return cue !== undefined && TARGET_CUES.includes(cue);
}
