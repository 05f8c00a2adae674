// Percentages said as a move still possible, which are upside or downside potential (issue 11).

// "dass der gesamte Index 56 Prozent nach oben gehen könnte, um den alten Rekordstand zu erreichen": a direction
// and a modal closing the clause after the percentage.
const POSSIBLE_MOVE_AFTER =
  /^\s*nach\s+(?:oben|unten)\s+(?:\p{L}+\s+)?(?:gehen|laufen|steigen|klettern|fallen|sinken|zulegen|rutschen)\s+(?:könnte|könnten|dürfte|dürften|würde|würden|müsste|müssten|kann|können)(?![\p{L}])/iu;

/** Whether the words after a percentage make it a possible move ("56 Prozent nach oben gehen könnte"). */
export function isPossibleMove(rightLocal: string): boolean {
  return POSSIBLE_MOVE_AFTER.test(rightLocal);
}
