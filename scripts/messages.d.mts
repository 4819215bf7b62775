/** Compiles the messages into src/paraglide/ when they changed (see messages.mjs). */
export function compileMessages(): void;
