import type { Plugin } from 'vite';
export const LAZY_LOCALES: string[];
export function splitMessageModule(code: string, key: string): string;
export function localeTable(dir: string, lang: string): string;
export function localeSplit(root: string): Plugin;
