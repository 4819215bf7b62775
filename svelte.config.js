// Svelte 5 compiles TypeScript in components natively; runes are on everywhere.
export default {
  compilerOptions: { runes: true },
};
