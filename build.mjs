// Bundles the action into dist/ (committed: the runner runs it as it is). `npm run build` runs this.
//
// Why esbuild and these settings: the bundle's load time is the floor of every run, a no-op deploy included.
// - `mainFields: module` takes the AWS SDK's ES builds, which tree-shake: the Lambda client and its core load in half
//   the code of the CommonJS builds.
// - One build of both entries with code splitting: main and post share chunks, and what a run may not need (the S3,
//   SSM, CloudWatch and STS clients) sits in chunks loaded by `import()` only when used.
// - @actions/core's OIDC token client (@actions/http-client, with undici) is left out: this action never requests an
//   OIDC token, and undici was 40 % of the bundle and a fifth of its load time. undici is bundled for @actions/github,
//   whose pull request comment is loaded by `import()` only when one is written.
// - kerberos, which the proxy agents import only for Negotiate proxy authentication, is not bundled: Basic credentials
//   in the proxy URL are what runners use.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const out = 'dist';
rmSync(out, { recursive: true, force: true });

// Only @actions/core's own imports of the client: @actions/github brings its copy, which is bundled.
const unusedOidc = {
  name: 'unused-oidc',
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client(\/lib\/auth)?$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: args.path, namespace: 'unused' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({
      contents: `const unused = () => {
        throw new Error('@actions/http-client is not bundled for @actions/core: this action requests no OIDC token');
      };
      export class HttpClient { constructor() { unused(); } }
      export class BearerCredentialHandler { constructor() { unused(); } }`,
      loader: 'js',
    }));
  },
};

const result = await esbuild.build({
  entryPoints: { 'main/index': 'src/index-main.ts', 'post/index': 'src/index-post.ts' },
  outdir: out,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  mainFields: ['module', 'main'],
  // CommonJS modules in the bundle call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  external: ['kerberos'],
  plugins: [unusedOidc],
});

writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');
writeFileSync(path.join(out, 'licenses.txt'), licenses(result.metafile));

/** The license of every package with code in the bundle, as its package.json and LICENSE file give it. */
function licenses(metafile) {
  const packages = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) packages.set(match[1], true);
    }
  }
  const texts = [...packages.keys()].map((dir) => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((name) => /^licen[cs]e/i.test(name));
    const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : '(no license file in the package)';
    return { name: `${manifest.name}@${manifest.version}`, license: manifest.license ?? 'unknown', text };
  });
  const unique = [...new Map(texts.map((entry) => [entry.name, entry])).values()];
  unique.sort((a, b) => (a.name < b.name ? -1 : 1));
  return unique.map(({ name, license, text }) => `${name}\n${license}\n${text}\n`).join('\n');
}
