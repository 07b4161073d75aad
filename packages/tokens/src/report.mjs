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
  const text = report.results.filter((r) => r.apcaLc !== undefined);
  if (text.length) {
    const weakest = text.reduce((a, b) => (Math.abs(b.apcaLc) < Math.abs(a.apcaLc) ? b : a));
    lines.push(
      `    APCA (informational): lowest |Lc| of a text pair ${Math.abs(weakest.apcaLc)}  ${weakest.token} on ${weakest.against} (${weakest.theme}, ${weakest.scheme})`,
    );
  }
  lines.push('', '  theme                   scheme  pairs  lowest text  lowest ui  lowest focus');
  const combos = [...new Set(report.results.map((r) => `${r.theme}\t${r.scheme}`))];
  for (const combo of combos) {
    const [theme, scheme] = combo.split('\t');
    const rows = report.results.filter((r) => r.theme === theme && r.scheme === scheme && r.enforced);
    const lowest = (use) => {
      const ratios = rows.filter((r) => r.use === use).map((r) => r.ratio);
      return ratios.length ? `${Math.min(...ratios).toFixed(2)}:1` : '—';
    };
    lines.push(
      `  ${theme.padEnd(24)}${scheme.padEnd(8)}${String(rows.length).padStart(5)}  ${lowest('text').padStart(11)}  ${lowest('ui').padStart(9)}  ${lowest('focus').padStart(12)}`,
    );
  }
  lines.push('  full table: dist/contrast-report.md');
  return lines;
}
