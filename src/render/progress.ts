/**
 * Whether a spinner may be drawn on `stream`. A spinner redraws by counting how many
 * terminal lines its text covers, which divides by the width: a terminal that reports
 * 0 columns (a pty of size 0 0, some CI runners, terminals at start-up) or none would
 * make it redraw without end. No known width, no spinner.
 */
export function canAnimate(stream: { isTTY?: boolean; columns?: number }): boolean {
  return Boolean(stream.isTTY) && typeof stream.columns === "number" && Number.isFinite(stream.columns) && stream.columns > 0;
}

/**
 * Whether the console can draw ✓ ✗ ⧗ and the spinner's braille frames. The same rule
 * as ora's own fallback (the is-unicode-supported package, v2.1.0): outside Windows,
 * every terminal but the Linux kernel's console (TERM=linux); on Windows only the
 * terminals known to draw them (Windows Terminal, ConEmu/cmder, VS Code, JetBrains,
 * Terminus, a TERM of xterm-256color, alacritty or rxvt-unicode). The legacy console
 * (conhost, cmd.exe) draws boxes instead. The spinner and the status marks both ask
 * this one function, so they never disagree.
 */
export function canDrawUnicode(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean {
  if (platform !== "win32") return env.TERM !== "linux";
  return (
    Boolean(env.WT_SESSION) ||
    Boolean(env.TERMINUS_SUBLIME) ||
    env.ConEmuTask === "{cmd::Cmder}" ||
    env.TERM_PROGRAM === "Terminus-Sublime" ||
    env.TERM_PROGRAM === "vscode" ||
    env.TERM === "xterm-256color" ||
    env.TERM === "alacritty" ||
    env.TERM === "rxvt-unicode" ||
    env.TERM === "rxvt-unicode-256color" ||
    env.TERMINAL_EMULATOR === "JetBrains-JediTerm"
  );
}
