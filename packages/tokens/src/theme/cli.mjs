/** The `polder-theme` command line. */
import { parseArgs } from 'node:util';
import { bridge } from './bridge.mjs';
import { create } from './create.mjs';
import { ThemeError } from './theme.mjs';
import { ThemeInputError } from './sources.mjs';

export const USAGE = `Usage:
  polder-theme bridge <npm package | theme.css | tokens.json> --name <theme>
                      [--label <label>] [--dark <file>] [--override <file>] [--out <dir>]
  polder-theme create --name <theme> --primary <colour> [--secondary <colour>]
                      [--font "<font stack>"] [--label <label>] [--out <dir>] [--tokens [--tokens-dir <dir>]]

Writes <theme>.css (scoped to .polder-theme-<theme>), <theme>.root.css (:root), both with the light and dark
colour scheme, and <theme>.report.json and <theme>.report.md to --out (default dist/themes).
Fails when a declared contrast pair fails in either scheme.`;

const OPTIONS = {
  name: { type: 'string' },
  label: { type: 'string' },
  dark: { type: 'string' },
  override: { type: 'string' },
  out: { type: 'string' },
  primary: { type: 'string' },
  secondary: { type: 'string' },
  font: { type: 'string' },
  tokens: { type: 'boolean' },
  'tokens-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/**
 * Runs the command; returns the exit code. Output goes to `log` (results) and `warn` (warnings, errors).
 * @param {string[]} argv
 * @param {{ cwd?: string, log?: (line: string) => void, warn?: (line: string) => void,
 *   catalogue?: ReturnType<typeof import('./model.mjs').loadCatalogue> }} [options] `catalogue`: the tokens to
 *   build on (default: this package's dist/json/tokens.json)
 */
export function main(argv, { cwd = process.cwd(), log = console.log, warn = console.error, catalogue } = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    warn(`polder-theme: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? log : warn)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    let result;
    if (command === 'bridge') {
      if (rest.length > 1) throw new ThemeError(`bridge takes one theme, not ${rest.length}: ${rest.join(' ')}`);
      result = bridge({ ...values, input: rest[0], cwd, catalogue });
    } else if (command === 'create') {
      if (rest.length) throw new ThemeError(`create takes no positional arguments: ${rest.join(' ')}`);
      result = create({ ...values, tokensDir: values['tokens-dir'], cwd, catalogue });
    } else {
      warn(`polder-theme: unknown command "${command}"\n\n${USAGE}`);
      return 2;
    }
    for (const w of result.warnings) warn(`warning: ${w}`);
    const { report } = result;
    if (report.coverage)
      log(
        `coverage: ${report.coverage.filled}/${report.coverage.own} common tokens with a value of their own from the theme (${report.coverage.total} in all), ${report.coverage.derived} more derived from them`,
      );
    for (const [scheme, s] of Object.entries(report.contrast.summary))
      log(`contrast (${scheme}): ${s.passed}/${s.pairs} pairs pass`);
    for (const file of result.files) log(`wrote ${file}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ThemeError || error instanceof ThemeInputError)) throw error;
    warn(`polder-theme: ${error.message}`);
    return 1;
  }
}
