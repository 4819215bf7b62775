/** A language's interface messages (scripts/locale-split.mjs writes them). */
declare module 'virtual:locale-messages/*' {
  const table: Record<string, (inputs: unknown) => string>;
  export default table;
}
