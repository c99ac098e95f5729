#!/usr/bin/env node
// The `pizhu` command. It runs the bundle in out/cli (scripts/build-cli.mjs, made by `npm run
// build`) when that is at least as new as the sources, and otherwise the TypeScript sources
// through tsx, so a fresh checkout works right after npm install, only slower to start.
// PIZHU_CLI=source or PIZHU_CLI=bundle picks one (the bench compares the two).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(`pizhu needs Node.js 22.13 or newer (this is ${process.version}).\n`);
  process.exit(1);
}
const { cliBundleFresh } = await import('../scripts/build-cli.mjs');
const choice = process.env.PIZHU_CLI;
const useBundle = choice === 'bundle' || (choice !== 'source' && cliBundleFresh());
let main;
if (useBundle) {
  ({ main } = await import('../out/cli/pizhu.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../main/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
