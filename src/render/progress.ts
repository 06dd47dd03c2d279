/**
 * Whether a spinner may be drawn on `stream`. A spinner redraws by counting how many
 * terminal lines its text covers, which divides by the width: a terminal that reports
 * 0 columns (a pty of size 0 0, some CI runners, terminals at start-up) or none would
 * make it redraw without end. No known width, no spinner.
 */
export function canAnimate(stream: { isTTY?: boolean; columns?: number }): boolean {
  return Boolean(stream.isTTY) && typeof stream.columns === "number" && Number.isFinite(stream.columns) && stream.columns > 0;
}
