#!/usr/bin/env node
// polder-theme: make a Polder theme from an NL Design System theme (bridge) or from brand colours (create).
import { main } from '../src/theme/cli.mjs';

process.exitCode = main(process.argv.slice(2));
