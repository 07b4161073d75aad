// The docs site's bundler (Vite) gives a stylesheet imported with `?inline` as a string.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
