import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Progressive enhancement of a shadow-DOM element that the server renders with declarative shadow DOM:
 * `enhanced` says whether the element may render its scripted interface (a button instead of a heading, a tab
 * list instead of headings and panels). It is false on the server and while the element hydrates server
 * markup, so the first render in the browser matches the server's and hydration never mismatches; right after
 * that first update it turns true and the host renders again. An element the browser renders from scratch
 * (no server shadow root) is enhanced at once, unless `afterFirstRender` asks to wait for the first update
 * anyway (a header whose navigation may only collapse once the page has shown it).
 *
 * ```ts
 * private readonly hydration = new Hydration(this, { onEnhance: () => this.select(this.selectedIndex) });
 * protected render() { return template({ enhanced: this.hydration.enhanced, … }); }
 * ```
 */
export class Hydration implements ReactiveController {
  /** Whether the scripted interface may render. */
  enhanced: boolean;
  private scheduled = false;
  private announced = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      /** Start plain even without a server shadow root; enhance after the first update. */
      afterFirstRender?: boolean;
      /** Runs once, after the first update that rendered the enhanced interface. */
      onEnhance?: () => void;
    } = {},
  ) {
    this.enhanced = !options.afterFirstRender && !isServer && host.shadowRoot === null;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.enhanced) {
      if (!this.announced) {
        this.announced = true;
        this.options.onEnhance?.();
      }
      return;
    }
    if (this.scheduled) return;
    this.scheduled = true;
    void this.host.updateComplete.then(() => {
      this.enhanced = true;
      this.host.requestUpdate();
    });
  }
}
