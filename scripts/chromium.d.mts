/** Chromium flags shared by the end-to-end tests and the benchmark. */
export const CHROMIUM_ARGS: string[];

/** The Chromium executable to launch, or undefined for Playwright's own. */
export function chromiumPath(): string | undefined;

/** process.env with XDG_CONFIG_HOME and XDG_CACHE_HOME in a fresh temp folder. */
export function scratchEnv(prefix?: string): NodeJS.ProcessEnv;
