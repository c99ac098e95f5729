#!/usr/bin/env node
// The `pizhu` command: runs the TypeScript CLI through tsx, so it works right after npm install.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(`pizhu needs Node.js 22.13 or newer (this is ${process.version}).\n`);
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
