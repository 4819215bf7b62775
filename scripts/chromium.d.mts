export const CHROMIUM_CANDIDATES: string[];
export function findChromium(): string | undefined;
export const CHROMIUM_ARGS: string[];
export function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] };
