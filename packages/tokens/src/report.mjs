/** Human-readable contrast report and build summary. */
const LABEL = {
  text: 'text',
  'large-text': 'large text',
  ui: 'UI / border',
  focus: 'focus',
  incidental: 'disabled (not enforced)',
};

export function contrastMarkdown({ thresholds, summary, results }, themes) {
  const lines = [
    '# Contrast report',
    '',
    'WCAG 2.x contrast of every foreground/background pair declared in the tokens (`$extensions["nl.polder.contrast"]`),',
    'in every theme and colour scheme. APCA Lc is shown for text pairs, for information only.',
    '',
    `Thresholds: ${Object.entries(thresholds)
      .map(([use, t]) => `${LABEL[use]} ${t ? `${t}:1` : '—'}`)
      .join(' · ')}`,
    '',
    `**${summary.passed} of ${summary.enforced} enforced pairs pass**; ${summary.reportedOnly} pairs reported only.`,
    '',
  ];
  for (const { name, label } of themes) {
    for (const scheme of ['light', 'dark']) {
      const rows = results.filter((r) => r.theme === name && r.scheme === scheme);
      lines.push(
        `## ${label} — ${scheme}`,
        '',
        '| token | against | use | ratio | minimum | APCA Lc | result |',
        '|---|---|---|---:|---:|---:|---|',
      );
      for (const r of rows)
        lines.push(
          `| \`${r.token}\` | \`${r.against}\` | ${LABEL[r.use]} | ${r.ratio.toFixed(2)}:1 | ${r.threshold ? `${r.threshold}:1` : '—'} | ${r.apcaLc ?? ''} | ${!r.enforced ? 'reported' : r.pass ? 'pass' : '**FAIL**'} |`,
        );
      lines.push('');
    }
  }
  return lines.join('\n');
}

export function summaryLines({ report, buildReport }) {
  const { summary } = report;
  const lines = [
    `@polder/tokens: ${buildReport.tokens} tokens, ${buildReport.themes} themes × 2 colour schemes in ${buildReport.milliseconds} ms (${buildReport.cpuMilliseconds} ms CPU)`,
  ];
  for (const [theme, size] of Object.entries(buildReport.css))
    lines.push(`  css/${theme}.css  ${(size.bytes / 1024).toFixed(1)} KB, ${(size.gzip / 1024).toFixed(1)} KB gzipped`);
  lines.push(
    `  contrast: ${summary.passed}/${summary.enforced} enforced pairs pass, ${summary.reportedOnly} reported only (disabled)`,
  );
  for (const [use, lowest] of Object.entries(summary.lowest))
    if (lowest)
      lines.push(
        `    lowest ${use.padEnd(10)} ${lowest.ratio.toFixed(2)}:1  ${lowest.token} on ${lowest.against} (${lowest.theme}, ${lowest.scheme})`,
      );
  lines.push('  full table: dist/contrast-report.md');
  return lines;
}
