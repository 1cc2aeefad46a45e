// Files bundled as strings by esbuild's `text` loader (scripts/playground-build.mjs).
declare module '*.txt' {
  const text: string;
  export default text;
}
declare module '*.html' {
  const text: string;
  export default text;
}
