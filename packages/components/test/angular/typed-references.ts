// Type-checked with the component: the element references carry the Polder element types, not `any`.
import { AddressQuestionComponent } from './address-question.component.js';

export function wrongUse(component: AddressQuestionComponent): void {
  // @ts-expect-error the dialog's heading is a string
  component.help().nativeElement.heading = 3;
  // @ts-expect-error a text field has no showModal()
  component.street().nativeElement.showModal();
}
