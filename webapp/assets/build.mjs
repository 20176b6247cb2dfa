// Bundle the pages' scripts and styles into ../static/dist (run by `make setup` through `npm run build`).
import * as esbuild from "esbuild";

await esbuild.build({
  entryPoints: { app: "src/app.js", style: "src/style.css" },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "esm",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  target: ["es2020"],
  outdir: "../static/dist",
  loader: { ".woff2": "file", ".woff": "file", ".ttf": "file" },
  assetNames: "fonts/[name]-[hash]",
  logLevel: "warning",
});
console.log("[assets] bundled ../static/dist/app.js and style.css");
