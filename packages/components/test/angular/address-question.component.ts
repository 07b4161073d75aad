// Type-checked by scripts/frameworks.test.mjs and shown in the docs' Angular guide. The template's Polder tags and
// attributes are checked against custom-elements.json by the same test.
import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, signal, viewChild } from '@angular/core';
import type { PolderCookieBanner } from '@polder/components/cookie-banner';
import type { PolderDialog } from '@polder/components/dialog';
import type { PolderTextField } from '@polder/components/text-field';
import '@polder/components/button/define.js';
import '@polder/components/cookie-banner/define.js';
import '@polder/components/dialog/define.js';
import '@polder/components/radio-group/define.js';
import '@polder/components/text-field/define.js';

@Component({
  selector: 'app-address-question',
  // Angular leaves unknown elements and their attributes to the browser: the Polder elements upgrade themselves.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <form method="post" action="/verhuizing/adres">
      <polder-text-field
        #street
        label="Straat en huisnummer"
        name="straat"
        autocomplete="address-line1"
        required
        [attr.error]="streetError()"
      ></polder-text-field>
      <polder-radio-group label="Woont u hier alleen?" name="alleen" required>
        <polder-radio value="ja" label="Ja"></polder-radio>
        <polder-radio value="nee" label="Nee"></polder-radio>
      </polder-radio-group>
      <polder-button type="button" variant="subtle" (click)="showHelp()">Hulp bij deze vraag</polder-button>
      <polder-dialog #help heading="Welk adres vult u in?">
        <p>Het adres waar u gaat wonen, ook als u er nog niet woont.</p>
      </polder-dialog>
      <polder-button (click)="check($event)">Doorgaan</polder-button>
    </form>
    <polder-cookie-banner #cookies (polder-consent)="consent($event)"></polder-cookie-banner>
  `,
})
export class AddressQuestionComponent {
  /** Typed element references: the Polder element classes, with their properties and methods. */
  readonly help = viewChild.required<ElementRef<PolderDialog>>('help');
  readonly street = viewChild.required<ElementRef<PolderTextField>>('street');
  readonly cookies = viewChild<ElementRef<PolderCookieBanner>>('cookies');
  readonly streetError = signal<string | null>(null);
  readonly consented = signal<string | undefined>(undefined);

  showHelp(): void {
    this.help().nativeElement.showModal();
  }

  /** The native control is reachable for scripts: its validity decides, Polder shows the message. */
  check(event: Event): void {
    const field = this.street().nativeElement;
    if (!field.control?.value.trim()) {
      event.preventDefault();
      this.streetError.set('Vul uw straat en huisnummer in');
    }
  }

  consent(event: Event): void {
    // polder-consent is a CustomEvent whose detail says what the user chose.
    this.consented.set((event as CustomEvent<{ value: string }>).detail.value);
  }
}
