// Fails when a published package changed since the base branch without a changeset.
// The base is $CHANGESET_BASE, else origin/main when the clone has it; on main itself there is nothing to check.
import { execSync } from 'node:child_process';

const sh = (cmd) => execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
let base = process.env.CHANGESET_BASE;
if (!base) {
  try {
    base = sh('git rev-parse --verify --quiet origin/main');
  } catch {
    base = undefined;
  }
}
let head;
try {
  head = sh('git rev-parse HEAD');
} catch {
  head = undefined;
}
if (!base || !head || base === head) {
  console.log('changesets: no base branch to compare with (on main itself, or no origin/main): nothing to check.');
  process.exit(0);
}
execSync(`npx changeset status --since=${base}`, { stdio: 'inherit' });
