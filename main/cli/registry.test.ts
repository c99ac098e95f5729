// `pizhu --help` lists the commands from registry.ts without loading them: what it prints for
// each must be what the command's module really registers, names, options and arguments.
import { Command, Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES } from './registry';

describe('the command registry', () => {
  it('lists each command with the very term its module registers', async () => {
    for (const module of COMMAND_MODULES) {
      const program = new Command('pizhu');
      (await module.load())(program);
      const help = new Help();
      const registered = program.commands.map((cmd) => help.subcommandTerm(cmd));
      expect(registered).toEqual(module.commands.map(({ name, term }) => `${name} ${term}`.trim()));
    }
  });
});
