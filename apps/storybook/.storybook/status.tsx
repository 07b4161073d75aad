// The component status badge. One source of truth: `parameters.status` in the meta (default export) of the
// component's stories file. The criteria are in the "Component status" guide.

export const STATUSES = {
  alpha: 'Alpha: experimental, API may change in any release; not for production services yet.',
  beta: 'Beta: complete and tested, used in at least one service; API changes only with a changeset and migration note.',
  stable: 'Stable: proven in several services, audited; breaking changes only in a major release.',
} as const;
export type Status = keyof typeof STATUSES;

export function statusOf(parameters: Record<string, unknown> | undefined): Status | undefined {
  const s = parameters?.status;
  return typeof s === 'string' && s in STATUSES ? (s as Status) : undefined;
}

const guide = './index.html?path=/docs/guides-component-status--docs';

export function StatusBadge({ status }: { status: Status | undefined }) {
  if (!status) {
    return (
      <p className="polder-docs-status polder-docs-status--missing">
        Status unknown: the stories file sets no <code>parameters.status</code>.
      </p>
    );
  }
  return (
    <p className={`polder-docs-status polder-docs-status--${status}`}>
      <a href={guide} target="_top" title={STATUSES[status]}>
        <span className="polder-docs-status__label">Status:</span> <strong>{status}</strong>
      </a>
      <span className="polder-docs-status__text">
        {STATUSES[status].replace(/^\w+: (\w)/, (_, c: string) => c.toUpperCase())}
      </span>
    </p>
  );
}
