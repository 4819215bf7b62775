export const TILE_ORIGIN: string;
export const TRUSTED_TYPES_POLICIES: string[];
export function contentSecurityPolicy(options?: { onlineTiles?: boolean }): string;
export function devContentSecurityPolicy(options?: { onlineTiles?: boolean }): string;
export function pageFor(html: string, options: { onlineTiles: boolean; dev?: boolean }): string;
export function onlinePageFrom(offlineHtml: string): string;
