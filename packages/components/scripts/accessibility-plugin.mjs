// A test-runner command that asks Chromium itself (over the DevTools protocol) what assistive technology gets:
//   await executeServerCommand('ax-node', { selector })  → { role, name, description, … } of one element
//   await executeServerCommand('ax-tree')                → every non-ignored node of the page: [{ role, name }]
// `selector` may be an array to go through shadow roots: ['polder-alert', '.polder-alert'].

const find = (selector) => `(() => {
  const path = ${JSON.stringify([].concat(selector))};
  let node = document;
  for (const [i, part] of path.entries()) {
    node = (i === 0 ? node : node.shadowRoot ?? node).querySelector(part);
    if (!node) return null;
  }
  return node;
})()`;

const value = (axValue) => axValue?.value ?? '';

export function accessibilityPlugin() {
  return {
    name: 'polder-accessibility',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-node' && command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Accessibility.enable');
        if (command === 'ax-tree') {
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          return nodes
            .filter((n) => !n.ignored)
            .map((n) => ({ role: value(n.role), name: value(n.name), description: value(n.description) }));
        }
        const { result } = await cdp.send('Runtime.evaluate', { expression: find(payload.selector) });
        if (!result.objectId) throw new Error(`ax-node: nothing matches ${JSON.stringify(payload.selector)}`);
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
          objectId: result.objectId,
          fetchRelatives: false,
        });
        const node = nodes[0];
        const properties = Object.fromEntries((node.properties ?? []).map((p) => [p.name, value(p.value)]));
        return {
          role: value(node.role),
          name: value(node.name),
          description: value(node.description),
          ignored: node.ignored,
          ...properties,
        };
      } finally {
        await cdp.detach();
      }
    },
  };
}
